/// The November status board: who has submitted, when, which version, signed off or
/// not, errors and warnings (SPEC 6 "status").
public struct StatusBoard: Sendable, Codable, Equatable {
    /// Year shown.
    public var year: Int
    /// Region shown.
    public var region: String
    /// One row per LA of the region valid that year.
    public var rows: [StatusRow]

    /// LAs with a current submission.
    public var submittedCount: Int { rows.filter(\.submitted).count }
    /// LAs signed off.
    public var signedOffCount: Int { rows.filter { $0.cxSignoff != nil }.count }

    /// Creates a value with every field given.
    public init(year: Int, region: String, rows: [StatusRow]) {
        self.year = year
        self.region = region
        self.rows = rows
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
    /// Versions stored in all.
    public var versions: Int
    /// File of the current version.
    public var sourceFile: String?
    /// When the current version was stored.
    public var ingestedAt: String?
    /// Chief executive who signed off; nil = not signed off.
    public var cxSignoff: String?
    /// Errors of attempts after the current version (or of every attempt when none stored).
    public var errors: Int
    /// Warnings on the current version (ingest-time flags and notices).
    public var warnings: Int
    /// The errors themselves, newest attempt.
    public var errorMessages: [String]

    /// `validated`, `rejected`, `not submitted`, or `rejected since` a stored version.
    public var state: String {
        if submitted { return errors > 0 ? "valid (later attempt rejected)" : "valid" }
        return errors > 0 ? "rejected" : "not submitted"
    }

    /// Creates a value with every field given.
    public init(
        laCode: String, laName: String, submitted: Bool, submittedOn: String? = nil, version: Int? = nil, versions: Int,
        sourceFile: String? = nil, ingestedAt: String? = nil, cxSignoff: String? = nil, errors: Int, warnings: Int, errorMessages: [String]
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
        self.errorMessages = errorMessages
    }
}
