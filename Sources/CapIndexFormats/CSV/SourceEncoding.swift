/// The text encoding detected for an input file.
///
/// Excel writes "CSV UTF-8" (with a byte order mark) or legacy "CSV" in the
/// machine's ANSI code page, which for the files we receive is Windows-1252.
/// The caller reports `windows1252` as warning W001 because such files cannot
/// represent every name exactly.
public enum SourceEncoding: String, Sendable {
    /// Valid UTF-8 without a byte order mark (plain ASCII files land here too).
    case utf8
    /// Valid UTF-8 that started with the byte order mark EF BB BF.
    case utf8WithBOM
    /// Not valid UTF-8, but every byte is defined in Windows-1252.
    case windows1252
}

/// UTF-8 text produced by ``TextDecoding`` together with the
/// encoding it was decoded from.
public struct DecodedText: Sendable, Equatable {
    /// The text as UTF-8, with any byte order mark removed.
    public var bytes: [UInt8]
    /// The encoding the raw input was recognised as.
    public var encoding: SourceEncoding

    /// Creates a decoded text value.
    public init(bytes: [UInt8], encoding: SourceEncoding) {
        self.bytes = bytes
        self.encoding = encoding
    }
}
