/// Reads a whole CSV file held in memory.
///
/// Quoting follows RFC 4180 as Excel writes and reads it: a field is quoted
/// only when its first character is `"`; inside, `""` stands for one quote and
/// delimiters and line breaks are data. A quote later in an unquoted field is
/// kept literally (`ab"c`). CR, LF and CRLF all end a record, and line breaks
/// inside quoted fields are kept as they are in the file.
///
/// It drains ``CSVStreamReader`` over the bytes: one parser for both forms.
public enum CSVReader {
    /// Decodes raw file bytes (see ``TextDecoding``) and parses them.
    ///
    /// - Throws: ``TextDecodingError`` if the bytes are not text, ``CSVError``
    ///   if the CSV is malformed.
    public static func read(fileBytes: [UInt8], delimiter: CSVDelimiter? = nil) throws -> CSVDocument {
        let text = try TextDecoding.decode(fileBytes)
        let chosen = delimiter ?? CSVDelimiter.detect(inHeaderOf: text.bytes)
        // The decoder already removed the BOM; a second one is data, as in CSVStreamReader.
        let records = try parse(text.bytes, delimiter: chosen, skippingBOM: false)
        return CSVDocument(records: records, encoding: text.encoding, delimiter: chosen)
    }

    /// Parses `text` as CSV, exactly like the byte-array overload.
    public static func parse(_ text: String, delimiter: CSVDelimiter? = nil) throws(CSVError) -> [CSVRecord] {
        try parse(Array(text.utf8), delimiter: delimiter)
    }

    /// Parses UTF-8 bytes into records, detecting the delimiter from the
    /// header when `delimiter` is nil. A leading BOM is skipped; an empty input
    /// has no records, and a final line break does not start another record.
    public static func parse(_ utf8: [UInt8], delimiter: CSVDelimiter? = nil) throws(CSVError) -> [CSVRecord] {
        try parse(utf8, delimiter: delimiter, skippingBOM: true)
    }

    /// One parser for both forms: the in-memory reader drains ``CSVStreamReader`` over
    /// the bytes, so quoting, line numbers and errors cannot drift apart.
    private static func parse(
        _ bytes: [UInt8], delimiter: CSVDelimiter?,
        skippingBOM: Bool
    ) throws(CSVError) -> [CSVRecord] {
        do {
            let reader = try CSVStreamReader(
                bytes: bytes, encoding: .utf8, delimiter: delimiter, chunkSize: max(bytes.count, 1), skippingBOM: skippingBOM)
            var records: [CSVRecord] = []
            while try reader.next() { records.append(reader.record) }
            return records
        } catch let e as CSVError {
            throw e
        } catch {
            // Bytes in memory are never short of a read; only malformed CSV can fail.
            preconditionFailure("reading CSV held in memory failed: \(error)")
        }
    }
}
