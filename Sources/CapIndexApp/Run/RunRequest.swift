import CapIndexDomain
import CapIndexReports

/// What `capindex run` is asked to do.
public struct RunRequest: Sendable {
    /// Submission files or folders.
    public var submissions: [String]
    /// Evidence files or folders (indicator files and Ofsted outcomes, told apart by content).
    public var evidence: [String]
    /// The submission year the reports are for.
    public var year: Int
    /// The regions asked for.
    public var regions: RegionChoice
    /// Output folder.
    public var outDir: String
    /// Report formats.
    public var formats: [ReportFormat]
    /// Report settings file, if any.
    public var settingsPath: String?
    /// Date printed on the reports (`YYYY-MM-DD`).
    public var reportDate: String
    /// Time stamp for the database.
    public var now: String
    /// Outcome, challenge and action files or folders (SPEC 9), by kind.
    public var improvement: [ImprovementKind: [String]] = [:]

    /// A request.
    public init(
        submissions: [String], evidence: [String], year: Int, regions: RegionChoice, outDir: String,
        formats: [ReportFormat], settingsPath: String?, reportDate: String, now: String,
        improvement: [ImprovementKind: [String]] = [:]
    ) {
        self.submissions = submissions
        self.evidence = evidence
        self.year = year
        self.regions = regions
        self.outDir = outDir
        self.formats = formats
        self.settingsPath = settingsPath
        self.reportDate = reportDate
        self.now = now
        self.improvement = improvement
    }
}
