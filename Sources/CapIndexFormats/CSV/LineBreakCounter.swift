/// Counts physical lines across chunks: CR, LF and CRLF each end one line,
/// even when a CRLF pair is split between two chunks.
struct LineBreakCounter {
    /// The 1-based line the next byte is on.
    private(set) var line = 1
    private var lastWasCR = false

    /// Counts the line breaks in `chunk`.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) {
        for byte in chunk {
            if byte == 0x0D {
                line += 1
            } else if byte == 0x0A && !lastWasCR {
                line += 1
            }
            lastWasCR = byte == 0x0D
        }
    }
}
