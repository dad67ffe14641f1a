import CapIndexDomain
import CapIndexFormats

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
}

/// The file formats a report is written in. Both render the same page.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// GitHub-flavoured Markdown.
    case md
    /// One self-contained HTML file per page.
    case html
}

/// Why reports cannot be written.
public struct ReportError: Error, Equatable, CustomStringConvertible {
    /// What went wrong, by kind.
    public enum Reason: Equatable, Sendable {
        /// The report date is not a real `YYYY-MM-DD` date.
        case reportDateInvalid
        /// The settings file cannot be read or is not JSON.
        case settingsUnreadable
        /// A settings value is wrong (unknown key, colour, empty title).
        case settingsInvalid
        /// The logo file cannot be read, is too large or is not an image.
        case logoUnusable
        /// The database has no framework yet.
        case notInitialised
    }

    /// The kind of problem.
    public var reason: Reason
    /// The specific detail first, then the rule and the fix.
    public var message: String

    /// An error.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
