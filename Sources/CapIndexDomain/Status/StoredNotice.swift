/// A warning or notice stored with a submission version, as the status page lists it.
public struct StoredNotice: Sendable, Equatable {
    /// `file:line` or `file:path` where it was found.
    public var location: String
    /// Its code.
    public var code: DiagnosticCode
    /// The message.
    public var message: String

    /// A notice.
    public init(location: String, code: DiagnosticCode, message: String) {
        self.location = location
        self.code = code
        self.message = message
    }
}
