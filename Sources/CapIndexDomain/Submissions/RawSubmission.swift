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

/// Where a cell is, kept cheap: most cells are where their row is. Every case with a
/// value is boxed, so a place is one pointer: a row is twelve cells, and with a place of
/// either a string or a box, copying and destroying an optional cell went through the
/// runtime's generic enum code (4% of a national ingest, callgrind).
public indirect enum CellPlace: Sendable, Equatable {
    /// At the row's own location (a CSV record: one line for the whole row).
    case row
    /// A member of the row's JSON object: the row's path, a dot and this key as written.
    case member(String)
    /// Anywhere else (a workbook cell, a JSON member of the submission object).
    case at(SourceLocation)
}

/// A cell as read from any format: trimmed text (nil when blank or null) and its place.
public struct RawCell: Sendable, Equatable {
    /// The trimmed text; nil when blank.
    public var text: String?
    /// Where the cell is, relative to its row.
    public var place: CellPlace

    /// A cell at `location`; blank text becomes nil.
    public init(_ text: String?, at location: SourceLocation) {
        self.text = BlankText.cellText(text)
        self.place = .at(location)
    }

    /// A cell whose text the reader has trimmed already (nil when blank).
    public init(trimmed text: String?, place: CellPlace) {
        self.text = text
        self.place = place
    }
}

/// One theme row of a submission before validation: CSV rows, JSON theme objects and
/// workbook rows all become this, so one validator applies the same rules to all.
/// The cells sit in one slot per field (no dictionary per row, no location per cell).
public struct RawRow: Sendable {
    private var slots: [RawCell?]
    /// Where the row starts.
    public var location: SourceLocation

    /// A row with no cells yet.
    public init(location: SourceLocation) {
        slots = Array(repeating: nil, count: SubmissionField.allCases.count)
        self.location = location
    }

    /// Creates a value with every field given.
    public init(cells: [SubmissionField: RawCell], location: SourceLocation) {
        self.init(location: location)
        for (f, c) in cells { slots[f.slot] = c }
    }

    /// The cell of a field, when the file has one (blank or not).
    public subscript(_ f: SubmissionField) -> RawCell? {
        get { slots[f.slot] }
        set { slots[f.slot] = newValue }
    }

    /// The cells present, by field.
    public var cells: [SubmissionField: RawCell] {
        var out: [SubmissionField: RawCell] = [:]
        for f in SubmissionField.allCases { if let c = slots[f.slot] { out[f] = c } }
        return out
    }

    /// The cell's text, if any.
    public func text(_ f: SubmissionField) -> String? { slots[f.slot]?.text }

    /// Where to point at for a field: the cell if present, else the row.
    public func location(of f: SubmissionField) -> SourceLocation {
        switch slots[f.slot]?.place {
        case nil, .row: location
        case .member(let key): SourceLocation(file: location.file, path: (location.path ?? "$") + "." + key)
        case .at(let l): l
        }
    }
}

extension SubmissionField {
    // Compared and hashed by case. For an enum with raw values the standard library's
    // defaults compare and hash the raw strings: every set and dictionary of fields, and
    // every `f == .laCode`, hashed or compared a column name (2% of a national ingest).
    public static func == (a: SubmissionField, b: SubmissionField) -> Bool { a.slot == b.slot }
    public func hash(into hasher: inout Hasher) { hasher.combine(slot) }

    /// The field's slot in a ``RawRow``.
    @inline(__always)
    var slot: Int {
        switch self {
        case .laCode: 0
        case .year: 1
        case .theme: 2
        case .rating: 3
        case .strength: 4
        case .development: 5
        case .offer: 6
        case .need: 7
        case .confidence: 8
        case .narrative: 9
        case .submittedOn: 10
        case .cxSignoff: 11
        }
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
