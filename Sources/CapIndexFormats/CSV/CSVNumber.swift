/// Number parsing straight from field bytes, so numeric columns of big files
/// never become Strings.
enum CSVNumber {
    /// Powers of ten that a Double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Parses a decimal such as `12`, `-3.25` or `1.5E3`, ignoring surrounding
    /// spaces and tabs. Returns nil for anything else, including empty fields,
    /// a decimal comma, thousands separators, `NaN` and infinities.
    ///
    /// Plain decimals with at most 19 digits whose value fits the Clinger fast
    /// path (mantissa ≤ 2^53, ≤ 22 fraction digits) are converted exactly with
    /// one division; everything else falls back to the standard library.
    static func parseDouble(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        var lower = 0
        var upper = field.count
        while lower < upper && (field[lower] == 0x20 || field[lower] == 0x09) { lower += 1 }
        while upper > lower && (field[upper - 1] == 0x20 || field[upper - 1] == 0x09) { upper -= 1 }
        guard lower < upper else { return nil }

        var i = lower
        let negative = field[i] == UInt8(ascii: "-")
        if negative || field[i] == UInt8(ascii: "+") { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        while i < upper {
            let byte = field[i]
            if byte >= 0x30 && byte <= 0x39 {
                // Past 19 digits a UInt64 could overflow; the slow path copes.
                if digits == 19 { return slowParse(field, lower, upper) }
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if sawPoint { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else {
                return slowParse(field, lower, upper)
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        guard mantissa <= 1 << 53 && fractionDigits <= 22 else { return slowParse(field, lower, upper) }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// Exponents and very long numbers. Only digits, signs, `.` and `e`/`E`
    /// may reach the standard library, which would otherwise also accept
    /// `nan`, `inf` and hexadecimal floats.
    private static func slowParse(_ field: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Double? {
        let slice = UnsafeBufferPointer(rebasing: field[lower..<upper])
        for byte in slice {
            switch byte {
            case 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                continue
            default:
                return nil
            }
        }
        guard let value = Double(String(decoding: slice, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}
