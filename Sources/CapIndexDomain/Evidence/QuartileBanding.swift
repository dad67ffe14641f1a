import Foundation

/// A quartile band as LAIT shows it: A is the best quarter, D the worst.
public enum QuartileBand: String, Sendable, Codable, CaseIterable, Comparable {
    case a = "A", b = "B", c = "C", d = "D"

    public static func < (x: QuartileBand, y: QuartileBand) -> Bool { x.rawValue < y.rawValue }

    /// How reports describe it.
    public var title: String {
        switch self {
        case .a: "A, best quartile"
        case .b: "B, second quartile"
        case .c: "C, third quartile"
        case .d: "D, worst quartile"
        }
    }
}

/// Q1, Q2 and Q3 of a distribution.
public struct Quartiles: Sendable, Codable, Equatable {
    /// The 25th percentile.
    public var q1: Double
    /// The median.
    public var q2: Double
    /// The 75th percentile.
    public var q3: Double

    /// Creates a value with every field given.
    public init(q1: Double, q2: Double, q3: Double) {
        self.q1 = q1
        self.q2 = q2
        self.q3 = q3
    }
}

/// Quartile bands and ranks exactly as LAIT computes them (SPEC 5).
///
/// Values are published decimals, so they and the cut points are compared after rounding
/// both sides to 9 decimal places: a value equal to Q1 is in the band that ends at Q1
/// even when the interpolation left float noise on Q1.
public enum QuartileBanding {
    /// Fewer values than this give no band and no rank.
    public static let minimumCount = 4

    /// R's default `quantile` (type 7) of ascending `sorted`: h = (n − 1)·p,
    /// Q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋).
    public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        precondition(!sorted.isEmpty, "quantile of nothing")
        let h = Double(sorted.count - 1) * p
        let lo = Int(h.rounded(.down))
        let frac = h - Double(lo)
        guard lo + 1 < sorted.count, frac > 0 else { return sorted[lo] }
        return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo])
    }

    /// Q1, Q2, Q3 of `values` (any order); nil for fewer than 4 values.
    public static func quartiles(_ values: [Double]) -> Quartiles? {
        guard values.count >= minimumCount else { return nil }
        let s = values.sorted()
        return Quartiles(q1: quantile(s, 0.25), q2: quantile(s, 0.5), q3: quantile(s, 0.75))
    }

    /// The value rounded to 9 decimal places, as an integer count of 1e-9 (exact comparisons).
    @inline(__always)
    static func key(_ x: Double) -> Int64 {
        let scaled = (x * 1e9).rounded()
        if scaled >= 9.2e18 { return .max }
        if scaled <= -9.2e18 { return .min }
        return Int64(scaled)
    }

    /// The band of `value` given the quartiles: lower is better A = [min, Q1], B = (Q1, Q2],
    /// C = (Q2, Q3], D = (Q3, max]; higher is better D = [min, Q1], C = (Q1, Q2],
    /// B = (Q2, Q3], A = (Q3, max]. Nil for polarity none.
    public static func band(_ value: Double, _ q: Quartiles, polarity: Polarity) -> QuartileBand? {
        let v = key(value)
        let quarter: Int = v <= key(q.q1) ? 0 : v <= key(q.q2) ? 1 : v <= key(q.q3) ? 2 : 3
        switch polarity {
        case .lower: return [QuartileBand.a, .b, .c, .d][quarter]
        case .higher: return [QuartileBand.d, .c, .b, .a][quarter]
        case .none: return nil
        }
    }

    /// Competition ranks ("1224"): 1 is best, ties share the lowest rank. Keys are any
    /// identifiers; nil for polarity none.
    public static func ranks<K: Hashable>(_ values: [(K, Double)], polarity: Polarity) -> [K: Int]? {
        guard polarity != .none else { return nil }
        let keyed = values.map { ($0.0, key($0.1)) }
        let sorted = keyed.map(\.1).sorted(by: polarity == .lower ? (<) : (>))
        var out: [K: Int] = [:]
        for (k, v) in keyed {
            // Rank = 1 + the number of values strictly better.
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let better = polarity == .lower ? sorted[mid] < v : sorted[mid] > v
                if better { lo = mid + 1 } else { hi = mid }
            }
            out[k] = lo + 1
        }
        return out
    }
}
