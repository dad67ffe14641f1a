import CapIndexDomain

/// What an ingest did, for the summary line, `--json` and tests.
public struct IngestReport: Sendable, Codable {
    /// Every diagnostic, in the order found.
    public var diagnostics: [Diagnostic] = []
    /// Files read (including unchanged ones).
    public var files = 0
    /// Files whose bytes were ingested before (I001).
    public var unchangedFiles = 0
    /// Files rejected as a whole (a file-level error).
    public var rejectedFiles = 0
    /// Files in a folder skipped as plainly not submissions (I010).
    public var skippedFiles = 0
    /// LA-year submissions found in changed files.
    public var submissions = 0
    /// Submissions stored (or that would be, in a dry run).
    public var stored = 0
    /// Submissions rejected.
    public var rejected = 0
    /// Stored submissions that superseded an earlier version.
    public var superseded = 0
    /// Per stored submission: LA, year, version.
    public var storedVersions: [StoredVersion] = []

    /// An empty report.
    public init() {}

    /// Errors among the diagnostics.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// Warnings among the diagnostics.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// `45 submissions: 44 stored, 1 rejected; 3 errors, 12 warnings`. The errors are counted
    /// apart: a file that cannot be read, or a row of no LA, is an error of no submission, and
    /// "0 rejected (3 errors)" would say otherwise (audit 25).
    public var summary: String {
        var s = "\(submissions) submission\(submissions == 1 ? "" : "s"): \(stored) stored, \(rejected) rejected; "
        if errorCount > 0 { s += "\(errorCount) error\(errorCount == 1 ? "" : "s"), " }
        s += "\(warningCount) warning\(warningCount == 1 ? "" : "s")"
        if rejectedFiles > 0 { s += "; \(rejectedFiles) file\(rejectedFiles == 1 ? "" : "s") rejected" }
        if unchangedFiles > 0 { s += "; \(unchangedFiles) file\(unchangedFiles == 1 ? "" : "s") unchanged" }
        if skippedFiles > 0 { s += "; \(skippedFiles) file\(skippedFiles == 1 ? "" : "s") skipped, not submissions" }
        return s
    }
}

/// One stored version, for the report.
public struct StoredVersion: Sendable, Codable, Equatable {
    /// LA code.
    public var laCode: String
    /// Year.
    public var year: Int
    /// Version number.
    public var version: Int
}
