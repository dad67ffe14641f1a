/// Hints that fit the input (issue 12): a workbook is fixed in its cells and columns, so
/// its hints name them ("fill in the rating for each theme in column C"), where a CSV or
/// JSON file gets the general hint of the code.
enum SubmissionHints {
    /// The hint for a required value left blank at `at`.
    static func blank(_ field: SubmissionField, at: SourceLocation) -> String? {
        guard let (_, cell) = at.cell else { return DiagnosticCode.e210.hint }
        let column = String(cell.prefix { $0.isLetter })
        switch field {
        case .rating:
            return "fill in the rating for each theme in column \(column): 1–4 or Outstanding, Good, Requires improvement, "
                + "Inadequate (the cell's drop-down list offers them)"
        case .theme:
            return "every row below the column labels needs its theme in column \(column); delete rows that are not themes"
        case .laCode, .year:
            return "fill in \(field.rawValue) in cell \(cell), as the template had it"
        default:
            return DiagnosticCode.e210.hint
        }
    }

    /// The hint for a value that cannot be read at `at`: in a workbook, where to pick a
    /// right one; nil elsewhere (the code's own hint applies).
    static func value(_ code: DiagnosticCode, at: SourceLocation) -> String? {
        guard let (_, cell) = at.cell, let base = code.hint else { return nil }
        let column = String(cell.prefix { $0.isLetter })
        switch code {
        case .e204, .e205, .e206, .e207, .e208:
            return "\(base) — the drop-down list in column \(column) offers the values"
        default:
            return nil
        }
    }
}
