import CapIndexDomain
import Foundation

/// Turns an improvement file (SPEC 9: outcomes, peer challenges, actions) into raw rows
/// located by line or cell, whatever its format: a workbook (a ZIP under any name, or an
/// OLE file that is an encrypted workbook or an old `.xls`) or CSV read by the same rules
/// as submissions (BOM, Windows-1252, `;`, quoting, any header case and order).
///
/// Header labels are matched after trimming, in any case, with blanks or `_` between
/// words and a trailing `:` or `*` ignored. A required column missing rejects the file
/// (E210); unknown columns are noted in ONE I003 per file naming the first ten, as for
/// submissions, except the columns capindex's own templates add for the reader's eye
/// (`la_name`, `title`, `self_rating`, …).
public enum TableFileReader {
    /// Columns templates add that are read by people, not by capindex: ignored without a note.
    public static let templateExtras: Set<String> = ["la_name", "title", "theme_title", "self_rating", "lead_la_name", "la"]

    /// Reads one file as a table of `kind`'s columns.
    public static func read(_ bytes: [UInt8], name: String, kind: ImprovementKind) -> RawTableFile {
        if (name as NSString).pathExtension.lowercased() == "xlsx" || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            || bytes.starts(with: XLSXWorkbook.oleMagic)
        {
            return XLSXTableReader.read(bytes, name: name, kind: kind)
        }
        var file = RawTableFile(name: name)
        let (records, notices, error, headerDropped) = CSVFileRecords.read(bytes, name: name)
        file.notices = notices
        if let error {
            file.fileError = error
            return file
        }
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else {
            file.fileError = missing(kind.headerColumns, in: name, at: SourceLocation(file: name, line: 1), kind: kind)
            return file
        }
        let header = records[headerIndex]
        let labels = header.fields.enumerated().map { (column: $0.offset, label: $0.element) }
        let (columns, ignored) = mapHeader(labels, kind: kind, unnamed: headerDropped) { _ in
            SourceLocation(file: name, line: header.line)
        }
        if let ignored { file.notices.append(ignored) }
        let seen = Set(columns.map(\.name))
        if kind.headerColumns.contains(where: { !seen.contains($0) }) {
            file.fileError = missing(
                kind.headerColumns.filter { !seen.contains($0) }, in: name, at: SourceLocation(file: name, line: header.line), kind: kind)
            return file
        }
        for r in records[(headerIndex + 1)...] where !r.isBlank {
            var cells: [String: RawCell] = [:]
            for c in columns where c.index < r.fields.count {
                cells[c.name] = RawCell(r.fields[c.index], at: SourceLocation(file: name, line: r.line))
            }
            if cells.values.contains(where: { $0.text != nil }) {
                file.rows.append(RawTableRow(cells: cells, location: SourceLocation(file: name, line: r.line)))
            }
        }
        return file
    }

    /// The column a header label names, normalised: `Agreed rating:` is `agreed_rating`.
    static func columnName(_ label: String) -> String {
        var t = Framework.normalise(label)
        while t.hasSuffix(":") || t.hasSuffix("*") { t = Framework.normalise(String(t.dropLast())) }
        return t.replacingOccurrences(of: " ", with: "_")
    }

    /// The known columns of a header row (the first of each name counts), and the one I003
    /// of the file for the other non-blank labels that are not template extras (nil when
    /// none); `location` places a column of the header.
    static func mapHeader(
        _ labels: [(column: Int, label: String)], kind: ImprovementKind, unnamed: Int = 0, location: (Int) -> SourceLocation
    ) -> (columns: [(index: Int, name: String)], ignored: Diagnostic?) {
        var out: [(index: Int, name: String)] = []
        var seen = Set<String>()
        let article = kind == .challenges ? "a" : "an"
        var ignored = IgnoredColumns(
            noun: "column", unknownOne: "not a column of \(article) \(kind.rawValue) file",
            unknownMany: "not columns of \(article) \(kind.rawValue) file")
        for (i, raw) in labels {
            let label = raw.trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty else { continue }
            let name = columnName(label)
            if kind.columns.contains(name) {
                if seen.insert(name).inserted {
                    out.append((i, name))
                } else {
                    ignored.add(label, .repeated, at: location(i))
                }
            } else if !templateExtras.contains(name) {
                ignored.add(label, .unknown, at: location(i))
            }
        }
        // Columns past the CSV parser's field limit have no label kept: counted all the same.
        ignored.addUnnamed(unnamed, at: location(labels.last?.column ?? 0))
        return (out, ignored.diagnostic())
    }

    /// The E210 of a file without its required columns.
    static func missing(_ columns: [String], in name: String, at location: SourceLocation, kind: ImprovementKind) -> Diagnostic {
        Diagnostic(
            .e210,
            "required column\(columns.count == 1 ? "" : "s") \(columns.joined(separator: ", ")) missing from the header of an \(kind.rawValue) file",
            hint: "the header row names the columns: \(kind.columns.joined(separator: ", "))", at: location)
    }
}
