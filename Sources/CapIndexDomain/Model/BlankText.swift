/// Trimming and blank tests without Foundation. `trimmingCharacters(in:)` bridges every
/// string to `NSString` on Linux and transcodes it to UTF-16 and back: at one call per
/// cell it was a third of an ingest (BENCHMARKS.md). These give the same answers
/// (`BlankTextTests` compares them with Foundation over every Unicode scalar) and return
/// the string itself, without copying, when its ends are not blank.
public enum BlankText {
    /// Foundation's `.whitespaces`: general category Zs, the tab and, in the Linux
    /// Foundation, the zero-width space U+200B.
    @inline(__always)
    public static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return v == 0xA0 || v == 0x1680 || (0x2000...0x200B).contains(v) || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// Foundation's `.whitespacesAndNewlines`: `.whitespaces`, U+000A–U+000D, U+0085,
    /// U+2028 and U+2029.
    @inline(__always)
    public static func isBlank(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return isSpace(v) || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// An ASCII byte that `isBlank` holds for.
    @inline(__always)
    public static func isBlankByte(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`.
    public static func trimmed(_ text: String) -> String { trim(text, isBlank) }

    /// `text.trimmingCharacters(in: .whitespaces)`.
    public static func trimmedSpaces(_ text: String) -> String { trim(text, isSpace) }

    /// Trimmed of blanks (`.whitespacesAndNewlines`), nil when nothing is left: a cell's text.
    public static func cellText(_ text: String?) -> String? {
        guard let text else { return nil }
        let t = trimmed(text)
        return t.isEmpty ? nil : t
    }

    /// True when the text is empty or blanks only.
    public static func isBlank(_ text: String) -> Bool {
        for b in text.utf8 where b < 0x80 && !isBlankByte(b) { return false }
        return text.unicodeScalars.allSatisfy { isBlank($0.value) }
    }

    private static func trim(_ text: String, _ blank: (UInt32) -> Bool) -> String {
        let u = text.utf8
        guard let first = u.first, let last = u.last else { return text }
        // The common case: both ends plain ASCII letters, digits or punctuation.
        if first < 0x80 && last < 0x80 && !blank(UInt32(first)) && !blank(UInt32(last)) { return text }
        let scalars = text.unicodeScalars
        var lo = scalars.startIndex
        var hi = scalars.endIndex
        while lo < hi && blank(scalars[lo].value) { lo = scalars.index(after: lo) }
        while lo < hi {
            let before = scalars.index(before: hi)
            guard blank(scalars[before].value) else { break }
            hi = before
        }
        if lo == scalars.startIndex && hi == scalars.endIndex { return text }
        return String(scalars[lo..<hi])
    }
}
