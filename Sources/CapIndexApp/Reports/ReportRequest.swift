import CapIndexReports

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
    /// (ISO 8601); nil = the clock (`CAPINDEX_NOW`, else now). It never appears in a page.
    public var scoredAt: String?

    /// A request; `scoredAt` defaults to the current time (or `CAPINDEX_NOW`).
    public init(
        year: Int, regions: [String], kinds: [ReportKind] = ReportKind.regional,
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

/// The reports a page belongs to, for the command line (which sees the application layer only).
public typealias ReportKind = CapIndexReports.ReportKind
/// The formats a report is written in.
public typealias ReportFormat = CapIndexReports.ReportFormat
