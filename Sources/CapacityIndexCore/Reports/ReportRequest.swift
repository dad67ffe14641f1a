import CapIndexDomain
import CapIndexFormats
import CapIndexStore

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

/// What `ReportWriter` is asked to write.
public struct ReportRequest: Sendable {
    /// The submission year.
    public var year: Int
    /// Regions, spelt as the register spells them.
    public var regions: [String]
    /// Reports to write; the index of each region and year is always written.
    public var kinds: [ReportKind]
    /// Formats to write.
    public var formats: [ReportFormat]
    /// Title, introduction, logo and accent colour of the region.
    public var settings: ReportSettings
    /// The date printed on every page, `YYYY-MM-DD`. Renderers never read the clock.
    public var reportDate: String
    /// Time stamp recorded when the scores are stale and have to be computed again
    /// (ISO 8601); nil = `Workspace.now()`. It never appears in a page.
    public var scoredAt: String?

    /// A request; `scoredAt` defaults to the current time (or `CAPINDEX_NOW`).
    public init(
        year: Int, regions: [String], kinds: [ReportKind] = ReportKind.allCases,
        formats: [ReportFormat] = ReportFormat.allCases, settings: ReportSettings = .default,
        reportDate: String, scoredAt: String? = nil
    ) {
        self.year = year
        self.regions = regions
        self.kinds = kinds
        self.formats = formats
        self.settings = settings
        self.reportDate = reportDate
        self.scoredAt = scoredAt
    }
}

/// One file the writer produced.
public struct WrittenPage: Sendable, Equatable {
    /// Path of the file, under the output folder.
    public var path: String
    /// False when the file already held exactly this content and was left alone.
    public var changed: Bool

    /// A written page.
    public init(path: String, changed: Bool) {
        self.path = path
        self.changed = changed
    }
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
