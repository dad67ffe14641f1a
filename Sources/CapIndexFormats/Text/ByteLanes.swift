/// Eight bytes tested at once in a `UInt64` (SWAR): the scanners of CSV records, JSON
/// strings and text encodings skip runs of plain text eight bytes at a time with these.
/// Each test is exact when asked only whether some lane matches (the borrow that can
/// mark a lane above a matching one never marks a lane when none matches).
enum ByteLanes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `p`, in any alignment.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 { UnsafeRawPointer(p).loadUnaligned(as: UInt64.self) }

    /// Whether some byte of `word` is below `n` (`n` at most 0x80).
    @inline(__always)
    static func hasByte(below n: UInt8, in word: UInt64) -> Bool { (word &- UInt64(n) &* ones) & ~word & highs != 0 }

    /// Whether some byte of `word` is `b`.
    @inline(__always)
    static func has(_ b: UInt8, in word: UInt64) -> Bool { hasByte(below: 1, in: word ^ (UInt64(b) &* ones)) }

    /// Whether some byte of `word` is 0x80 or above (not ASCII).
    @inline(__always)
    static func hasHighBit(_ word: UInt64) -> Bool { word & highs != 0 }
}
