/// Receives the events of one package part. Element and attribute names come without
/// their namespace prefix, so transitional and strict OOXML (and `x:`-prefixed parts)
/// read alike.
protocol XMLPartHandler: AnyObject {
    func start(_ name: String, _ attributes: [String: String]) throws(XLSXError)
    func end(_ name: String) throws(XLSXError)
    func text(_ text: String)
}

/// Reads a package part: checks that it is UTF-8 without a DOCTYPE (entity expansion) or
/// another declared encoding, then runs `XMLTokenizer` over it. Every fault is an
/// `XLSXError` naming the part, never a trap.
enum XMLPartReader {
    /// Parses `bytes` of the part named `part`, sending events to `handler`.
    static func parse(_ bytes: [UInt8], part: String, handler: XMLPartHandler) throws(XLSXError) {
        try check(bytes, part: part)
        do { try XMLTokenizer.run(bytes, handler: handler) } catch {
            throw XLSXError(error.reason, error.message, part: part, hint: error.hint)
        }
    }

    /// What the part must be before it is tokenized: UTF-8 (not UTF-16), declaring no other
    /// encoding, with no DOCTYPE.
    static func check(_ bytes: [UInt8], part: String) throws(XLSXError) {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw XLSXError(
                .malformedXML, "the part is UTF-16; workbooks from Excel, LibreOffice and Google Sheets are UTF-8",
                part: part)
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw XLSXError(.malformedXML, "byte \(bad) is not valid UTF-8", part: part)
        }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        if let decl = head.range(of: "?>"), head.hasPrefix("<?xml") || head.hasPrefix("\u{FEFF}<?xml") {
            let d = head[..<decl.lowerBound].lowercased()
            if let enc = d.range(of: "encoding") {
                let value = d[enc.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                    .prefix { $0 != "\"" && $0 != "'" && $0 != " " }
                if !["utf-8", "utf8", "us-ascii", "ascii"].contains(String(value)) {
                    throw XLSXError(.malformedXML, "the part declares encoding '\(value)'; only UTF-8 is read", part: part)
                }
            }
        }
        if containsDoctype(bytes) {
            throw XLSXError(.malformedXML, "the part has a DOCTYPE, which a workbook part never has", part: part)
        }
    }

    /// Offset of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let len: Int, lowest: UInt32
            switch b {
            case 0xC2...0xDF: (len, lowest) = (2, 0x80)
            case 0xE0...0xEF: (len, lowest) = (3, 0x800)
            case 0xF0...0xF4: (len, lowest) = (4, 0x10000)
            default: return i
            }
            guard i + len <= n else { return i }
            var scalar = UInt32(b) & (0xFF >> (len + 1))
            for k in 1..<len {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return i }
            i += len
        }
        return nil
    }

    private static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let needle = Array("<!DOCTYPE".utf8)
        guard bytes.count >= needle.count else { return false }
        var i = 0
        while let j = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
            if bytes[j...].starts(with: needle) { return true }
            i = j + 1
        }
        return false
    }
}
