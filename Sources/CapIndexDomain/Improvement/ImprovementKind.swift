/// The three files of the improvement loop (SPEC 9), each a table with named columns:
/// the agreed ratings of the challenge event, the peer challenge programme and the
/// action tracker.
public enum ImprovementKind: String, Sendable, Codable, CaseIterable {
    case outcomes, challenges, actions

    /// The columns, in the order the template and the SPEC write them.
    public var columns: [String] {
        switch self {
        case .outcomes: ["la_code", "year", "theme", "agreed_rating", "note", "agreed_on"]
        case .challenges:
            ["challenge_id", "la_code", "round", "theme", "lead_la_code", "starts_on", "ends_on", "cx_endorsed_on", "report_on"]
        case .actions: ["action_id", "la_code", "source", "theme", "action", "owner", "due_on", "status", "updated_on", "note"]
        }
    }

    /// Columns the header must have, and every row a value in (E210).
    public var required: [String] {
        switch self {
        case .outcomes: ["la_code", "year", "theme"]
        case .challenges: ["challenge_id", "la_code", "round", "theme", "lead_la_code", "starts_on", "ends_on"]
        case .actions: ["action_id", "la_code", "source", "action", "status"]
        }
    }

    /// Columns the header must have (E210 for the whole file otherwise): the required ones,
    /// and for outcomes `agreed_rating` too, whose value may be blank (a confirmation) but
    /// whose absence means the file is not an outcomes file — read without it, every row
    /// would confirm the self-rating and silently replace an earlier agreed rating.
    public var headerColumns: [String] {
        self == .outcomes ? required + ["agreed_rating"] : required
    }

    /// Columns holding dates: a workbook's date serials there are read as `YYYY-MM-DD`.
    public var dateColumns: Set<String> { Set(columns.filter { $0.hasSuffix("_on") }) }

    /// What one row is, for messages: `outcome`, `challenge row`, `action`.
    public var rowNoun: String {
        switch self {
        case .outcomes: "outcome"
        case .challenges: "challenge row"
        case .actions: "action"
        }
    }

    /// The command that imports the file.
    public var command: String { "capindex \(self == .outcomes ? "outcomes" : rawValue) import" }
}

/// One row of an improvement file as read from any format, before its values are checked.
public struct RawTableRow: Sendable {
    /// The cells present, by column name.
    public var cells: [String: RawCell]
    /// Where the row starts (a CSV line, a workbook row's first cell).
    public var location: SourceLocation

    /// A row.
    public init(cells: [String: RawCell], location: SourceLocation) {
        self.cells = cells
        self.location = location
    }

    /// The cell's trimmed text, if any.
    public func text(_ column: String) -> String? { cells[column]?.text }

    /// Where to point at for a column: the cell if present, else the row.
    public func location(of column: String) -> SourceLocation {
        if case .at(let l)? = cells[column]?.place { return l }
        return location
    }
}

/// A whole improvement file as rows, plus what was noticed reading it.
public struct RawTableFile: Sendable {
    /// File name as reported.
    public var name: String
    /// Rows in file order (blank rows left out).
    public var rows: [RawTableRow]
    /// File-level notices and warnings (W001, W003, I003).
    public var notices: [Diagnostic]
    /// A file-level error: nothing of the file is loaded.
    public var fileError: Diagnostic?

    /// A file read.
    public init(name: String, rows: [RawTableRow] = [], notices: [Diagnostic] = [], fileError: Diagnostic? = nil) {
        self.name = name
        self.rows = rows
        self.notices = notices
        self.fileError = fileError
    }
}
