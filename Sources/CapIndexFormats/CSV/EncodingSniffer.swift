/// Incremental byte scan that decides between UTF-8, Windows-1252 and "not
/// text" in one pass, so a 100 MB file can be checked chunk by chunk.
///
/// It records the first NUL, whether the bytes so far are valid UTF-8 (a
/// multi-byte sequence may straddle chunks), and the first byte that
/// Windows-1252 leaves undefined. Line numbers are not tracked here: they are
/// only needed for an error, so ``LineBreakCounter`` recomputes them then.
struct EncodingSniffer {
    /// Bytes consumed so far.
    private(set) var offset = 0
    /// Offset of the first NUL byte; scanning stops there.
    private(set) var firstNUL: Int?
    /// Offset of the first byte undefined in Windows-1252.
    private(set) var firstUndefined1252: Int?
    /// False once a byte broke UTF-8 (or the input ended mid-sequence).
    private(set) var isValidUTF8 = true

    /// Continuation bytes still expected, and the range the next one must fall
    /// in (narrower after E0, ED, F0, F4 to exclude overlongs and surrogates).
    private var pending = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    /// Scans the next chunk. Returns false once a NUL has been seen, as the
    /// verdict cannot change after that.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>) -> Bool {
        guard firstNUL == nil, let base = chunk.baseAddress else { return firstNUL == nil }
        let count = chunk.count
        var i = 0
        while i < count {
            // Fast path: 8 ASCII bytes without NUL need no further checks
            // unless a multi-byte sequence is waiting for continuation bytes.
            if i + 8 <= count && (pending == 0 || !isValidUTF8) {
                let word = ByteLanes.load(base + i)
                if !ByteLanes.hasHighBit(word) && !ByteLanes.hasByte(below: 1, in: word) {
                    i += 8
                    continue
                }
            }
            let byte = base[i]
            if byte == 0 {
                firstNUL = offset + i
                offset += i + 1
                return false
            }
            if byte >= 0x80 && firstUndefined1252 == nil && Windows1252.isUndefined(byte) {
                firstUndefined1252 = offset + i
            }
            if isValidUTF8 { checkUTF8(byte) }
            i += 1
        }
        offset += count
        return true
    }

    /// Marks a sequence cut off by the end of input as invalid UTF-8.
    mutating func finish() {
        if pending != 0 { isValidUTF8 = false }
    }

    private mutating func checkUTF8(_ byte: UInt8) {
        if pending > 0 {
            guard byte >= low && byte <= high else { isValidUTF8 = false; return }
            pending -= 1
            low = 0x80
            high = 0xBF
            return
        }
        switch byte {
        case 0x00...0x7F: break
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; low = 0xA0
        case 0xED: pending = 2; high = 0x9F
        case 0xE1...0xEF: pending = 2
        case 0xF0: pending = 3; low = 0x90
        case 0xF4: pending = 3; high = 0x8F
        case 0xF1...0xF3: pending = 3
        default: isValidUTF8 = false  // continuation byte without a lead, C0/C1, F5–FF
        }
    }
}
