import CapIndexDomain
import Foundation

/// The workbook `capindex template --kind outcomes|challenges|actions` writes for a
/// region and year (SPEC 9): one protected sheet laid out as the CSV (a title, a how-to
/// note, the column labels in row 4, then the rows), yellow inputs with drop-down lists
/// for LA codes, themes, ratings and statuses and a date check on date columns, and a
/// second sheet, `Codes`, holding the LA and theme lists the drop-downs read (a literal
/// list may hold only 255 characters). `TableFileReader` reads it back by its labels.
public struct ImprovementTemplate: Sendable {
    /// Which file.
    public var kind: ImprovementKind
    /// The region, as the register spells it.
    public var region: String
    /// The submission year (the cycle).
    public var year: Int
    /// The framework whose themes the lists hold.
    public var framework: Framework
    /// The region's LAs for the year, in the order listed.
    public var las: [RegisterRow]
    /// Rows written in advance (what is on record), by column name; extras such as
    /// `la_name`, `title` and `self_rating` included.
    public var rows: [[String: String]]
    /// Empty input rows after them, for new challenges or actions.
    public var blankRows: Int

    /// The main sheet's name.
    public var sheetName: String { kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() }
    /// Row of the column labels.
    public static let headerRow = 4
    /// The code list sheet.
    public static let codesSheet = "Codes"

    /// A template.
    public init(
        kind: ImprovementKind, region: String, year: Int, framework: Framework, las: [RegisterRow], rows: [[String: String]],
        blankRows: Int
    ) {
        self.kind = kind
        self.region = region
        self.year = year
        self.framework = framework
        self.las = las
        self.rows = rows
        self.blankRows = blankRows
    }

    /// `outcomes-yorkshire-and-the-humber-2026.xlsx`.
    public var fileName: String {
        let slug = region.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? String($0) : "-" }
            .joined().split(separator: "-").joined(separator: "-")
        return "\(kind.rawValue)-\(slug)-\(year).xlsx"
    }

    /// The columns of the sheet: the kind's, with the reader's extras beside the codes.
    public var layout: [String] {
        switch kind {
        case .outcomes: ["la_code", "la_name", "year", "theme", "title", "self_rating", "agreed_rating", "note", "agreed_on"]
        case .challenges, .actions: kind.columns
        }
    }

    /// Columns written in advance and locked (outcomes: which LA, year and theme a row is).
    var lockedColumns: Set<String> {
        kind == .outcomes ? ["la_code", "la_name", "year", "theme", "title", "self_rating"] : []
    }

    /// The workbook's bytes: the same inputs always give the same bytes.
    public func workbook() -> [UInt8] {
        XLSXPackageWriter.workbook(
            sheetName: sheetName, sheet: sheet(), styles: TemplateStyle.xml, printTitleRows: "$\(Self.headerRow):$\(Self.headerRow)",
            moreSheets: [(Self.codesSheet, codes())])
    }

    /// The main sheet.
    func sheet() -> WorksheetBuilder {
        var s = WorksheetBuilder()
        let cols = layout
        let h = Self.headerRow
        s.set(row: 1, column: 1, .text(title), style: TemplateStyle.title.rawValue)
        s.set(row: 2, column: 1, .text(ImprovementTemplateText.howTo(kind, year: year)), style: TemplateStyle.note.rawValue)
        s.merges.append("A2:\(CellReference.letters(cols.count))2")
        s.rowHeights[2] = 75
        for (i, c) in cols.enumerated() {
            s.set(row: h, column: i + 1, .text(c), style: TemplateStyle.label.rawValue)
            s.columnWidths[i + 1] = ImprovementTemplateText.width(c)
        }
        let locked = lockedColumns
        for (n, values) in (rows + Array(repeating: [:], count: blankRows)).enumerated() {
            let r = h + 1 + n
            for (i, c) in cols.enumerated() {
                let value = values[c].flatMap { $0.isEmpty ? nil : $0 }
                if kind.dateColumns.contains(c) {
                    let serial = value.flatMap(CalendarDay.init).map {
                        WorksheetBuilder.Value.number($0.dayNumber - Self.excelEpoch.dayNumber)
                    }
                    s.set(row: r, column: i + 1, serial ?? value.map { .text($0) }, style: TemplateStyle.dateInput.rawValue)
                } else {
                    let style: TemplateStyle =
                        c == "self_rating" || c == "la_name" || c == "title" ? .lastYear : locked.contains(c) ? .theme : .input
                    s.set(row: r, column: i + 1, value.map { .text($0) }, style: style.rawValue)
                }
            }
        }
        s.frozenRows = h
        s.protected = true
        s.landscape = true
        let last = h + max(1, rows.count + blankRows)
        s.validations = ImprovementTemplateText.validations(
            kind, columns: cols, locked: locked, rows: (h + 1)...last, laCount: las.count, themeCount: framework.themes.count, year: year)
        return s
    }

    /// The `Codes` sheet: LA codes and names, theme ids and titles; locked.
    func codes() -> WorksheetBuilder {
        var s = WorksheetBuilder()
        s.tabSelected = false
        for (c, label) in ["la_code", "la_name", "", "theme", "title"].enumerated() where !label.isEmpty {
            s.set(row: 1, column: c + 1, .text(label), style: TemplateStyle.label.rawValue)
        }
        for (i, la) in las.enumerated() {
            s.set(row: i + 2, column: 1, .text(la.laCode), style: TemplateStyle.theme.rawValue)
            s.set(row: i + 2, column: 2, .text(la.name), style: TemplateStyle.theme.rawValue)
        }
        for (i, t) in framework.themes.enumerated() {
            s.set(row: i + 2, column: 4, .text(t.id), style: TemplateStyle.theme.rawValue)
            s.set(row: i + 2, column: 5, .text(t.title), style: TemplateStyle.theme.rawValue)
        }
        s.columnWidths = [1: 10, 2: 30, 3: 4, 4: 24, 5: 50]
        s.protected = true
        return s
    }

    /// The sheet's title line.
    var title: String {
        switch kind {
        case .outcomes: "Challenge event outcomes \(year): \(region)"
        case .challenges: "Peer challenge programme \(year)/\(String(format: "%02d", (year + 1) % 100)): \(region)"
        case .actions: "Action tracker \(year)/\(String(format: "%02d", (year + 1) % 100)): \(region)"
        }
    }

    /// Day 0 of Excel's 1900 date system as it counts serials after February 1900.
    static let excelEpoch = CalendarDay(year: 1899, month: 12, day: 30)
}
