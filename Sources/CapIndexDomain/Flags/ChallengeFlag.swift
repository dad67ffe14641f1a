/// A challenge flag (W101–W112): a warning that becomes a question at the January event.
public struct ChallengeFlag: Sendable, Equatable, Codable, Hashable {
    /// Submission year.
    public var year: Int
    /// 3-digit LA code.
    public var laCode: String
    /// Theme id; nil for a submission-level flag (W107).
    public var theme: String?
    /// `W101` … `W112`.
    public var code: DiagnosticCode
    /// What was found, specific detail first.
    public var message: String

    /// A flag.
    public init(year: Int, laCode: String, theme: String?, code: DiagnosticCode, message: String) {
        self.year = year
        self.laCode = laCode
        self.theme = theme
        self.code = code
        self.message = message
    }

    /// The question a peer would put to the DCS at the challenge event.
    public var question: String { ChallengeRules.question(for: code) }
}
