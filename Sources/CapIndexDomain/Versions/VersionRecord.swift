/// Where a stored version stands (SPEC 2 "Versions", SPEC 7 `withdraw`).
public enum VersionState: String, Sendable, Codable, Equatable {
    /// The version that counts.
    case current
    /// Replaced by a later version; kept.
    case superseded
    /// Withdrawn by the coordinator (filed under the wrong LA or year); kept, never counts.
    case withdrawn
}

/// One stored version of an LA's submission for a year, as `versions`, the status board
/// and the feedback page list it: file, SHA-256, time, state, and whether it came late.
public struct VersionRecord: Sendable, Codable, Equatable {
    /// 1, 2, … per LA and year.
    public var version: Int
    /// The file it came from, as it was given at ingest.
    public var sourceFile: String
    /// SHA-256 of that file's bytes.
    public var sourceSHA256: String
    /// CSV, JSON or XLSX.
    public var format: SourceFormat
    /// When it was stored (ISO 8601).
    public var ingestedAt: String
    /// `submitted_on` as the LA wrote it.
    public var submittedOn: String?
    /// The chief executive who signed it off; nil = not signed off.
    public var cxSignoff: String?
    /// Current, superseded or withdrawn.
    public var state: VersionState
    /// When it was withdrawn.
    public var withdrawnAt: String?
    /// Why it was withdrawn.
    public var withdrawnWhy: String?
    /// Stored after the end of the year's deadline day (never without a deadline).
    public var late: Bool

    /// The record of a stored version, judged against the region's submission window.
    public init(_ s: StoredSubmission, window: SubmissionWindow) {
        version = s.version
        sourceFile = s.sourceFile
        sourceSHA256 = s.sourceSHA256
        format = s.format
        ingestedAt = s.ingestedAt
        submittedOn = s.submittedOn
        cxSignoff = s.cxSignoff
        state = s.isCurrent ? .current : (s.isWithdrawn ? .withdrawn : .superseded)
        withdrawnAt = s.withdrawnAt
        withdrawnWhy = s.withdrawnWhy
        late = window.isLate(ingestedAt: s.ingestedAt, year: s.year)
    }
}

/// A file that held an LA's submission for a year and was rejected: nothing of it was
/// stored, but the LA sent it and the coordinator needs to see it.
public struct RejectedAttempt: Sendable, Codable, Equatable {
    /// The file, as it was given at ingest.
    public var file: String
    /// SHA-256 of its bytes, when the ingest recorded it.
    public var sha256: String?
    /// When it was read (ISO 8601).
    public var ingestedAt: String
    /// Errors found in it for this LA and year (or for the whole file).
    public var errors: Int

    /// An attempt.
    public init(file: String, sha256: String?, ingestedAt: String, errors: Int) {
        self.file = file
        self.sha256 = sha256
        self.ingestedAt = ingestedAt
        self.errors = errors
    }
}

/// Every version of one LA's submission for a year and every rejected attempt (`capindex versions`).
public struct VersionHistory: Sendable, Codable, Equatable {
    /// The 3-digit LA code.
    public var laCode: String
    /// The LA's name as the register has it that year.
    public var laName: String
    /// The submission year.
    public var year: Int
    /// The year's deadline day, when the settings give one.
    public var deadline: String?
    /// Every stored version, oldest first.
    public var versions: [VersionRecord]
    /// Files for this LA and year that were rejected, oldest first.
    public var rejectedAttempts: [RejectedAttempt]

    /// The version that counts, if any.
    public var current: VersionRecord? { versions.first { $0.state == .current } }

    /// A history.
    public init(
        laCode: String, laName: String, year: Int, deadline: String?, versions: [VersionRecord], rejectedAttempts: [RejectedAttempt]
    ) {
        self.laCode = laCode
        self.laName = laName
        self.year = year
        self.deadline = deadline
        self.versions = versions
        self.rejectedAttempts = rejectedAttempts
    }
}
