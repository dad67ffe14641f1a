/// The cells of an export CSV appended as UTF-8 bytes, each decided on the text's bytes:
/// quoting (RFC 4180) and the spreadsheet-formula guard look at ASCII bytes only, and the
/// bidirectional controls are looked for only in text that has a byte outside ASCII.
enum CSVBytes {
    /// Appends one cell, after a comma unless it is the row's first.
    static func append(_ value: ExportValue, first: Bool, to out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        switch value {
        case .text(let s):
            let plain = stripped(s)
            if let f = plain.utf8.first, formulaStarts.contains(f) {
                appendQuoted("'" + plain, to: &out)
            } else {
                appendQuoted(plain, to: &out)
            }
        case .code(let s): appendQuoted(stripped(s), to: &out)
        case .number(let d): out.append(contentsOf: ExportTable.format(d).utf8)
        case .int(let i): appendInt(i, to: &out)
        case .null: break
        }
    }

    /// The first bytes that would start a spreadsheet formula: `=`, `+`, `-`, `@`.
    private static let formulaStarts: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40]

    /// Appends `s`, in double quotes with its quotes doubled when it holds a comma, a
    /// quote, a line feed or a carriage return.
    static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        let needs = s.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needs else {
            out.append(contentsOf: s.utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `s` without bidirectional controls; all-ASCII text (nearly every cell) is returned as is.
    private static func stripped(_ s: String) -> String {
        s.utf8.contains { $0 >= 0x80 } ? BidiText.stripped(s) : s
    }

    /// Appends the decimal digits of `i`, without making a String.
    private static func appendInt(_ i: Int, to out: inout [UInt8]) {
        guard i != 0 else {
            out.append(UInt8(ascii: "0"))
            return
        }
        if i < 0 { out.append(UInt8(ascii: "-")) }
        var n = i.magnitude
        let start = out.count
        while n > 0 {
            out.append(UInt8(ascii: "0") + UInt8(n % 10))
            n /= 10
        }
        out[start...].reverse()
    }
}
