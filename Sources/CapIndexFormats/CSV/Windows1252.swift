/// Windows-1252 to UTF-8 transcoding.
///
/// Windows-1252 is a single-byte encoding, so any byte range can be transcoded
/// on its own; the streaming reader relies on that to transcode one field at a
/// time.
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F; 0 marks the five undefined bytes.
    /// 0xA0–0xFF map to U+00A0–U+00FF exactly like Latin-1.
    static let highControlRange: [UInt16] = [
        0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000,  // 88–8F
        0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,  // 98–9F
    ]

    /// Whether Windows-1252 assigns no character to `byte`.
    @inline(__always)
    static func isUndefined(_ byte: UInt8) -> Bool {
        byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
    }

    /// The Unicode scalar value for a defined Windows-1252 byte.
    @inline(__always)
    static func scalarValue(_ byte: UInt8) -> UInt32 {
        if byte < 0x80 || byte >= 0xA0 { return UInt32(byte) }
        return UInt32(highControlRange[Int(byte) - 0x80])
    }

    /// Writes the UTF-8 form of `bytes` into `out`, which must hold at least
    /// `3 * bytes.count` bytes, and returns the number of bytes written.
    /// Undefined bytes (which callers should have rejected) become U+FFFD.
    static func transcode(
        _ bytes: UnsafeBufferPointer<UInt8>,
        into out: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var n = 0
        for byte in bytes {
            var scalar = scalarValue(byte)
            if scalar == 0 && byte != 0 { scalar = 0xFFFD }
            if scalar < 0x80 {
                out[n] = UInt8(scalar)
                n += 1
            } else if scalar < 0x800 {
                out[n] = UInt8(0xC0 | (scalar >> 6))
                out[n + 1] = UInt8(0x80 | (scalar & 0x3F))
                n += 2
            } else {
                out[n] = UInt8(0xE0 | (scalar >> 12))
                out[n + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                out[n + 2] = UInt8(0x80 | (scalar & 0x3F))
                n += 3
            }
        }
        return n
    }

    /// Transcodes a whole Windows-1252 byte sequence to UTF-8.
    static func toUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // U+FFFD for an undefined byte needs 3 bytes, as do the widest 1252 characters.
        [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { out, initialized in
            initialized = transcode(bytes, into: out)
        }
    }

    /// Transcodes a Windows-1252 byte sequence straight into a `String`.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count * 3) { out in
            transcode(bytes, into: out)
        }
    }
}
