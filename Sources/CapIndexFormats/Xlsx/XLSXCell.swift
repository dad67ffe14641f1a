/// One cell's value as the sheet stores it, before it becomes text for a field.
enum XLSXCell: Sendable, Equatable {
    /// A shared, inline or formula string (rich-text runs joined).
    case text(String)
    /// A number, with the text the file wrote for it.
    case number(Double, raw: String)
    /// TRUE or FALSE.
    case bool(Bool)
    /// An ISO 8601 date cell (`t="d"`, as some writers use).
    case isoDate(String)
    /// An error value such as `#N/A`.
    case error(String)

    /// The cell as text for a field: numbers without a needless `.0`, booleans as
    /// `true`/`false`. A date serial becomes `YYYY-MM-DD` only where `asDate` says so.
    func text(asDate: Bool, date1904: Bool) -> String {
        switch self {
        case .text(let s), .error(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .isoDate(let s):
            return asDate && s.count >= 10 ? String(s.prefix(10)) : s
        case .number(let d, let raw):
            if asDate, let date = ExcelDate.string(serial: d, date1904: date1904) { return date }
            return XLSXCell.numberText(d, raw: raw)
        }
    }

    /// `2` for 2 and 2.0, else the shortest text that reads back as the same double.
    static func numberText(_ d: Double, raw: String) -> String {
        guard d.isFinite else { return raw }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
