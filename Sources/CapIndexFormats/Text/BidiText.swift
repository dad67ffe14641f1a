/// Bidirectional-text controls in submitted text (issue 17): invisible characters that
/// reorder what a reader sees (`Leeds‮evil (383)` shows as "Leeds(383) live"). The
/// escaping of every output removes them and isolates text that needs it, so submitted
/// text can reorder nothing but itself: HTML and Markdown isolate it, CSV drops them.
public enum BidiText {
    /// The explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
    /// and the implicit marks (U+200E, U+200F, U+061C).
    @inline(__always)
    public static func isControl(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and the
    /// rest of their blocks and presentation forms): text holding one is isolated so it
    /// cannot move the neutral characters around it.
    @inline(__always)
    public static func isRightToLeft(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }

    /// True when `s` holds a control or a right-to-left letter.
    public static func needsIsolation(_ s: String) -> Bool {
        // Both kinds lie outside ASCII: all-ASCII text (most of it) needs no scalar walk.
        guard s.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return s.unicodeScalars.contains { isControl($0) || isRightToLeft($0) }
    }

    /// `s` without its bidirectional controls.
    public static func stripped(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 >= 0x80 }), s.unicodeScalars.contains(where: isControl) else { return s }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s.unicodeScalars.lazy.filter { !isControl($0) })
        return String(out)
    }
}
