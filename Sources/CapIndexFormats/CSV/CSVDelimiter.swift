/// The field separator of a CSV file.
///
/// Excel writes a comma, or a semicolon where the locale uses the decimal comma.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable {
    /// `,` (0x2C).
    case comma = 0x2C
    /// `;` (0x3B).
    case semicolon = 0x3B

    /// Picks the delimiter from the header, i.e. the first record of
    /// `utf8` (a leading BOM is ignored): whichever of `,` and `;` occurs more
    /// often outside quoted fields; a tie, including none at all, is a comma.
    public static func detect(inHeaderOf utf8: [UInt8]) -> CSVDelimiter {
        utf8.withUnsafeBufferPointer { buffer in
            var body = buffer
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
                body = UnsafeBufferPointer(rebasing: buffer[3...])
            }
            return detect(in: body, isComplete: true) ?? .comma
        }
    }

    /// Counts delimiters in the first record of `bytes`. Returns nil when the
    /// record may continue past the end of `bytes` and `isComplete` is false,
    /// so the streaming reader knows to read more first.
    ///
    /// Field boundaries depend on the delimiter being decided, so a quote
    /// counts as opening a quoted field at the start of the line or right after
    /// either candidate; that keeps `"Smith, J";12` a semicolon file.
    static func detect(in bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> CSVDelimiter? {
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        var atFieldStart = true
        var lineHasText = false  // blank lines and rows of delimiters above the header don't count
        var i = 0
        let count = bytes.count
        scan: while i < count {
            let byte = bytes[i]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if i + 1 == count && !isComplete { return nil }
                    if i + 1 < count && bytes[i + 1] == UInt8(ascii: "\"") {
                        i += 2
                        continue
                    }
                    inQuotes = false
                }
                i += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inQuotes = atFieldStart
                atFieldStart = false
                lineHasText = true
            case UInt8(ascii: ","):
                commas += 1
                atFieldStart = true
            case UInt8(ascii: ";"):
                semicolons += 1
                atFieldStart = true
            case 0x0A, 0x0D:
                if lineHasText { break scan }
                commas = 0
                semicolons = 0
                atFieldStart = true
            case 0x20, 0x09:
                break
            default:
                atFieldStart = false
                lineHasText = true
            }
            i += 1
        }
        if i == count && !isComplete { return nil }
        return semicolons > commas ? .semicolon : .comma
    }
}
