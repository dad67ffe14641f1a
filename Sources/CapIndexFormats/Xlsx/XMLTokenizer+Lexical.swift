/// The lexical half of `XMLTokenizer`: names, text runs, references, attributes,
/// comments, CDATA and processing instructions, each checked for the characters XML 1.0
/// allows (no C0 controls but tab, LF and CR; no U+FFFE or U+FFFF) and with line ends
/// normalised as the XML specification requires (CR LF and CR read as LF).
extension XMLTokenizer {
    /// True when the bytes at `i` are `s` (ASCII).
    func starts(_ s: String) -> Bool {
        var j = i
        for c in s.utf8 {
            guard j < b.count, b[j] == c else { return false }
            j += 1
        }
        return true
    }

    func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }

    /// Skips white space; true when there was some.
    @discardableResult mutating func skipSpace() -> Bool {
        let s = i
        while i < b.count, isSpace(b[i]) { i += 1 }
        return i > s
    }

    /// A name at `i` (`x:row`, `r`): where it lies, and where its local part (after the
    /// last colon) starts.
    mutating func name() throws(XLSXError) -> (start: Int, end: Int, local: Int) {
        let s = i
        var local = i
        while i < b.count {
            let c = b[i]
            let (scalar, width) = c < 0x80 ? (UInt32(c), 1) : XMLTokenizer.decode(b, at: i)
            guard i == s ? XMLTokenizer.isNameStart(scalar) : XMLTokenizer.isNameChar(scalar) else { break }
            if c == UInt8(ascii: ":") { local = i + 1 }
            i += width
        }
        guard i > s else { throw fault("a name was expected") }
        return (s, i, local)
    }

    /// `name = "value"` at `i`: where the name lies, where its local part starts, and the value.
    mutating func attribute() throws(XLSXError) -> (start: Int, end: Int, local: Int, value: String) {
        let (s, e, l) = try name()
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "=") else { throw fault("an attribute has no '=' and value") }
        i += 1
        skipSpace()
        return (s, e, l, try attributeValue())
    }

    /// Character data up to the next `<` or `&`, added to `text`.
    mutating func textRun() throws(XLSXError) {
        var run = i
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") { break }
            if c < 0x20 || c == UInt8(ascii: "]") || c == 0xEF {
                if c == 0x0D {
                    text.append(contentsOf: b[run..<i])
                    text.append(0x0A)
                    i += i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
                    run = i
                    continue
                }
                if c == UInt8(ascii: "]"), starts("]]>") { throw fault("']]>' in text (write ]]&gt;)") }
                try checkChar()
            }
            i += 1
        }
        text.append(contentsOf: b[run..<i])
    }

    /// Sends the text read since the last markup, if any.
    mutating func flushText() throws(XLSXError) {
        guard !text.isEmpty else { return }
        handler.text(String(decoding: text, as: UTF8.self))
        text.removeAll(keepingCapacity: true)
    }

    /// Refuses the byte at `i` when it starts a character XML forbids.
    func checkChar() throws(XLSXError) {
        let c = b[i]
        if c < 0x20, c != 0x09, c != 0x0A, c != 0x0D {
            throw fault("character U+\(String(c, radix: 16, uppercase: true)) is not allowed in XML")
        }
        if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] == 0xBE || b[i + 2] == 0xBF {
            throw fault("character U+FFF\(b[i + 2] == 0xBE ? "E" : "F") is not allowed in XML")
        }
    }

    /// A quoted attribute value, references decoded, white space characters read as spaces.
    mutating func attributeValue() throws(XLSXError) -> String {
        guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else {
            throw fault("an attribute value is not quoted")
        }
        let quote = b[i]
        i += 1
        let s = i
        var plain = true
        while i < b.count, b[i] != quote {
            let c = b[i]
            if c == UInt8(ascii: "<") { throw fault("'<' in an attribute value") }
            if c < 0x20 || c == UInt8(ascii: "&") || c == 0xEF { plain = false }
            i += 1
        }
        guard i < b.count else { throw fault("an attribute value is not closed") }
        let e = i
        i += 1
        if plain { return String(decoding: b[s..<e], as: UTF8.self) }
        var out: [UInt8] = []
        var j = s
        while j < e {
            let c = b[j]
            if c == UInt8(ascii: "&") {
                i = j
                XMLTokenizer.append(try reference(limit: e), to: &out)
                j = i
                continue
            }
            i = j
            try checkChar()
            if c == 0x0D, j + 1 < e, b[j + 1] == 0x0A { j += 1 }
            out.append(c == 0x09 || c == 0x0A || c == 0x0D ? 0x20 : c)
            j += 1
        }
        i = e + 1
        return String(decoding: out, as: UTF8.self)
    }

    /// The character a reference at `i` (`&amp;`, `&#10;`, `&#x1F642;`) stands for, its `;`
    /// before `limit`; moves past the `;`.
    mutating func reference(limit: Int) throws(XLSXError) -> UInt32 {
        let s = i + 1
        var j = s
        while j < limit, j - s < 32, b[j] != UInt8(ascii: ";") { j += 1 }
        guard j < limit, b[j] == UInt8(ascii: ";"), j > s else { throw fault("'&' does not start a reference (write &amp;)") }
        let body = b[s..<j]
        if body.first == UInt8(ascii: "#") {
            let hex = body.dropFirst().first == UInt8(ascii: "x")
            let digits = body.dropFirst(hex ? 2 : 1)
            var v: UInt32 = 0
            for d in digits {
                guard let n = hex ? Int(String(UnicodeScalar(d)), radix: 16) : (48...57).contains(d) ? Int(d) - 48 : nil, v <= 0x10FFFF
                else {
                    throw fault("&\(String(decoding: body, as: UTF8.self)); is not a character reference")
                }
                v = v * (hex ? 16 : 10) + UInt32(n)
            }
            guard !digits.isEmpty, XMLTokenizer.isXMLChar(v) else {
                throw fault("&\(String(decoding: body, as: UTF8.self)); is not a character XML allows")
            }
            i = j + 1
            return v
        }
        let value: UInt32? =
            switch String(decoding: body, as: UTF8.self) {
            case "lt": 0x3C
            case "gt": 0x3E
            case "amp": 0x26
            case "apos": 0x27
            case "quot": 0x22
            default: nil
            }
        guard let value else { throw fault("the entity &\(String(decoding: body, as: UTF8.self)); is not defined") }
        i = j + 1
        return value
    }

    /// `<!-- … -->`, skipped; `--` may not appear inside.
    mutating func comment() throws(XLSXError) {
        i += 4
        while i < b.count {
            if b[i] == UInt8(ascii: "-"), starts("--") {
                guard starts("-->") else { throw fault("'--' inside a comment") }
                i += 3
                return
            }
            try checkChar()
            i += 1
        }
        throw fault("a comment is not closed")
    }

    /// `<![CDATA[ … ]]>`, its content added to `text` as it stands (line ends normalised).
    mutating func cdata() throws(XLSXError) {
        i += 9
        while i < b.count {
            if b[i] == UInt8(ascii: "]"), starts("]]>") {
                i += 3
                return
            }
            try checkChar()
            if b[i] == 0x0D {
                if i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                text.append(0x0A)
            } else {
                text.append(b[i])
            }
            i += 1
        }
        throw fault("a CDATA section is not closed")
    }

    /// `<?target …?>`, skipped; the target may not be `xml` (the declaration comes first or not at all).
    mutating func instruction() throws(XLSXError) {
        i += 2
        let (s, e, _) = try name()
        if e - s == 3, String(decoding: b[s..<e], as: UTF8.self).lowercased() == "xml" {
            throw fault("an XML declaration is allowed only at the start of the part")
        }
        if !starts("?>") && !skipSpace() { throw fault("a processing instruction is malformed") }
        while i < b.count {
            if starts("?>") {
                i += 2
                return
            }
            try checkChar()
            i += 1
        }
        throw fault("a processing instruction is not closed")
    }

    /// The error for a fault at `i`, with its line and column.
    func fault(_ why: String) -> XLSXError {
        let at = min(i, b.count)
        var line = 1
        var lineStart = 0
        for k in 0..<at where b[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return XLSXError(.malformedXML, "not well-formed XML at line \(line), column \(at - lineStart + 1): \(why)")
    }
}
