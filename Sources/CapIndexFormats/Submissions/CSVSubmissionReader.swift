import CapIndexDomain
import Foundation

/// Turns a CSV long-form submission file (SPEC 2) into raw rows located by line.
enum CSVSubmissionReader {
    /// Reads the raw bytes of a file.
    static func read(_ bytes: [UInt8], name: String) -> RawFile {
        var file = RawFile(name: name, format: .csv, rows: [], notices: [], fileError: nil)
        let (records, notices, error) = CSVFileRecords.read(bytes, name: name)
        file.notices = notices
        if let error {
            file.fileError = error
            return file
        }
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
            file.fileError = Diagnostic(
                .e210, "the file has no header row: required columns la_code, year, theme, rating missing",
                hint: DiagnosticCode.e210.hint, at: SourceLocation(file: name, line: 1))
            return file
        }
        let header = records[headerIndex]
        var columns: [(index: Int, field: SubmissionField)] = []
        var seen = Set<SubmissionField>()
        for (i, raw) in header.fields.enumerated() {
            let name0 = raw.trimmingCharacters(in: .whitespaces)
            if name0.isEmpty { continue }
            let field = SubmissionField(rawValue: name0.lowercased())
            if let field, seen.insert(field).inserted {
                columns.append((i, field))
            } else {
                let why = field == nil ? "not a submission field" : "a second column of that name; the first counts"
                file.notices.append(
                    Diagnostic(
                        .i003, "column '\(name0)' ignored: \(why)",
                        at: SourceLocation(file: name, line: header.line)))
            }
        }
        let missing = SubmissionField.required.filter { !seen.contains($0) }
        if !missing.isEmpty {
            file.fileError = Diagnostic(
                .e210,
                "required column\(missing.count == 1 ? "" : "s") \(missing.map(\.rawValue).joined(separator: ", ")) missing from the header",
                hint: DiagnosticCode.e210.hint, at: SourceLocation(file: name, line: header.line))
            return file
        }
        let width = header.fields.count
        var beyond = 0
        var firstBeyond: Int?
        for r in records[(headerIndex + 1)...] where !r.isBlank {
            var cells: [SubmissionField: RawCell] = [:]
            for c in columns where c.index < r.fields.count {
                cells[c.field] = RawCell(r.fields[c.index], at: SourceLocation(file: name, line: r.line))
            }
            if r.fields.count > width, r.fields[width...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                beyond += 1
                if firstBeyond == nil { firstBeyond = r.line }
            }
            file.rows.append(RawRow(cells: cells, location: SourceLocation(file: name, line: r.line)))
        }
        if let firstBeyond {
            file.notices.append(
                Diagnostic(
                    .w003, "\(beyond) row\(beyond == 1 ? " has" : "s have") cells beyond the last header column; they were ignored",
                    hint: "give the column a header, or delete the stray cells",
                    at: SourceLocation(file: name, line: firstBeyond)))
        }
        return file
    }
}
