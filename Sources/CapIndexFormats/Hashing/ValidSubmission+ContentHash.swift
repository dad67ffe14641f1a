import CapIndexDomain

extension ValidSubmission {
    /// SHA-256 of the submission's content (not where it came from): equal content, equal hash.
    public var contentHash: String { SHA256.hex(contentText) }
}
