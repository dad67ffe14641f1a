import CapIndexDomain

/// Byte-level tests and cuts for the escaping of page text (issue 16): nearly all text is
/// ASCII with nothing to change, and finding that on the UTF-8 bytes costs a fraction of
/// Foundation's string search. Trimming is `BlankText`'s, which the ingest uses too.
enum TextScan {
    /// True when some byte of `s` satisfies `test`.
    @inline(__always)
    static func any(_ s: String, _ test: (UInt8) -> Bool) -> Bool { s.utf8.contains(where: test) }

    /// True when `s` holds a line feed or a carriage return.
    static func hasLineBreak(_ s: String) -> Bool { any(s) { $0 == 0x0A || $0 == 0x0D } }

    /// `s` with CR LF and lone CR made LF, split at LF (empty lines kept), as
    /// `replacingOccurrences("\r\n" → "\n", "\r" → "\n")` then `split(separator: "\n")` would.
    static func lines(_ s: String) -> [Substring] {
        var out: [Substring] = []
        let u = s.utf8
        var lineStart = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            let b = u[i]
            if b == 0x0A || b == 0x0D {
                out.append(s[lineStart..<i])
                var next = u.index(after: i)
                if b == 0x0D && next < u.endIndex && u[next] == 0x0A { next = u.index(after: next) }
                lineStart = next
                i = next
            } else {
                i = u.index(after: i)
            }
        }
        out.append(s[lineStart..<u.endIndex])
        return out
    }

    /// The paragraphs of free text as the narrative block shows them: line breaks made LF,
    /// split at each blank line (`components(separatedBy: "\n\n")`), each trimmed of
    /// spaces and line breaks, empty ones dropped.
    static func blocks(_ s: String) -> [String] {
        let normal = lines(s).joined(separator: "\n")
        let u = normal.utf8
        var parts: [String] = []
        var start = u.startIndex
        var i = u.startIndex
        while i < u.endIndex {
            let next = u.index(after: i)
            if u[i] == 0x0A && next < u.endIndex && u[next] == 0x0A {
                parts.append(String(normal[start..<i]))
                i = u.index(after: next)
                start = i
            } else {
                i = next
            }
        }
        parts.append(String(normal[start..<u.endIndex]))
        return parts.map(BlankText.trimmed).filter { !$0.isEmpty }
    }
}
