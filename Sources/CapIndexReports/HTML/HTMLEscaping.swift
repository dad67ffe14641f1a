import CapIndexFormats
import Foundation

/// Escaping for HTML text, attributes and CSS strings. Submitted text passes through
/// here on its way into a page, whatever it holds.
enum HTMLEscaping {
    /// Text content: `& < > " '` become references; control characters are dropped; and
    /// text that holds bidirectional controls or right-to-left letters loses the controls
    /// and is isolated in `<bdi>`, so it cannot reorder the text around it (issue 17). The
    /// controls go as well as being isolated because a line often joins submitted text and
    /// ours in one string (`Leeds‮evil (383)`): isolation alone would still let them turn
    /// our part round.
    static func text(_ s: String) -> String {
        let escaped = Self.hasLongWord(s) ? freeLongWords(s) : plain(s)
        return BidiText.needsIsolation(s) ? "<bdi>" + escaped + "</bdi>" : escaped
    }

    /// Words longer than this many characters may break anywhere (class `free`).
    static let longWord = 24

    /// True when `s` has a run of more than ``longWord`` bytes without a blank: the cheap
    /// test that spares most text the word-by-word pass.
    static func hasLongWord(_ s: String) -> Bool {
        var run = 0
        for b in s.utf8 {
            run = b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 ? 0 : run + 1
            if run > longWord { return true }
        }
        return false
    }

    /// `s` escaped, with each word longer than ``longWord`` characters in
    /// `<span class="free">`, which may break anywhere (`overflow-wrap: anywhere`). Only
    /// submitted free text holds such words (a 3,950-character word in a narrative, a
    /// 300-character sign-off, a long file name): they cannot widen a table, while every
    /// ordinary word keeps `break-word` and stays whole, since `anywhere` on a whole cell
    /// lets a table squeeze "Direction" into "Directi|on" (audit finding 3). Words are
    /// counted as submitted, before escaping.
    static func freeLongWords(_ s: String) -> String {
        var out = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            let e = plain(word)
            out += word.count > longWord ? "<span class=\"free\">" + e + "</span>" : e
            word = ""
        }
        for c in s {
            if c == " " || c == "\n" || c == "\r" || c == "\r\n" || c == "\t" {
                flush()
                out += plain(String(c))
            } else {
                word.append(c)
            }
        }
        flush()
        return out
    }

    /// Text where no markup may go (`<title>`, SVG text, attribute values): escaped, and
    /// without bidirectional controls.
    static func plain(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(c)
            case "\r": out += "\n"
            default:
                // Controls and non-characters are not allowed in an HTML document.
                if c.value < 0x20 || (0x7F...0x9F).contains(c.value) || (0xFDD0...0xFDEF).contains(c.value)
                    || (c.value & 0xFFFE) == 0xFFFE || BidiText.isControl(c)
                {
                    continue
                }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Attribute values (always double-quoted): as plain text, line breaks as spaces.
    static func attribute(_ s: String) -> String {
        plain(s).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }

    /// Text with its line breaks kept as `<br>`.
    static func multiline(_ s: String) -> String {
        text(s.replacingOccurrences(of: "\r\n", with: "\n")).replacingOccurrences(of: "\n", with: "<br>\n")
    }

    /// A double-quoted CSS string (for `content:` in `@page`); `<` is escaped so the text
    /// can never close the style element.
    static func cssString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3c "
            case ">": out += "\\3e "
            default:
                if c.value < 0x20 || c.value == 0x7F || BidiText.isControl(c) {
                    out += " "
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
