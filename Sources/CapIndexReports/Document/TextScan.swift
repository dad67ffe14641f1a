import Foundation

/// Byte-level tests and cuts for the escaping of page text (issue 16): nearly all text is
/// ASCII with nothing to change, and finding that on the UTF-8 bytes costs a fraction of
/// Foundation's string search. Anything outside the fast cases goes the general way, so
/// the output is the same.
enum TextScan {
    /// True when some byte of `s` satisfies `test`.
    @inline(__always)
    static func any(_ s: String, _ test: (UInt8) -> Bool) -> Bool { s.utf8.contains(where: test) }

    /// True when `s` holds a line feed or a carriage return.
    static func hasLineBreak(_ s: String) -> Bool { any(s) { $0 == 0x0A || $0 == 0x0D } }

    /// `s` trimmed as `trimmingCharacters(in: .whitespaces)` trims it (spaces and tabs;
    /// Foundation only when an end is not ASCII).
    static func trimmingSpaces(_ s: Substring) -> String {
        trimming(s, ascii: { $0 == 0x20 || $0 == 0x09 }, foundation: .whitespaces)
    }

    /// `s` trimmed as `trimmingCharacters(in: .whitespacesAndNewlines)` trims it.
    static func trimmingSpacesAndNewlines(_ s: Substring) -> String {
        trimming(s, ascii: { $0 == 0x20 || (0x09...0x0D).contains($0) }, foundation: .whitespacesAndNewlines)
    }

    private static func trimming(_ s: Substring, ascii blank: (UInt8) -> Bool, foundation set: CharacterSet) -> String {
        let u = s.utf8
        var start = u.startIndex
        var end = u.endIndex
        while start < end && blank(u[start]) { start = u.index(after: start) }
        while start < end && blank(u[u.index(before: end)]) { end = u.index(before: end) }
        guard start < end else { return "" }
        // An end byte outside ASCII may be a Unicode space: Foundation decides those.
        if u[start] >= 0x80 || u[u.index(before: end)] >= 0x80 { return String(s).trimmingCharacters(in: set) }
        return String(s[start..<end])
    }

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
        return parts.map { trimmingSpacesAndNewlines($0[...]) }.filter { !$0.isEmpty }
    }
}
