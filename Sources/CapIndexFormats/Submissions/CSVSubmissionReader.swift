import CapIndexDomain
import Foundation

/// Turns a CSV long-form submission file (SPEC 2) into raw rows located by line. The
/// records are streamed and only the submission's own columns become text, so memory
/// follows what the file says, not how wide it is.
enum CSVSubmissionReader {
    /// Reads the raw bytes of a file.
    static func read(_ bytes: [UInt8], name: String) -> RawFile {
        var file = RawFile(name: name, format: .csv, rows: [], notices: [], fileError: nil)
        let (text, notices, error) = CSVFileRecords.decode(bytes, name: name)
        file.notices = notices
        if let error {
            file.fileError = error
            return file
        }
        do {
            try readRecords(text, into: &file)
        } catch let error as CSVError {
            // Malformed anywhere: the whole file is rejected, and that is all it says.
            file.notices = notices
            file.rows = []
            file.fileError = CSVFileRecords.malformed(error, name: name)
        } catch {
            preconditionFailure("reading CSV held in memory failed: \(error)")
        }
        return file
    }

    private static func readRecords(_ bytes: [UInt8], into file: inout RawFile) throws {
        let name = file.name
        let reader = try CSVStreamReader(bytes: bytes, chunkSize: max(bytes.count, 1))
        var headerFound = false
        while try reader.next() {
            if !reader.isBlank {
                headerFound = true
                break
            }
        }
        guard headerFound else {
            file.fileError = Diagnostic(
                .e210, "the file has no header row: required columns la_code, year, theme, rating missing",
                hint: DiagnosticCode.e210.hint, at: SourceLocation(file: name, line: 1))
            return
        }
        let headerLine = reader.line
        let at = SourceLocation(file: name, line: headerLine)
        var columns: [(index: Int, field: SubmissionField)] = []
        var seen = Set<SubmissionField>()
        var ignored = IgnoredColumns(noun: "column")
        for i in 0..<reader.fieldCount {
            let label = BlankText.trimmedSpaces(reader.field(i))
            if label.isEmpty { continue }
            let field = SubmissionField(rawValue: label.lowercased())
            if let field, seen.insert(field).inserted {
                columns.append((i, field))
            } else {
                ignored.add(label, field == nil ? .unknown : .repeated, at: at)
            }
        }
        ignored.addUnnamed(reader.droppedFields, at: at)
        let width = reader.fieldCount + reader.droppedFields
        let missing = SubmissionField.required.filter { !seen.contains($0) }
        if !missing.isEmpty {
            // A malformed record further down still counts first, as it always has.
            while try reader.next() {}
            file.fileError = Diagnostic(
                .e210,
                "required column\(missing.count == 1 ? "" : "s") \(missing.map(\.rawValue).joined(separator: ", ")) missing from the header",
                hint: DiagnosticCode.e210.hint, at: at)
            return
        }
        var beyond = 0
        var firstBeyond: Int?
        while try reader.next() {
            if reader.isBlank { continue }
            let loc = SourceLocation(file: name, line: reader.line)
            if file.rows.count == SubmissionFileReader.maxRows {
                file.rows = []
                file.fileError = SubmissionFileReader.tooManyRows(name, at: loc)
                return
            }
            var row = RawRow(location: loc)
            for c in columns where c.index < reader.fieldCount {
                row[c.field] = RawCell(trimmed: reader.trimmedField(c.index), place: .row)
            }
            let stray =
                reader.droppedFields > 0
                || (reader.fieldCount > width
                    && (width..<reader.fieldCount).contains { !BlankText.trimmedSpaces(reader.field($0)).isEmpty })
            if stray {
                beyond += 1
                if firstBeyond == nil { firstBeyond = reader.line }
            }
            file.rows.append(row)
        }
        if let notice = ignored.diagnostic() { file.notices.append(notice) }
        if let firstBeyond {
            file.notices.append(
                Diagnostic(
                    .w003, "\(beyond) row\(beyond == 1 ? " has" : "s have") cells beyond the last header column; they were ignored",
                    hint: "give the column a header, or delete the stray cells",
                    at: SourceLocation(file: name, line: firstBeyond)))
        }
        if file.rows.isEmpty {
            file.notices.append(
                Diagnostic(
                    .i011, "the file has a header row and no submission under it; nothing to store",
                    hint: "fill in a row per theme under the header, or leave the file out", at: at))
        }
    }
}
