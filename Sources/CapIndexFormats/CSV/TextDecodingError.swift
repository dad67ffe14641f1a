/// Why an input could not be treated as text (the caller reports E216).
///
/// Offsets are 0-based byte offsets into the raw input (before any byte order
/// mark is removed); lines are 1-based physical lines, where CR, LF and CRLF
/// each count as one line break.
public enum TextDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A NUL byte occurred; text files written by Excel never contain one.
    case nulByte(offset: Int, line: Int)
    /// The input is not valid UTF-8 and contains a byte that Windows-1252
    /// leaves undefined (0x81, 0x8D, 0x8F, 0x90 or 0x9D).
    case notText(offset: Int, line: Int)

    /// The byte offset of the offending byte.
    public var offset: Int {
        switch self {
        case .nulByte(let offset, _), .notText(let offset, _): return offset
        }
    }

    /// The physical line of the offending byte.
    public var line: Int {
        switch self {
        case .nulByte(_, let line), .notText(_, let line): return line
        }
    }

    /// A human-readable explanation, including the position.
    public var description: String {
        switch self {
        case .nulByte(let offset, let line):
            return "not a text file: NUL byte at offset \(offset) (line \(line))"
        case .notText(let offset, let line):
            return "not a text file: byte at offset \(offset) (line \(line)) "
                + "is neither valid UTF-8 nor Windows-1252"
        }
    }
}
