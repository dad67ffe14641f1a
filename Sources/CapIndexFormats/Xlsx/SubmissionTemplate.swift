import CapIndexDomain
import Foundation

/// The workbook capindex sends an LA to fill in (SPEC 2, XLSX): one protected sheet with
/// a title, a how-to note, the header block (la_code, year, submitted_on, cx_signoff),
/// and one row per framework theme. Each yellow input column has last year's value beside
/// it in a grey locked cell; the coded inputs have drop-down lists and the narrative a
/// length limit. `XLSXSubmissionReader` reads it back by its labels, not by position.
public struct SubmissionTemplate: Sendable {
    /// The LA, as the register has it for the year.
    public var la: RegisterRow
    /// The submission year.
    public var year: Int
    /// The framework whose themes the rows are.
    public var framework: Framework
    /// The LA's current submission for `year − 1`, if any: shown in the grey cells.
    public var lastYear: StoredSubmission?

    /// The name of the one sheet.
    public static let sheetName = "Submission"
    /// Row of the column labels (frozen with everything above it).
    public static let headerRow = 8
    /// The input fields in column order; each is followed by a column of last year's value.
    public static let inputs: [SubmissionField] = [.rating, .strength, .development, .offer, .need, .confidence, .narrative]
    /// Cells of the header block: label in column A, value in column B.
    static let blockRows: [(field: SubmissionField, row: Int)] = [(.laCode, 3), (.year, 4), (.submittedOn, 5), (.cxSignoff, 6)]

    /// A template for one LA and year.
    public init(la: RegisterRow, year: Int, framework: Framework, lastYear: StoredSubmission?) {
        self.la = la
        self.year = year
        self.framework = framework
        self.lastYear = lastYear
    }

    /// The file name: `370-barnsley-2026.xlsx`.
    public var fileName: String {
        let slug = la.name.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? String($0) : "-" }
            .joined().split(separator: "-").joined(separator: "-")
        return "\(la.laCode)-\(slug.isEmpty ? "la" : slug)-\(year).xlsx"
    }

    /// Column of an input field (C, E, G, …); last year's value is one to the right.
    public static func column(of field: SubmissionField) -> Int? {
        inputs.firstIndex(of: field).map { 3 + 2 * $0 }
    }

    /// The workbook's bytes: the same inputs always give the same bytes.
    public func workbook() -> [UInt8] {
        XLSXPackageWriter.workbook(
            sheetName: Self.sheetName, sheet: sheet(), styles: TemplateStyle.xml,
            printTitleRows: "$\(Self.headerRow):$\(Self.headerRow)")
    }

    /// The sheet, laid out.
    func sheet() -> WorksheetBuilder {
        var s = WorksheetBuilder()
        let prev = year - 1
        let last = Self.inputs.count * 2 + 2
        let limit = framework.effectiveNarrativeLimit
        func put(_ r: Int, _ c: Int, _ v: WorksheetBuilder.Value?, _ style: TemplateStyle) {
            s.set(row: r, column: c, v, style: style.rawValue)
        }
        put(1, 1, .text("Self-assessment \(year): \(la.name) (\(la.laCode))"), .title)
        put(2, 1, .text(howTo(limit: limit)), .note)
        s.merges.append("A2:\(CellReference.letters(last))2")
        s.rowHeights[2] = 48
        s.rowHeights[Self.headerRow] = 30
        for (field, r) in Self.blockRows { put(r, 1, .text(field.rawValue), .label) }
        put(3, 2, .text(la.laCode), .fixed)
        put(3, 3, .text(la.name), .comment)
        put(4, 2, .number(year), .fixed)
        put(4, 3, .text("the \(year)/\(String(format: "%02d", (year + 1) % 100)) cycle, submitted in November \(year)"), .comment)
        put(5, 2, nil, .dateInput)
        put(5, 3, .text("the date the chief executive signed this off, e.g. \(year)-11-14"), .comment)
        put(6, 2, nil, .input)
        put(6, 3, .text("name of the chief executive who signed it off (blank = not signed off)"), .comment)
        let said = lastYear == nil ? "no \(prev) submission on record" : "what you submitted for \(prev)"
        put(
            7, 1,
            .text(
                "Your \(year) self-assessment goes in the yellow cells; grey: \(said). Framework \(framework.id) \(framework.version): \(framework.themes.count) themes."
            ), .comment)

        let h = Self.headerRow
        put(h, 1, .text(SubmissionField.theme.rawValue), .label)
        put(h, 2, .text("title"), .label)
        for f in Self.inputs {
            let c = Self.column(of: f)!
            put(h, c, .text(f.rawValue), .label)
            put(h, c + 1, .text("\(prev) \(f.rawValue)"), .label)
        }
        for (i, theme) in framework.themes.enumerated() {
            let r = h + 1 + i
            put(r, 1, .text(theme.id), .theme)
            put(r, 2, .text(theme.title), .theme)
            let old = lastYear?.theme(theme.id)
            for f in Self.inputs {
                let c = Self.column(of: f)!
                put(r, c, nil, .input)
                put(r, c + 1, old.map { Self.text(of: f, in: $0) }.flatMap { $0.isEmpty ? nil : .text($0) }, .lastYear)
            }
            s.rowHeights[r] = 45
        }
        let widths: [Double] = [24, 36, 20, 16, 10, 10, 12, 12, 8, 8, 8, 8, 11, 11, 60, 48]
        for (i, w) in widths.enumerated() { s.columnWidths[i + 1] = w }
        s.frozenRows = h
        s.protected = true
        s.landscape = true
        s.validations = validations(firstRow: h + 1, lastRow: h + framework.themes.count, limit: limit)
        return s
    }

    /// Last year's value of a field, as the LA would write it.
    static func text(of field: SubmissionField, in e: ThemeEntry) -> String {
        switch field {
        case .rating: e.rating.title
        case .strength: e.strength ? "Y" : "N"
        case .development: e.development ? "Y" : "N"
        case .offer: String(e.offer)
        case .need: String(e.need)
        case .confidence: e.confidence.rawValue
        case .narrative: e.narrative
        default: ""
        }
    }

    /// `4,000`.
    static func grouped(_ n: Int) -> String {
        let s = String(n)
        guard s.count > 3, n > 0 else { return s }
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return out
    }

    private func howTo(limit: Int) -> String {
        """
        How to fill this in: one row per theme. Choose from the drop-down lists in the yellow cells: rating (Outstanding, \
        Good, Requires improvement, Inadequate), strength and development (Y or N; blank = N), offer of support to other LAs \
        (0 none, 1 share practice, 2 practitioner or manager time, 3 lead a peer challenge; blank = 0), need of support \
        (0 none, 1 light-touch advice, 2 targeted, 3 intensive; blank = 0), confidence in the evidence (high, medium, low; \
        blank = medium). The narrative is your evidence summary, at most \(Self.grouped(limit)) characters. Fill in submitted_on and \
        cx_signoff above. Grey cells show last year and cannot be changed. Save as Excel Workbook (.xlsx) and send the file \
        back: keep the sheet and its column labels as they are.
        """
    }

    private func validations(firstRow a: Int, lastRow b: Int, limit: Int) -> [WorksheetBuilder.Validation] {
        func range(_ f: SubmissionField) -> String {
            let c = CellReference.letters(Self.column(of: f)!)
            return "\(c)\(a):\(c)\(b)"
        }
        typealias V = WorksheetBuilder.Validation
        return [
            V(
                type: "list", formula1: "\"Outstanding,Good,Requires improvement,Inadequate\"", range: range(.rating),
                promptTitle: "rating", prompt: "Outstanding, Good, Requires improvement or Inadequate.",
                error: "Choose the rating from the list: Outstanding, Good, Requires improvement or Inadequate."),
            V(
                type: "list", formula1: "\"Y,N\"", range: range(.strength), promptTitle: "strength",
                prompt: "Y if this theme is one of your key strengths. Blank means N.", error: "Choose Y or N."),
            V(
                type: "list", formula1: "\"Y,N\"", range: range(.development), promptTitle: "development",
                prompt: "Y if this theme is an area for development. Blank means N.", error: "Choose Y or N."),
            V(
                type: "list", formula1: "\"0,1,2,3\"", range: range(.offer), promptTitle: "offer",
                prompt:
                    "Support you can offer other LAs: 0 none, 1 share practice and documents, 2 give practitioner or manager time, 3 lead a peer challenge or sustained support.",
                error: "Choose 0, 1, 2 or 3 from the list."),
            V(
                type: "list", formula1: "\"0,1,2,3\"", range: range(.need), promptTitle: "need",
                prompt: "Support you need: 0 none, 1 light-touch advice, 2 targeted support, 3 intensive support.",
                error: "Choose 0, 1, 2 or 3 from the list."),
            V(
                type: "list", formula1: "\"high,medium,low\"", range: range(.confidence), promptTitle: "confidence",
                prompt: "Your confidence in the evidence: high, medium or low. Blank means medium.", error: "Choose high, medium or low."),
            V(
                type: "textLength", op: "lessThanOrEqual", formula1: "\(limit)", range: range(.narrative), promptTitle: "narrative",
                prompt: "Your evidence summary, at most \(Self.grouped(limit)) characters.",
                error: "The narrative is longer than \(Self.grouped(limit)) characters: shorten it."),
            V(
                type: "date", op: "between", formula1: "36526", formula2: "73415", range: "B5", promptTitle: "submitted_on",
                prompt: "The date of the chief executive's sign-off, e.g. 14/11/\(year) or \(year)-11-14.",
                error: "Type a date, e.g. 14/11/\(year) or \(year)-11-14."),
            V(
                type: "textLength", op: "lessThanOrEqual", formula1: "200", range: "B6", promptTitle: "cx_signoff",
                prompt: "The name of the chief executive who signed this off.", error: "At most 200 characters."),
        ]
    }
}
