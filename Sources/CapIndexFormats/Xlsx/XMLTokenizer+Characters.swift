/// The characters of XML 1.0 (fifth edition), and UTF-8 in and out, for `XMLTokenizer`.
extension XMLTokenizer {
    /// The scalar of valid UTF-8 starting at `at`, and its width in bytes.
    static func decode(_ b: [UInt8], at: Int) -> (UInt32, Int) {
        let c = b[at]
        let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
        guard at + width <= b.count else { return (0, 1) }
        var v = UInt32(c) & (0xFF >> (width + 1))
        for k in 1..<width { v = v << 6 | UInt32(b[at + k] & 0x3F) }
        return (v, width)
    }

    /// Appends `v` as UTF-8.
    static func append(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800: out += [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)]
        case 0x800..<0x10000: out += [UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)]
        default: out += [UInt8(0xF0 | v >> 18), UInt8(0x80 | v >> 12 & 0x3F), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)]
        }
    }

    /// A character XML 1.0 allows.
    static func isXMLChar(_ v: UInt32) -> Bool {
        v == 0x09 || v == 0x0A || v == 0x0D || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
            || (0x10000...0x10FFFF).contains(v)
    }

    /// XML 1.0 (fifth edition) NameStartChar.
    static func isNameStart(_ v: UInt32) -> Bool {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0x3A: true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F,
            0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// XML 1.0 (fifth edition) NameChar.
    static func isNameChar(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x2D, 0x2E, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStart(v)
        }
    }
}
