/// A diagnostic as the store logged it, for the status board and the feedback pages: an
/// error of a rejected attempt, or a warning or notice stored with a version.
public struct StoredNotice: Sendable, Codable, Equatable {
    /// `file:line`, `file:$[0].themes[3]` or `file.xlsx:Sheet!C7`, where it was found.
    public var location: String
    /// Its code.
    public var code: DiagnosticCode
    /// The message.
    public var message: String
    /// How to fix it, when the code or the check gave a hint.
    public var hint: String?
    /// The theme id it belongs to, if any.
    public var theme: String?
    /// The theme's title as the bound framework has it (filled in by the store).
    public var themeTitle: String?
    /// The file, as it was given at ingest.
    public var file: String

    /// The severity the code declares.
    public var severity: Severity { code.severity }

    /// The place inside the file: a line, a JSON path or a workbook cell.
    public var place: SourceLocation { SourceLocation(parsing: location, file: file) }

    /// A notice.
    public init(
        location: String, code: DiagnosticCode, message: String, hint: String? = nil, theme: String? = nil, themeTitle: String? = nil,
        file: String? = nil
    ) {
        self.location = location
        self.code = code
        self.message = message
        self.hint = hint
        self.theme = theme
        self.themeTitle = themeTitle
        self.file = file ?? SourceLocation.fileOf(location)
    }

    /// `file:line: CODE message`, as the status board listed errors before it had columns.
    public var line: String { "\(location): \(code.rawValue) \(message)" }
}
