import Foundation

/// Escaping for HTML text, attributes and CSS strings. Submitted text passes through
/// here on its way into a page, whatever it holds.
enum HTMLEscaping {
    /// Text content: `& < > " '` become references; control characters are dropped.
    static func text(_ s: String) -> String {
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
                    || (c.value & 0xFFFE) == 0xFFFE
                {
                    continue
                }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Attribute values (always double-quoted): as text, line breaks as spaces.
    static func attribute(_ s: String) -> String {
        text(s).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
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
                if c.value < 0x20 || c.value == 0x7F { out += " " } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
