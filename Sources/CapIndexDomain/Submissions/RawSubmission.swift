import Foundation

/// The fields a submission row can carry (SPEC 2), by their column names.
public enum SubmissionField: String, Sendable, CaseIterable {
    case laCode = "la_code"
    case year, theme, rating, strength, development, offer, need, confidence, narrative
    case submittedOn = "submitted_on"
    case cxSignoff = "cx_signoff"

    /// Fields every row must have a column for.
    public static let required: [SubmissionField] = [.laCode, .year, .theme, .rating]
    /// Fields that belong to the submission, not the theme.
    public static let submissionLevel: [SubmissionField] = [.submittedOn, .cxSignoff]
}

/// A cell as read from any format: trimmed text (nil when blank or null) and its place.
public struct RawCell: Sendable, Equatable {
    /// The trimmed text; nil when blank.
    public var text: String?
    /// Where the cell is.
    public var location: SourceLocation

    /// A cell; blank text becomes nil.
    public init(_ text: String?, at location: SourceLocation) {
        let t = text?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.text = (t?.isEmpty ?? true) ? nil : t
        self.location = location
    }
}

/// One theme row of a submission before validation: CSV rows, JSON theme objects and
/// workbook rows all become this, so one validator applies the same rules to all.
public struct RawRow: Sendable {
    /// The cells present, by field.
    public var cells: [SubmissionField: RawCell]
    /// Where the row starts.
    public var location: SourceLocation

    /// The cell's text, if any.
    public func text(_ f: SubmissionField) -> String? { cells[f]?.text }

    /// Where to point at for a field: the cell if present, else the row.
    public func location(of f: SubmissionField) -> SourceLocation { cells[f]?.location ?? location }

    /// Creates a value with every field given.
    public init(cells: [SubmissionField: RawCell], location: SourceLocation) {
        self.cells = cells
        self.location = location
    }
}

/// A whole input file as rows, plus what was noticed reading it.
public struct RawFile: Sendable {
    /// File name as reported.
    public var name: String
    /// Input format.
    public var format: SourceFormat
    /// Theme rows in file order.
    public var rows: [RawRow]
    /// File-level notices and warnings (W001, W003, I003).
    public var notices: [Diagnostic]
    /// A file-level error: every submission in the file is rejected.
    public var fileError: Diagnostic?
    /// JSON submissions with no theme rows: (LA cell, year cell, location), so they get E211.
    public var emptySubmissions: [RawRow] = []

    /// Creates a value with every field given.
    public init(
        name: String, format: SourceFormat, rows: [RawRow], notices: [Diagnostic], fileError: Diagnostic? = nil,
        emptySubmissions: [RawRow] = []
    ) {
        self.name = name
        self.format = format
        self.rows = rows
        self.notices = notices
        self.fileError = fileError
        self.emptySubmissions = emptySubmissions
    }
}
