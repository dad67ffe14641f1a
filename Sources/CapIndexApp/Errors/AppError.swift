/// Why a command cannot do what it was asked, with the SPEC 7 exit code it ends in:
/// a usage error (2), nothing to do (1), or anything else (3). Every message names what
/// is wrong first, then what to do; `code` is a stable snake_case name for scripts.
public struct AppError: Error, Equatable, Sendable, Codable, CustomStringConvertible {
    /// How the command ends.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A bad invocation: exit 2.
        case usage
        /// Nothing to do (no submissions for the year or region asked for): exit 1.
        case noData = "no_data"
        /// Anything else: exit 3.
        case failure
    }

    /// How the command ends.
    public var kind: Kind
    /// A stable name, such as `no_submissions`, `unknown_region` or `foreign_database`.
    public var code: String
    /// What is wrong, the specific detail first.
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// The file it is about, if any.
    public var file: String?
    /// The stage of `capindex run` it happened in, if any.
    public var stage: String?

    /// An error.
    public init(_ kind: Kind, _ code: String, _ message: String, hint: String? = nil, file: String? = nil, stage: String? = nil) {
        self.kind = kind
        self.code = code
        self.message = message
        self.hint = hint
        self.file = file
        self.stage = stage
    }

    /// SPEC 7's exit code.
    public var exitCode: Int32 {
        switch kind {
        case .usage: 2
        case .noData: 1
        case .failure: 3
        }
    }

    /// `message — hint`.
    public var description: String { message + (hint.map { " — \($0)" } ?? "") }
}
