import CapIndexDomain

/// Reads a whole CSV file held in memory.
///
/// Quoting follows RFC 4180 as Excel writes and reads it: a field is quoted
/// only when its first character is `"`; inside, `""` stands for one quote and
/// delimiters and line breaks are data. A quote later in an unquoted field is
/// kept literally (`ab"c`). CR, LF and CRLF all end a record, and line breaks
/// inside quoted fields are kept as they are in the file.
///
/// For big files use ``CSVStreamReader``, which yields the same records.
public enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let cr: UInt8 = 0x0D
    private static let lf: UInt8 = 0x0A

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

    private static func parse(
        _ bytes: [UInt8], delimiter: CSVDelimiter?,
        skippingBOM: Bool
    ) throws(CSVError) -> [CSVRecord] {
        let d = (delimiter ?? CSVDelimiter.detect(inHeaderOf: bytes)).rawValue
        let n = bytes.count
        var i = skippingBOM && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var records: [CSVRecord] = []

        // Consumes the CR, LF or CRLF at `i` and moves to the next line.
        func endLine() {
            if bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
            i += 1
            line += 1
        }

        while i < n {
            let recordLine = line
            var fields: [String] = []
            fieldLoop: while true {
                if i < n && bytes[i] == quote {
                    let quoteLine = line
                    var value: [UInt8] = []
                    i += 1
                    while true {
                        guard i < n else {
                            throw CSVError(reason: .unterminatedQuote, recordLine: recordLine, line: quoteLine)
                        }
                        let byte = bytes[i]
                        if byte == quote {
                            if i + 1 < n && bytes[i + 1] == quote {
                                value.append(quote)
                                i += 2
                                continue
                            }
                            i += 1
                            break
                        }
                        if byte == cr || (byte == lf && (i == 0 || bytes[i - 1] != cr)) { line += 1 }
                        value.append(byte)
                        i += 1
                    }
                    fields.append(String(decoding: value, as: UTF8.self))
                    if i == n { break fieldLoop }
                    let next = bytes[i]
                    if next == d {
                        i += 1
                        continue fieldLoop
                    }
                    if next == cr || next == lf {
                        endLine()
                        break fieldLoop
                    }
                    throw CSVError(reason: .textAfterClosingQuote, recordLine: recordLine, line: line)
                } else {
                    let start = i
                    while i < n && bytes[i] != d && bytes[i] != cr && bytes[i] != lf { i += 1 }
                    fields.append(String(decoding: bytes[start..<i], as: UTF8.self))
                    if i == n { break fieldLoop }
                    if bytes[i] == d {
                        i += 1
                        continue fieldLoop
                    }
                    endLine()
                    break fieldLoop
                }
            }
            records.append(CSVRecord(fields: fields, line: recordLine))
        }
        return records
    }
}
