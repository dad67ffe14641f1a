import CapIndexDomain
import CapIndexFormats
import Foundation

/// Escaping for GitHub-flavoured Markdown. Submitted text can hold anything, so every
/// character that Markdown (or the HTML it allows) would read as syntax is escaped.
enum MarkdownEscaping {
    /// Inline text: emphasis, code, links, HTML, tables, strikethrough and maths
    /// markers are escaped; line breaks become spaces (safe in a table cell and in a
    /// paragraph alike, and no HTML tag in the text). Bidirectional controls are dropped,
    /// and text that held one, or holds right-to-left letters, is isolated between U+2068
    /// and U+2069 (issue 17): a plain-text reader cannot be shown `Leeds‮evil (383)` as
    /// "Leeds(383) live".
    static func inline(_ s: String) -> String {
        let escaped = plainInline(s)
        return BidiText.needsIsolation(s) ? "\u{2068}" + escaped + "\u{2069}" : escaped
    }

    private static func plainInline(_ s: String) -> String {
        // Printable ASCII without a Markdown or HTML marker stays as it is.
        guard TextScan.any(s, needsWork) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "_" where Self.insideWord(scalars, i):
                // Between letters or digits `_` never starts or ends emphasis (CommonMark), so
                // `lait_long_selected.csv` stays as written.
                out.unicodeScalars.append(c)
            case "\\", "`", "*", "_", "[", "]", "|", "~", "$":
                out += "\\"
                out.unicodeScalars.append(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&":
                // Only where it could start an entity (`&amp;`, `&#60;`).
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                out += ReportASCII.alnum(next) || next == "#" ? "&amp;" : "&"
            case "\r":
                // A table cell or a run of text holds one line in Markdown read as plain text
                // (no HTML tags): a line break becomes a space; `paragraphs` keeps them.
                if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                out += " "
            case "\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                out += " "
            case "\t":
                out += " "
            default:
                // Dropped (the loop's step is below, so only the append is skipped: a bare
                // `continue` here never moved on, and a BEL character hung the report).
                if !(c.value < 0x20 || c.value == 0x7F || BidiText.isControl(c)) { out.unicodeScalars.append(c) }
            }
            i += 1
        }
        return out
    }

    /// A byte `plainInline` would change or has to look at more closely (any byte outside ASCII).
    @inline(__always)
    private static func needsWork(_ b: UInt8) -> Bool {
        switch b {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x7C, 0x7E, 0x24, 0x3C, 0x3E, 0x26: true
        default: b < 0x20 || b >= 0x7F
        }
    }

    /// True when the run of `_` at `i` has a letter or digit on both sides.
    static func insideWord(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0, ReportASCII.alnum(scalars[i - 1]) || scalars[i - 1] == "_" else { return false }
        var j = i
        while j < scalars.count && scalars[j] == "_" { j += 1 }
        var k = i
        while k > 0 && scalars[k - 1] == "_" { k -= 1 }
        return k > 0 && ReportASCII.alnum(scalars[k - 1]) && j < scalars.count && ReportASCII.alnum(scalars[j])
    }

    /// A code span: the text literally, between a run of backticks longer than any inside
    /// it, so a JSON path reads as written (`$[0].themes[11]`, not `\$\[0\]…`). Line breaks
    /// become spaces, controls are dropped and isolated as in ``inline(_:)``; in a table
    /// cell `|` is escaped, which GitHub's tables require even inside a code span.
    static func code(_ s: String, inCell: Bool) -> String {
        var t = ""
        for c in s.unicodeScalars {
            if c == "\r" || c == "\n" || c == "\t" || c == "\u{2028}" || c == "\u{2029}" {
                t += " "
            } else if !(c.value < 0x20 || c.value == 0x7F || BidiText.isControl(c)) {
                t.unicodeScalars.append(c)
            }
        }
        if inCell { t = t.replacingOccurrences(of: "|", with: "\\|") }
        var longest = 0, run = 0
        for c in t {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = t.hasPrefix("`") || t.hasSuffix("`") || (t.hasPrefix(" ") && t.hasSuffix(" ")) ? " " : ""
        let span = fence + pad + t + pad + fence
        return BidiText.needsIsolation(s) ? "\u{2068}" + span + "\u{2069}" : span
    }

    /// A table cell: inline escaping, trimmed (a cell's edges are not significant).
    static func cell(_ s: String) -> String { inline(BlankText.trimmedSpaces(s)) }

    /// Heading text: inline escaping plus `#`, which a heading would otherwise drop at its end.
    static func heading(_ s: String) -> String {
        TextScan.any(s, { $0 == UInt8(ascii: "#") }) ? inline(s).replacingOccurrences(of: "#", with: "\\#") : inline(s)
    }

    /// One line of a paragraph: inline escaping, and a marker that would start a block
    /// at the line's beginning (heading, quote, list, setext underline) is escaped.
    static func lineStart(_ s: String) -> String {
        let line = String(s.drop { $0 == " " })
        var esc = inline(line)
        // An isolated line starts with U+2068, which no block marker can follow.
        guard let first = line.first, !esc.hasPrefix("\u{2068}") else { return esc }
        if Self.startsBlock(line, first) {
            esc = "\\" + esc
        } else if first.isASCII && first.isNumber {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let after = line.dropFirst(digits.count).first
            if digits.count <= 9, after == "." || after == ")" {
                esc = String(digits) + "\\" + String(esc.dropFirst(digits.count))
            }
        }
        return esc
    }

    /// True when `line`, starting with `first`, would open a heading, quote, list item,
    /// thematic break or setext underline. Only then is its first character escaped: a
    /// narrative line `=A1 …` reads as written, without a backslash (audit 18).
    static func startsBlock(_ line: String, _ first: Character) -> Bool {
        let rest = line.dropFirst()
        let spaceAfter = rest.first.map { $0 == " " || $0 == "\t" } ?? true
        let bare = line.filter { $0 != " " && $0 != "\t" }
        switch first {
        case ">": return true
        case "#":
            let hashes = line.prefix { $0 == "#" }.count
            let after = line.dropFirst(hashes).first
            return hashes <= 6 && (after == nil || after == " " || after == "\t")
        case "-", "+": return spaceAfter || bare.allSatisfy { $0 == first }
        case "=": return bare.allSatisfy { $0 == "=" }
        default: return false
        }
    }

    /// Free text as Markdown paragraphs: blank lines separate paragraphs, single line
    /// breaks are kept as hard breaks (two spaces at the end of the line).
    static func paragraphs(_ s: String) -> [String] {
        var paras: [[String]] = [[]]
        for line in TextScan.lines(s) {
            let trimmed = BlankText.trimmedSpaces(String(line))
            if trimmed.isEmpty {
                if !(paras.last!.isEmpty) { paras.append([]) }
            } else {
                paras[paras.count - 1].append(lineStart(trimmed))
            }
        }
        return paras.filter { !$0.isEmpty }.map { $0.joined(separator: "  \n") }
    }
}
