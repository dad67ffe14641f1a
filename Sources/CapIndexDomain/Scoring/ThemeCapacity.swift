/// One theme's contribution to an LA's capacity (SPEC 3), every part exact.
public struct ThemeScore: Sendable, Equatable, Codable {
    /// Theme id.
    public var theme: String
    /// Self-assessed rating r.
    public var rating: Rating
    /// Declared offer f (0–3).
    public var offer: Int
    /// Declared need d (0–3).
    public var need: Int
    /// Quality q = (4 − r)/3.
    public var q: Exact
    /// Credible offer o = f/3 when r ≤ 2, else 0.
    public var o: Exact
    /// Need n = max(d/3, m), m the floor the rating implies.
    public var n: Exact
    /// Theme capacity c = a·q + b·o + g·(1 − n), weights normalised.
    public var c: Exact
    /// Theme weight w_t in the LCI.
    public var weight: Exact

    /// Creates a value with every field given.
    public init(theme: String, rating: Rating, offer: Int, need: Int, q: Exact, o: Exact, n: Exact, c: Exact, weight: Exact) {
        self.theme = theme
        self.rating = rating
        self.offer = offer
        self.need = need
        self.q = q
        self.o = o
        self.n = n
        self.c = c
        self.weight = weight
    }
}

extension Exact: Codable {
    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let e = Exact(fraction: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a fraction"))
        }
        self = e
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The capacity formula of SPEC 3.
public struct CapacityFormula: Sendable {
    /// a, b, g divided by their sum.
    public let a: Exact, b: Exact, g: Exact

    /// The formula with a framework's component weights.
    public init(_ weights: ComponentWeights) {
        let wa = Exact(double: weights.quality), wb = Exact(double: weights.offer), wg = Exact(double: weights.need)
        let sum = wa + wb + wg
        a = wa / sum
        b = wb / sum
        g = wg / sum
    }

    /// Quality q = (4 − r)/3.
    public static func quality(_ r: Rating) -> Exact { Exact(Int128(4 - r.rawValue), 3) }

    /// Credible offer o = f/3 when r ≤ 2, else 0 (an offer on a weak theme is discounted).
    public static func credibleOffer(_ f: Int, rating r: Rating) -> Exact { r.rawValue <= 2 ? Exact(Int128(f), 3) : .zero }

    /// Need n = max(d/3, m), with floor m = 0, 1/3, 2/3 for r 1–2, 3, 4.
    public static func need(_ d: Int, rating r: Rating) -> Exact {
        Exact.max(Exact(Int128(d), 3), Exact(Int128(ChallengeRules.needFloor(r)), 3))
    }

    /// Scores one theme entry.
    public func score(_ e: ThemeEntry, weight: Exact) -> ThemeScore {
        let q = Self.quality(e.rating)
        let o = Self.credibleOffer(e.offer, rating: e.rating)
        let n = Self.need(e.need, rating: e.rating)
        let c = a * q + b * o + g * (.one - n)
        return ThemeScore(theme: e.theme, rating: e.rating, offer: e.offer, need: e.need, q: q, o: o, n: n, c: c, weight: weight)
    }

    /// LCI = 100 · Σ w·c / Σ w over the scored themes.
    public static func lci(_ themes: [ThemeScore]) -> Exact {
        let wsum = themes.map(\.weight).exactSum()
        guard wsum != .zero else { return .zero }
        return Exact(100) * themes.map { $0.weight * $0.c }.exactSum() / wsum
    }
}
