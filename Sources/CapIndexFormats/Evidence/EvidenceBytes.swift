import CapIndexDomain
import Foundation

/// Parsing of cells straight from their bytes, so rows of big files never become Strings
/// unless they hold a missing code.
enum EvidenceBytes {
    /// `bytes` without leading and trailing blanks and tabs.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lo..<hi])
    }

    /// True when `bytes`, trimmed, equal `lowered` (already lower case ASCII) ignoring ASCII case.
    @inline(__always)
    static func equalsFolded(_ bytes: UnsafeBufferPointer<UInt8>, _ lowered: [UInt8]) -> Bool {
        let t = trimmed(bytes)
        guard t.count == lowered.count else { return false }
        var i = 0
        while i < t.count {
            var b = t[i]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != lowered[i] { return false }
            i += 1
        }
        return true
    }

    /// Lower-cased, trimmed UTF-8 bytes of a text (for header names and filter values).
    static func folded(_ text: String) -> [UInt8] {
        Array(text.trimmingCharacters(in: .whitespaces).lowercased().utf8)
    }

    /// The trimmed bytes as a String.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: trimmed(bytes), as: UTF8.self)
    }

    /// Three ASCII digits → 0…999, else nil.
    @inline(__always)
    static func threeDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let t = trimmed(bytes)
        guard t.count == 3 else { return nil }
        var n = 0
        for b in t {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// A value cell: a plain decimal, else a missing code (lower case, trimmed).
    /// With `roundToOneDecimal` (LAIT) the decimal text is rounded to one place,
    /// halves away from zero, before it becomes a Double.
    static func cell(_ raw: UnsafeBufferPointer<UInt8>, roundToOneDecimal: Bool) -> EvidenceCell {
        let t = trimmed(raw)
        if t.isEmpty { return .missing("") }
        if roundToOneDecimal, let v = DecimalText.roundedToOneDecimal(t) { return .number(v) }
        if let v = CSVNumber.parseDouble(t) { return .number(v) }
        return .missing(missingCode(t))
    }

    /// The lower-case code; the common symbols come back as literals (no allocation).
    static func missingCode(_ t: UnsafeBufferPointer<UInt8>) -> String {
        if t.count == 1 {
            switch t[0] | (t[0] >= 0x41 && t[0] <= 0x5A ? 0x20 : 0) {
            case UInt8(ascii: "c"): return "c"
            case UInt8(ascii: "x"): return "x"
            case UInt8(ascii: "z"): return "z"
            case UInt8(ascii: "u"): return "u"
            case UInt8(ascii: "k"): return "k"
            case UInt8(ascii: "-"): return "-"
            case UInt8(ascii: ":"): return ":"
            case UInt8(ascii: "~"): return "~"
            case UInt8(ascii: "*"): return "*"
            default: break
            }
        }
        if equalsFolded(t, [0x2E, 0x2E]) { return ".." }
        if equalsFolded(t, Array("low".utf8)) { return "low" }
        // Anything else is "not a number", kept as published (lower case, at most 40 characters).
        return String(String(decoding: t, as: UTF8.self).lowercased().prefix(40))
    }
}

/// Rounding on the decimal text, so `18.899999999999999` is 18.9 and `0.25` is 0.3
/// (halves away from zero), which binary doubles cannot promise.
enum DecimalText {
    /// The decimal in `t` rounded to one decimal place; nil when `t` is not a plain
    /// decimal (`12`, `-3.25`, `.5`). Exponent forms are left to the caller.
    static func roundedToOneDecimal(_ t: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let n = t.count
        guard n > 0 else { return nil }
        let negative = t[0] == UInt8(ascii: "-")
        if negative || t[0] == UInt8(ascii: "+") { i += 1 }
        var whole: UInt64 = 0
        var digits = 0
        while i < n, t[i] >= 0x30, t[i] <= 0x39 {
            if digits >= 17 { return nil }
            whole = whole * 10 + UInt64(t[i] - 0x30)
            digits += 1
            i += 1
        }
        var tenth: UInt64 = 0
        var roundUp = false
        if i < n && t[i] == UInt8(ascii: ".") {
            i += 1
            var k = 0
            while i < n, t[i] >= 0x30, t[i] <= 0x39 {
                if k == 0 { tenth = UInt64(t[i] - 0x30) } else if k == 1 { roundUp = t[i] >= 0x35 }
                k += 1
                digits += 1
                i += 1
            }
        }
        guard i == n, digits > 0 else { return nil }
        let scaled = whole * 10 + tenth + (roundUp ? 1 : 0)
        let v = Double(scaled) / 10
        return negative ? -v : v
    }

    /// The same rounding on a String (tests and small files).
    static func roundedToOneDecimal(_ s: String) -> Double? {
        var bytes = Array(s.utf8)
        return bytes.withUnsafeMutableBufferPointer { roundedToOneDecimal(UnsafeBufferPointer($0)) }
    }
}

/// Period parsing (SPEC 5): `2025` is the year ending 31 March 2025; `202425` (and
/// `2024/25`, `2024-25`) is an academic or financial year and counts as its end year.
public enum EvidencePeriod {
    /// The year a `time_period` counts as, or nil.
    public static func year(_ text: String) -> Int? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { year(UnsafeBufferPointer($0)) }
    }

    static func year(_ raw: UnsafeBufferPointer<UInt8>) -> Int? {
        let t = EvidenceBytes.trimmed(raw)
        func digits(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                let b = t[i]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        func ok(_ y: Int) -> Int? { (1990...2100).contains(y) ? y : nil }
        switch t.count {
        case 4:
            return digits(0, 4).flatMap(ok)
        case 6:
            guard let a = digits(0, 4), let b = digits(4, 2), (a + 1) % 100 == b else { return nil }
            return ok(a + 1)
        case 7:
            guard t[4] == UInt8(ascii: "/") || t[4] == UInt8(ascii: "-"),
                let a = digits(0, 4), let b = digits(5, 2), (a + 1) % 100 == b
            else { return nil }
            return ok(a + 1)
        case 9:
            guard t[4] == UInt8(ascii: "/") || t[4] == UInt8(ascii: "-"),
                let a = digits(0, 4), let b = digits(5, 4), b == a + 1
            else { return nil }
            return ok(b)
        default:
            return nil
        }
    }
}
