/// Little-endian reads that return nil outside the buffer instead of trapping.
struct ByteReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func slice(_ at: Int, _ count: Int) -> ArraySlice<UInt8>? {
        guard at >= 0, count >= 0, at <= bytes.count, count <= bytes.count - at else { return nil }
        return bytes[at..<(at + count)]
    }

    func u16(_ at: Int) -> UInt16? {
        guard let s = slice(at, 2) else { return nil }
        return UInt16(s[at]) | UInt16(s[at + 1]) << 8
    }

    func u32(_ at: Int) -> UInt32? {
        guard let s = slice(at, 4) else { return nil }
        return s.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// A 64-bit field as a non-negative Int, or nil when it does not fit.
    func int64(_ at: Int) -> Int? {
        guard let s = slice(at, 8) else { return nil }
        let v = s.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return v <= UInt64(Int.max) ? Int(v) : nil
    }
}

/// Little-endian appends.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
    mutating func u64(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
}
