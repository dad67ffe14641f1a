import CapIndexDomain

/// A CSV file an operator saved from Excel, decoded and parsed the one way every table
/// capindex reads is (submissions, outcomes, peer challenges, actions): UTF-8 with or
/// without BOM or Windows-1252 (W001), then the one CSV parser. A file that is not text
/// is E216 and malformed quoting E213, both for the whole file.
enum CSVFileRecords {
    /// The records of a file, the notices of reading it, or the file-level error; and how
    /// many fields of the header record (the first that is not blank) were past the
    /// parser's field limit, counted but not kept, so that they can be noted too.
    static func read(_ bytes: [UInt8], name: String) -> (
        records: [CSVRecord], notices: [Diagnostic], error: Diagnostic?, headerDropped: Int
    ) {
        let (text, notices, error) = decode(bytes, name: name)
        if let error { return ([], notices, error, 0) }
        do {
            // The in-memory reader's loop, keeping the header's dropped-field count it forgets.
            let reader = try CSVStreamReader(bytes: text, chunkSize: max(text.count, 1))
            var records: [CSVRecord] = []
            var headerDropped: Int?
            while try reader.next() {
                let r = reader.record
                if headerDropped == nil && !r.isBlank { headerDropped = reader.droppedFields }
                records.append(r)
            }
            return (records, notices, nil, headerDropped ?? 0)
        } catch let e as CSVError {
            return ([], notices, malformed(e, name: name), 0)
        } catch {
            // Bytes in memory are never short of a read; only malformed CSV can fail.
            preconditionFailure("reading CSV held in memory failed: \(error)")
        }
    }

    /// The file's text as UTF-8 and the notices of decoding it (W001), or E216. A reader
    /// that streams the records (the submission reader) starts here.
    static func decode(_ bytes: [UInt8], name: String) -> (text: [UInt8], notices: [Diagnostic], error: Diagnostic?) {
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            let what: String
            switch error {
            case .nulByte: what = "a NUL byte at offset \(error.offset)"
            case .notText: what = "byte offset \(error.offset) is neither UTF-8 nor Windows-1252 text"
            }
            return (
                [], [],
                Diagnostic(
                    .e216, "not a text file: \(what)", hint: DiagnosticCode.e216.hint, at: SourceLocation(file: name, line: error.line))
            )
        }
        var notices: [Diagnostic] = []
        if decoded.encoding == .windows1252 {
            notices.append(
                Diagnostic(
                    .w001, "read as Windows-1252: the file is not valid UTF-8",
                    hint: "save it as CSV UTF-8 to be sure of accented letters and symbols",
                    at: SourceLocation(file: name)))
        }
        return (decoded.bytes, notices, nil)
    }

    /// The E213 for malformed quoting, at the record where it starts.
    static func malformed(_ error: CSVError, name: String) -> Diagnostic {
        let what =
            error.reason == .unterminatedQuote
            ? "a quoted field opened on line \(error.line) is never closed"
            : "text follows a closing quote on line \(error.line)"
        return Diagnostic(
            .e213, "malformed CSV: \(what)", hint: DiagnosticCode.e213.hint, at: SourceLocation(file: name, line: error.recordLine))
    }
}
