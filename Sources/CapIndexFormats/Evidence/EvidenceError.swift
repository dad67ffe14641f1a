import CapIndexDomain

/// Why an evidence reference file (statistical neighbours) cannot be used.
public struct EvidenceError: Error, Equatable, CustomStringConvertible {
    /// Where.
    public var location: SourceLocation
    /// What, specific detail first.
    public var message: String

    /// An error at `location`.
    public init(at location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: evidence: \(message)" }
}
