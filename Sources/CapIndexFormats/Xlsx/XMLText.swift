/// Text in and out of SpreadsheetML: XML escaping, and Excel's `_xHHHH_` escapes for
/// characters XML 1.0 cannot hold (a carriage return, control characters).
enum XMLText {
    /// `text` escaped for element content or a double-quoted attribute value.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A cell string escaped for a `<t>` element: XML escapes plus `_xHHHH_` for CR, control
    /// characters and U+FFFE/U+FFFF, and `_x005F_` before a literal `_xHHHH_` so it reads back as written.
    static func escapeCellText(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (i, ch) in scalars.enumerated() {
            let v = ch.value
            if (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0xFFFE || v == 0xFFFF {
                out += "_x" + hex4(v) + "_"
            } else if ch == "_", escapeAt(scalars, i + 1) != nil {
                out += "_x005F_"
            } else {
                out += escape(String(ch))
            }
        }
        return out
    }

    /// Decodes Excel's `_xHHHH_` escapes (UTF-16 units, surrogate pairs joined).
    static func decodeCellText(_ text: String) -> String {
        // A byte scan, not Foundation's contains: this runs on every shared string, and nearly none has an escape.
        let utf8 = text.utf8
        guard zip(utf8, utf8.dropFirst()).contains(where: { $0 == UInt8(ascii: "_") && $1 == UInt8(ascii: "x") }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var units: [UInt16] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", let v = escapeAt(scalars, i + 1) {
                units.append(v)
                i += 7
            } else {
                units.append(contentsOf: String(scalars[i]).utf16)
                i += 1
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The code unit of `xHHHH_` starting at `i`, or nil.
    private static func escapeAt(_ s: [Unicode.Scalar], _ i: Int) -> UInt16? {
        guard i + 5 < s.count, s[i] == "x", s[i + 5] == "_" else { return nil }
        var v: UInt16 = 0
        for k in 1...4 {
            guard let d = Int(String(s[i + k]), radix: 16) else { return nil }
            v = v << 4 | UInt16(d)
        }
        return v
    }

    private static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
