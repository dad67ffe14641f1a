import Foundation

/// The input format a submission came in.
public enum SourceFormat: String, Sendable, Codable {
    case csv, json, xlsx
}

/// One theme of a submission, values read and checked (SPEC 2).
public struct ThemeEntry: Sendable, Codable, Equatable {
    /// Theme id of the framework.
    public var theme: String
    /// The self-assessed grade.
    public var rating: Rating
    /// The LA names this theme a key strength.
    public var strength: Bool
    /// The LA names this theme an area for development.
    public var development: Bool
    /// Capacity to offer support, 0–3.
    public var offer: Int
    /// Support the LA needs, 0–3.
    public var need: Int
    /// Confidence in the evidence.
    public var confidence: Confidence
    /// Free text evidence summary.
    public var narrative: String
    /// Where the theme's row was in the file.
    public var location: SourceLocation

    /// A theme entry; defaults as SPEC 2 gives them.
    public init(
        theme: String, rating: Rating, strength: Bool = false, development: Bool = false,
        offer: Int = 0, need: Int = 0, confidence: Confidence = .medium, narrative: String = "",
        location: SourceLocation = SourceLocation(file: "")
    ) {
        self.theme = theme
        self.rating = rating
        self.strength = strength
        self.development = development
        self.offer = offer
        self.need = need
        self.confidence = confidence
        self.narrative = narrative
        self.location = location
    }
}

/// A submission that passed validation: one LA, one year, every framework theme.
public struct ValidSubmission: Sendable, Equatable {
    /// 3-digit LA code.
    public var laCode: String
    /// Submission year (the November of the cycle).
    public var year: Int
    /// `YYYY-MM-DD`, when given.
    public var submittedOn: String?
    /// Chief executive who signed it off; nil = not signed off.
    public var cxSignoff: String?
    /// Themes in framework order.
    public var themes: [ThemeEntry]
    /// File name the submission came from.
    public var sourceFile: String
    /// SHA-256 of that file's bytes.
    public var sourceSHA256: String
    /// CSV, JSON or XLSX.
    public var format: SourceFormat
    /// Where the submission starts in the file.
    public var location: SourceLocation
    /// Where its chief executive sign-off is, or would be (`$[0].cx_signoff`, the JSON
    /// object itself when the key is absent, the workbook's sign-off cell): where W107 points.
    public var signoffLocation: SourceLocation? = nil

    /// The submission's content (not where it came from) as one canonical text: equal
    /// content, equal text. Its SHA-256 is the content hash the store keeps.
    public var contentText: String {
        var s = "\(laCode)|\(year)|\(submittedOn ?? "")|\(cxSignoff ?? "")\n"
        for t in themes {
            s +=
                "\(t.theme)|\(t.rating.rawValue)|\(t.strength)|\(t.development)|\(t.offer)|\(t.need)|\(t.confidence.rawValue)|\(t.narrative)\n"
        }
        return s
    }

    /// Creates a value with every field given.
    public init(
        laCode: String, year: Int, submittedOn: String? = nil, cxSignoff: String? = nil, themes: [ThemeEntry], sourceFile: String,
        sourceSHA256: String, format: SourceFormat, location: SourceLocation
    ) {
        self.laCode = laCode
        self.year = year
        self.submittedOn = submittedOn
        self.cxSignoff = cxSignoff
        self.themes = themes
        self.sourceFile = sourceFile
        self.sourceSHA256 = sourceSHA256
        self.format = format
        self.location = location
    }
}

/// A stored version of a submission.
public struct StoredSubmission: Sendable, Equatable, Codable {
    /// Row id.
    public var id: Int
    /// 3-digit LA code.
    public var laCode: String
    /// Submission year.
    public var year: Int
    /// 1, 2, … per LA and year.
    public var version: Int
    /// True for the version that counts.
    public var isCurrent: Bool
    /// Source file name.
    public var sourceFile: String
    /// SHA-256 of the source file.
    public var sourceSHA256: String
    /// Input format.
    public var format: SourceFormat
    /// When it was stored (ISO 8601, UTC).
    public var ingestedAt: String
    /// `YYYY-MM-DD`, when given.
    public var submittedOn: String?
    /// Chief executive sign-off.
    public var cxSignoff: String?
    /// Content hash.
    public var contentHash: String
    /// Themes in framework order (empty when not loaded).
    public var themes: [ThemeEntry]
    /// When the coordinator withdrew this version (ISO 8601), nil when never withdrawn.
    public var withdrawnAt: String?
    /// Why it was withdrawn, as the coordinator wrote it.
    public var withdrawnWhy: String?

    /// True for a version the coordinator withdrew: kept, but it never counts again.
    public var isWithdrawn: Bool { withdrawnAt != nil }

    /// The theme entry with this id.
    public func theme(_ id: String) -> ThemeEntry? { themes.first { $0.theme == id } }

    /// Creates a value with every field given.
    public init(
        id: Int, laCode: String, year: Int, version: Int, isCurrent: Bool, sourceFile: String, sourceSHA256: String, format: SourceFormat,
        ingestedAt: String, submittedOn: String? = nil, cxSignoff: String? = nil, contentHash: String, themes: [ThemeEntry],
        withdrawnAt: String? = nil, withdrawnWhy: String? = nil
    ) {
        self.id = id
        self.laCode = laCode
        self.year = year
        self.version = version
        self.isCurrent = isCurrent
        self.sourceFile = sourceFile
        self.sourceSHA256 = sourceSHA256
        self.format = format
        self.ingestedAt = ingestedAt
        self.submittedOn = submittedOn
        self.cxSignoff = cxSignoff
        self.contentHash = contentHash
        self.themes = themes
        self.withdrawnAt = withdrawnAt
        self.withdrawnWhy = withdrawnWhy
    }
}
