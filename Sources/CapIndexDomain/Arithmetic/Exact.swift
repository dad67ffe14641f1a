import Foundation

/// An exact rational number over `Int128`, used wherever a score meets a threshold.
///
/// With the default weights every theme capacity is a multiple of 1/9, so LCIs sit
/// exactly on 75, 55 and 40 and balances exactly on 0. A floating-point sum lands on
/// either side depending on order; a rational does not (SPEC 3, "Exactness").
public struct Exact: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Numerator, carrying the sign.
    public let numerator: Int128
    /// Denominator, always positive; the fraction is always in lowest terms.
    public let denominator: Int128

    /// Creates `numerator / denominator`, reduced.
    public init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "zero denominator")
        var n = numerator
        var d = denominator
        if d < 0 { n = -n; d = -d }
        let g = Exact.gcd(n < 0 ? -n : n, d)
        self.numerator = g > 1 ? n / g : n
        self.denominator = g > 1 ? d / g : d
    }

    /// Creates an integer value.
    public init(_ value: Int) { self.init(Int128(value), 1) }

    /// Zero.
    public static let zero = Exact(0, 1)
    /// One.
    public static let one = Exact(1, 1)

    /// Parses a plain decimal such as `1`, `0.25` or `-12.5` exactly (no exponent).
    public init?(decimal text: String) {
        var s = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard !s.isEmpty, parts.count <= 2, parts.count >= 1 else { return nil }
        let whole = parts[0]
        let frac = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && frac.isEmpty), frac.count <= 12, whole.count <= 18,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }), frac.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        var n: Int128 = 0
        for c in whole { n = n * 10 + Int128(c.asciiValue! - 48) }
        var d: Int128 = 1
        for c in frac { n = n * 10 + Int128(c.asciiValue! - 48); d *= 10 }
        self.init(negative ? -n : n, d)
    }

    /// Reads the form ``description`` writes: `n` or `n/d`.
    public init?(fraction text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let n = Int128(String(parts[0])) else { return nil }
        guard parts.count == 2 else {
            self.init(n, 1)
            return
        }
        guard let d = Int128(String(parts[1])), d != 0 else { return nil }
        self.init(n, d)
    }

    /// The nearest `Double` (correctly rounded while both parts fit in 53 bits).
    public var double: Double {
        // The generic Int128 → Double conversion is slow; scores nearly always fit in Int64.
        if let n = Int64(exactly: numerator), let d = Int64(exactly: denominator) { return Double(n) / Double(d) }
        return Double(numerator) / Double(denominator)
    }

    /// `numerator/denominator`, for logs and tests.
    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    public static func + (a: Exact, b: Exact) -> Exact {
        if a.denominator == b.denominator { return Exact(a.numerator + b.numerator, a.denominator) }
        return Exact(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    public static func - (a: Exact, b: Exact) -> Exact { a + Exact(-b.numerator, b.denominator) }
    public static func * (a: Exact, b: Exact) -> Exact {
        Exact(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    public static func / (a: Exact, b: Exact) -> Exact {
        precondition(b.numerator != 0, "division by zero")
        return Exact(a.numerator * b.denominator, a.denominator * b.numerator)
    }
    /// The negation.
    public static prefix func - (a: Exact) -> Exact { Exact(-a.numerator, a.denominator) }
    public static func += (a: inout Exact, b: Exact) { a = a + b }
    public static func < (a: Exact, b: Exact) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }
    /// Larger of two values.
    public static func max(_ a: Exact, _ b: Exact) -> Exact { a < b ? b : a }

    private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
        var x = a
        var y = b
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}

extension Sequence where Element == Exact {
    /// The exact sum.
    public func exactSum() -> Exact { reduce(Exact.zero, +) }
}
