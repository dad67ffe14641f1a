/// How bad a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, notice

    private var order: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.order < b.order }
}

/// Where in an input a problem is: a CSV line, a JSON path or a workbook cell.
public struct SourceLocation: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    /// File name as given on the command line or found in a folder walk.
    public var file: String
    /// Physical line where the CSV record starts (header = 1).
    public var line: Int?
    /// JSON path (`$[0].themes[3].rating`) or workbook cell (`Sheet1!C7`).
    public var path: String?

    /// A location in `file`, optionally at a line or path.
    public init(file: String, line: Int? = nil, path: String? = nil) {
        self.file = file
        self.line = line
        self.path = path
    }

    /// `file:12`, `file:$[0].themes[3]` or `file.xlsx:Sheet1!C7`, compiler style.
    public var description: String {
        if let line { return "\(file):\(line)" }
        if let path { return "\(file):\(path)" }
        return file
    }
}

/// One located problem or notice, with a stable code (SPEC 2).
public struct Diagnostic: Sendable, Codable, Equatable {
    /// Where.
    public var location: SourceLocation
    /// Stable code such as `E204`.
    public var code: DiagnosticCode
    /// error, warning or notice.
    public var severity: Severity
    /// The specific detail first, then the rule.
    public var message: String
    /// How to fix it.
    public var hint: String?
    /// The LA (3-digit code) the problem belongs to, when known.
    public var laCode: String?
    /// The submission year, when known.
    public var year: Int?
    /// The theme id, when the problem belongs to one.
    public var theme: String?

    /// Builds a diagnostic; the severity is the one the code declares.
    public init(
        _ code: DiagnosticCode, _ message: String, hint: String? = nil, at location: SourceLocation,
        laCode: String? = nil, year: Int? = nil, theme: String? = nil
    ) {
        self.code = code
        self.message = message
        self.hint = hint
        self.location = location
        self.laCode = laCode
        self.year = year
        self.theme = theme
        severity = code.severity
    }

    /// The compiler-style line: `file:12: error: E204 … — hint`.
    public var rendered: String {
        var s = "\(location): \(severity.rawValue): \(code.rawValue) \(message)"
        if let hint { s += " — \(hint)" }
        return s
    }
}
