/// The November status board: who has submitted, when, which version, signed off or
/// not, errors and warnings, late and withdrawn versions, and the chase list at the top
/// (SPEC 6 "status", SPEC 2 "Submission window").
public struct StatusBoard: Sendable, Codable, Equatable {
    /// Year shown.
    public var year: Int
    /// Region shown.
    public var region: String
    /// One row per LA of the region valid that year.
    public var rows: [StatusRow]
    /// The year's deadline day (`YYYY-MM-DD`), when the region's settings give one.
    public var deadline: String?
    /// The LAs the coordinator has to chase, most urgent first (see ``ChaseItem``).
    public var chaseList: [ChaseItem]

    /// LAs with a current submission.
    public var submittedCount: Int { rows.filter(\.submitted).count }
    /// LAs signed off.
    public var signedOffCount: Int { rows.filter { $0.cxSignoff != nil }.count }
    /// LAs whose current version came after the deadline.
    public var lateCount: Int { rows.filter(\.late).count }

    /// Creates a board; the chase list is worked out from the rows.
    public init(year: Int, region: String, rows: [StatusRow], deadline: String? = nil) {
        self.year = year
        self.region = region
        self.rows = rows
        self.deadline = deadline
        chaseList = ChaseItem.list(rows)
    }

    /// The board judged against a region's submission window: the year's deadline set,
    /// every version marked late or not, and the chase list worked out again.
    public func applying(_ window: SubmissionWindow) -> StatusBoard {
        let marked = rows.map { r in
            var r = r
            r.history = r.history.map { v in
                var v = v
                v.late = window.isLate(ingestedAt: v.ingestedAt, year: year)
                return v
            }
            return r
        }
        return StatusBoard(year: year, region: region, rows: marked, deadline: window.deadline(year: year))
    }
}

/// One LA on the status board.
public struct StatusRow: Sendable, Codable, Equatable {
    /// The 3-digit LA code.
    public var laCode: String
    /// The LA's name, as the register has it.
    public var laName: String
    /// A current submission exists.
    public var submitted: Bool
    /// `submitted_on` of the current version.
    public var submittedOn: String?
    /// Current version number.
    public var version: Int?
    /// Versions stored in all (withdrawn ones included).
    public var versions: Int
    /// File of the current version.
    public var sourceFile: String?
    /// When the current version was stored.
    public var ingestedAt: String?
    /// Chief executive who signed off; nil = not signed off.
    public var cxSignoff: String?
    /// Errors of the newest rejected attempt after the current version (of any attempt when none is stored).
    public var errors: Int
    /// Warnings on the current version (ingest-time flags and notices).
    public var warnings: Int
    /// The errors themselves (newest rejected attempt), located, with the theme and the fix.
    public var errorDetails: [StoredNotice]
    /// When the newest rejected attempt (the one ``errorDetails`` come from) was read.
    public var rejectedAt: String?
    /// Every stored version, oldest first.
    public var history: [VersionRecord]
    /// Every rejected attempt, oldest first (superseded by a later version or not).
    public var attempts: [RejectedAttempt]

    /// The errors as `file:line: CODE message` lines.
    public var errorMessages: [String] { errorDetails.map(\.line) }
    /// The current version came after the deadline.
    public var late: Bool { history.first { $0.state == .current }?.late ?? false }
    /// Versions stored after the deadline.
    public var lateVersions: [Int] { history.filter(\.late).map(\.version) }
    /// Versions the coordinator withdrew.
    public var withdrawnVersions: [VersionRecord] { history.filter { $0.state == .withdrawn } }
    /// Nothing counts because the coordinator withdrew the last version (and nothing was rejected since).
    public var withdrawn: Bool { !submitted && errors == 0 && history.last?.state == .withdrawn }
    /// The LA sent something for the year: a version was stored or an attempt rejected.
    public var attempted: Bool { !history.isEmpty || errors > 0 }

    /// `valid`, `valid (later attempt rejected)`, `rejected`, `withdrawn` or `not submitted`.
    public var state: String {
        if submitted { return errors > 0 ? "valid (later attempt rejected)" : "valid" }
        if errors > 0 { return "rejected" }
        return withdrawn ? "withdrawn" : "not submitted"
    }

    /// Creates a value with every field given.
    public init(
        laCode: String, laName: String, submitted: Bool, submittedOn: String? = nil, version: Int? = nil, versions: Int,
        sourceFile: String? = nil, ingestedAt: String? = nil, cxSignoff: String? = nil, errors: Int, warnings: Int,
        errorDetails: [StoredNotice] = [], rejectedAt: String? = nil, history: [VersionRecord] = [], attempts: [RejectedAttempt] = []
    ) {
        self.laCode = laCode
        self.laName = laName
        self.submitted = submitted
        self.submittedOn = submittedOn
        self.version = version
        self.versions = versions
        self.sourceFile = sourceFile
        self.ingestedAt = ingestedAt
        self.cxSignoff = cxSignoff
        self.errors = errors
        self.warnings = warnings
        self.errorDetails = errorDetails
        self.rejectedAt = rejectedAt
        self.history = history
        self.attempts = attempts
    }
}
