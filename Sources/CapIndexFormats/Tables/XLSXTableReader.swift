import CapIndexDomain

/// Reads an improvement workbook (`capindex template --kind …`, as Excel, LibreOffice,
/// Google Sheets or Numbers saved it, or any sheet laid out like the CSV): the header row
/// is the first row naming two or more of the kind's columns, in the first sheet (visible
/// sheets first) that has one; rows below it are read by those labels, dates in date
/// columns as `YYYY-MM-DD`. Locations are cells: `outcomes-2026.xlsx:Outcomes!D9`.
enum XLSXTableReader {
    static func read(_ bytes: [UInt8], name: String, kind: ImprovementKind) -> RawTableFile {
        var file = RawTableFile(name: name)
        do {
            let workbook = try XLSXWorkbook(bytes)
            try readRows(workbook, kind: kind, into: &file)
        } catch {
            let what = error.reason == .encrypted ? error.message : "unreadable workbook: \(error.description)"
            file.fileError = Diagnostic(error.code, what, hint: error.hint ?? error.code.hint, at: SourceLocation(file: name))
            file.rows = []
        }
        return file
    }

    private static func readRows(_ workbook: XLSXWorkbook, kind: ImprovementKind, into file: inout RawTableFile) throws(XLSXError) {
        let name = file.name
        let known = Set(kind.columns)
        var found: (sheet: XLSXSheet, row: Int)?
        var firstCell: String?
        for s in workbook.sheets.filter(\.visible) + workbook.sheets.filter({ !$0.visible }) {
            let sheet = try workbook.read(s)
            if firstCell == nil { firstCell = sheet.reference(row: 1, column: 1) }
            let header = sheet.rowNumbers.first { r in
                sheet.rows[r]!.values.filter { cell in
                    if case .text(let t) = cell, t.count <= 40 { return known.contains(TableFileReader.columnName(t)) }
                    return false
                }.count >= 2
            }
            if let header {
                found = (sheet, header)
                break
            }
        }
        guard let (sheet, headerRow) = found else {
            file.fileError = TableFileReader.missing(
                kind.headerColumns, in: name, at: SourceLocation(file: name, path: firstCell), kind: kind)
            return
        }
        func loc(_ r: Int, _ c: Int) -> SourceLocation { SourceLocation(file: name, path: sheet.reference(row: r, column: c)) }
        let labels = sheet.rows[headerRow]!.sorted { $0.key < $1.key }.compactMap { col, cell -> (column: Int, label: String)? in
            if case .text(let t) = cell { return (col, t) }
            return nil
        }
        let (columns, ignored) = TableFileReader.mapHeader(labels, kind: kind) { loc(headerRow, $0) }
        if let ignored { file.notices.append(ignored) }
        let seen = Set(columns.map(\.name))
        if kind.headerColumns.contains(where: { !seen.contains($0) }) {
            file.fileError = TableFileReader.missing(
                kind.headerColumns.filter { !seen.contains($0) }, in: name, at: loc(headerRow, 1), kind: kind)
            return
        }
        let dates = kind.dateColumns
        for r in sheet.rowNumbers where r > headerRow {
            let cells = sheet.rows[r]!
            var row = RawTableRow(cells: [:], location: loc(r, columns.first?.index ?? 1))
            for (col, column) in columns {
                row.cells[column] = RawCell(cells[col]?.text(asDate: dates.contains(column), date1904: workbook.date1904), at: loc(r, col))
            }
            if row.cells.values.contains(where: { $0.text != nil }) { file.rows.append(row) }
        }
    }
}
