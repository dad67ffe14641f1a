import CapIndexDomain
import Foundation

/// Turns an .xlsx submission (a capindex template as Excel, LibreOffice, Google Sheets or
/// Numbers saved it, or any sheet laid out like the CSV long form) into raw rows located
/// by cell, so the one validator applies SPEC 2's rules unchanged.
///
/// The header row is the first row, in the first sheet that has one, with at least two
/// field names as labels (`theme`, `rating`, …); rows below it are theme rows, matched by
/// their theme, not their position. `la_code`, `year`, `submitted_on` and `cx_signoff`
/// come from their own columns when the header row has them, else from the header block
/// above it: a cell labelled with the field name, the value in the cell to its right.
enum XLSXSubmissionReader {
    /// Fields of the header block.
    static let blockFields: [SubmissionField] = [.laCode, .year, .submittedOn, .cxSignoff]

    /// Reads the bytes of a workbook.
    static func read(_ bytes: [UInt8], name: String) -> RawFile {
        var file = RawFile(name: name, format: .xlsx, rows: [], notices: [], fileError: nil)
        do {
            let workbook = try XLSXWorkbook(bytes)
            try readRows(workbook, into: &file)
        } catch {
            let what = error.reason == .encrypted ? error.message : "unreadable workbook: \(error.description)"
            file.fileError = Diagnostic(
                error.code, what, hint: error.hint ?? error.code.hint,
                at: SourceLocation(file: name))
            file.rows = []
        }
        return file
    }

    /// Longest text, blanks collapsed, that is still read as a label: the longest field
    /// name is 12 characters, and people add `:`, `*` and blanks after it.
    static let maxLabelLength = 24

    /// The field a header label names: any case, blanks or `_` between words, a trailing `:` or `*`.
    static func field(forLabel text: String) -> SubmissionField? {
        // The header search asks this of every text cell, so it must not cost more than a
        // glance at the first few dozen characters: normalising every cell of a sheet of long
        // shared strings (Foundation's replacingOccurrences, Character.isWhitespace) took
        // 5 seconds for 20,000 cells (issue 17). ASCII text, nearly all, is keyed in one
        // pass; other text goes the general way when it is short enough to be a label.
        var key: [UInt8] = []
        var blank = false
        for byte in text.utf8 {
            if byte >= 0x80 { return generalField(forLabel: text) }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                blank = !key.isEmpty
                continue
            }
            if blank { key.append(0x20) }
            blank = false
            key.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            if key.count > maxLabelLength { return nil }
        }
        while let last = key.last, last == UInt8(ascii: ":") || last == UInt8(ascii: "*") || last == 0x20 { key.removeLast() }
        return SubmissionField(rawValue: String(decoding: key.map { $0 == 0x20 ? UInt8(ascii: "_") : $0 }, as: UTF8.self))
    }

    /// `field(forLabel:)` for text with non-ASCII characters (a no-break space, a Kelvin sign).
    static func generalField(forLabel text: String) -> SubmissionField? {
        guard text.unicodeScalars.lazy.filter({ !$0.properties.isWhitespace }).prefix(maxLabelLength + 1).count <= maxLabelLength
        else { return nil }
        var t = Framework.normalise(text)
        while t.hasSuffix(":") || t.hasSuffix("*") { t = Framework.normalise(String(t.dropLast())) }
        return SubmissionField(rawValue: String(t.map { $0 == " " ? "_" : $0 }))
    }

    /// Labels of the template's own extra columns, which are ignored without a note:
    /// `title`, and last year's values (`2025 rating`, `last year …`).
    static func isTemplateExtra(_ label: String) -> Bool {
        let t = Framework.normalise(label)
        if t == "title" || t.hasPrefix("last year") { return true }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        return digits.count == 4 && t.dropFirst(4).hasPrefix(" ")
    }

    private static func readRows(_ workbook: XLSXWorkbook, into file: inout RawFile) throws(XLSXError) {
        let name = file.name
        // Visible sheets first, each group in workbook order.
        let order = workbook.sheets.filter(\.visible) + workbook.sheets.filter { !$0.visible }
        var firstCell: String?
        var found: (sheet: XLSXSheet, row: Int)?
        for s in order {
            let sheet = try workbook.read(s)
            if firstCell == nil { firstCell = sheet.reference(row: 1, column: 1) }
            if let row = headerRow(in: sheet) { found = (sheet, row); break }
        }
        guard let (sheet, headerRowNumber) = found else {
            let where0 = firstCell
            file.fileError = Diagnostic(
                .e210, "no sheet has a header row naming the columns theme and rating (and rating, strength, offer, … beside them)",
                hint: DiagnosticCode.e210.hint, at: SourceLocation(file: name, path: where0))
            return
        }
        func loc(_ row: Int, _ col: Int) -> SourceLocation {
            SourceLocation(file: name, path: sheet.reference(row: row, column: col))
        }
        func text(_ cell: XLSXCell?, _ field: SubmissionField) -> String? {
            cell?.text(asDate: field == .submittedOn, date1904: workbook.date1904)
        }

        // The header row: field columns, ignored columns noted.
        let header = sheet.rows[headerRowNumber] ?? [:]
        var columns: [(column: Int, field: SubmissionField)] = []
        var seen = Set<SubmissionField>()
        var ignored = IgnoredColumns(noun: "column")
        for col in header.keys.sorted() {
            guard case .text(let label) = header[col]!, !label.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            if let f = field(forLabel: label), seen.insert(f).inserted {
                columns.append((col, f))
            } else if field(forLabel: label) != nil {
                ignored.add(label, .repeated, at: loc(headerRowNumber, col))
            } else if !isTemplateExtra(label) {
                ignored.add(label, .unknown, at: loc(headerRowNumber, col))
            }
        }
        if let notice = ignored.diagnostic() { file.notices.append(notice) }
        let labelled = Set(
            header.compactMap { col, cell -> Int? in
                if case .text(let t) = cell, !t.trimmingCharacters(in: .whitespaces).isEmpty { return col }
                return nil
            })

        // The header block above the header row.
        var block: [SubmissionField: RawCell] = [:]
        for r in sheet.rowNumbers where r < headerRowNumber {
            for (col, cell) in sheet.rows[r]!.sorted(by: { $0.key < $1.key }) {
                guard case .text(let label) = cell, let f = field(forLabel: label), blockFields.contains(f),
                    block[f] == nil, !seen.contains(f)
                else { continue }
                block[f] = RawCell(text(sheet.cell(row: r, column: col + 1), f), at: loc(r, col + 1))
            }
        }

        let missing = SubmissionField.required.filter { !seen.contains($0) && block[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map(\.rawValue).joined(separator: ", ")
            let inBlock =
                missing.contains(.laCode) || missing.contains(.year)
                ? " (la_code and year may also stand in the header block above it)" : ""
            file.fileError = Diagnostic(
                .e210, "required column\(missing.count == 1 ? "" : "s") \(names) missing from the header row\(inBlock)",
                hint: DiagnosticCode.e210.hint, at: loc(headerRowNumber, 1))
            return
        }

        // Theme rows.
        var strayRows = 0
        var firstStray: SourceLocation?
        for r in sheet.rowNumbers where r > headerRowNumber {
            let cells = sheet.rows[r]!
            var row = RawRow(cells: block, location: loc(r, columns.first { $0.field == .theme }?.column ?? 1))
            var any = false
            for (col, f) in columns {
                let c = RawCell(text(cells[col], f), at: loc(r, col))
                if c.text != nil { any = true }
                row[f] = c
            }
            if let stray = cells.keys.sorted().first(where: { col in
                // Stops at the first non-blank character: a stray cell may hold a long text.
                !labelled.contains(col)
                    && text(cells[col], .narrative).map { $0.unicodeScalars.contains { !CharacterSet.whitespaces.contains($0) } } == true
            }) {
                strayRows += 1
                if firstStray == nil { firstStray = loc(r, stray) }
            }
            if any { file.rows.append(row) }
        }
        if let firstStray {
            file.notices.append(
                Diagnostic(
                    .w003,
                    "\(strayRows) row\(strayRows == 1 ? " has" : "s have") cells in columns without a header label; they were ignored",
                    hint: "give the column a header, or delete the stray cells", at: firstStray))
        }
        if file.rows.isEmpty {
            // No theme rows at all: still a submission, so the validator reports the missing themes.
            file.emptySubmissions.append(RawRow(cells: block, location: loc(headerRowNumber, 1)))
        }
    }

    /// The first row with at least two field names as labels, theme or rating among them
    /// or not (a header without `theme` is still found, so E210 can say it is missing).
    static func headerRow(in sheet: XLSXSheet) -> Int? {
        for r in sheet.rowNumbers {
            var fields = Set<SubmissionField>()
            for cell in sheet.rows[r]!.values {
                if case .text(let label) = cell, let f = field(forLabel: label) { fields.insert(f) }
            }
            if fields.subtracting(blockFields).count >= 2 || fields.count >= 3 { return r }
        }
        return nil
    }
}
