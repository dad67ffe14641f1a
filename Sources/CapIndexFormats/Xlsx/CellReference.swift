/// An A1-style cell reference: column letters and row number, both from 1.
struct CellReference: Sendable, Equatable, Hashable {
    /// Column, 1 = A (at most 16,384 = XFD).
    var column: Int
    /// Row, from 1 (at most 1,048,576).
    var row: Int

    static let maxColumn = 16_384
    static let maxRow = 1_048_576

    /// Parses `C7` (and `$C$7`); nil when it is not a cell reference inside Excel's grid.
    init?(_ text: String) {
        var col = 0, row = 0, letters = 0, digits = 0
        for ch in text.utf8 where ch != UInt8(ascii: "$") {
            switch ch {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                col = col * 26 + Int((ch & 0xDF) - UInt8(ascii: "A") + 1)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(ch - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard (1...CellReference.maxColumn).contains(col), (1...CellReference.maxRow).contains(row) else { return nil }
        self.init(column: col, row: row)
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// `A`, `Z`, `AA`, … for a column number.
    static func letters(_ column: Int) -> String {
        var n = column
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// `C7`.
    var a1: String { CellReference.letters(column) + String(row) }
}
