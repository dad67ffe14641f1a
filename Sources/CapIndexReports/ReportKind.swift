/// Which report a page belongs to (SPEC 6).
public enum ReportKind: String, CaseIterable, Sendable {
    /// The November status board.
    case status
    /// The January challenge event: a regional overview and one pack per LA.
    case challenge
    /// The March summit: capacity index, balance, priorities, pairings.
    case summit
    /// The three-year trends, per LA and per theme.
    case trends
    /// After the challenge event (SPEC 9): agreed ratings, peer challenges, action tracker.
    case improvement
    /// One feedback page per LA that sent something for the year (`feedback-<la_code>`),
    /// to e-mail back the same day. The status report writes them too.
    case feedback
    /// One page comparing every region (`--all-regions` only), in `england/<year>/`.
    case england

    /// The kinds written per region and year (every kind but the England page).
    public static var regional: [ReportKind] { allCases.filter { $0 != .england } }
}

/// The file formats a report is written in. Both render the same page.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown.
    case md
    /// One self-contained HTML file per page.
    case html
}
