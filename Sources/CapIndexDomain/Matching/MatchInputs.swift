/// One receiver LA's request for support on one theme (SPEC 8).
///
/// The weight is kept in integer thirds so that every score the matcher adds up is
/// an exact integer; `w = max(n, 1/3)` becomes `weightThirds = max(need, 1)`.
public struct MatchAsk: Sendable, Hashable {
    /// Code of the LA asking for support.
    public var receiver: String
    /// Theme the support is asked for.
    public var theme: String
    /// Ask weight in thirds, 1…3; the solver clamps anything outside that range.
    public var weightThirds: Int

    /// Creates an ask.
    public init(receiver: String, theme: String, weightThirds: Int) {
        self.receiver = receiver
        self.theme = theme
        self.weightThirds = weightThirds
    }
}

/// One provider LA's credible offer of support on one theme (SPEC 8).
///
/// The caller has already filtered offers for eligibility (same region, rating,
/// offer threshold); the solver only adds the rule that nobody serves itself.
public struct MatchOffer: Sendable, Hashable {
    /// Code of the LA offering support.
    public var provider: String
    /// Theme the support is offered on.
    public var theme: String
    /// Credible offer in thirds, 0…3 (2 or 3 once eligible); clamped by the solver.
    public var offerThirds: Int
    /// Provider quality on the theme in thirds, 0…3; clamped by the solver.
    public var qualityThirds: Int

    /// Creates an offer.
    public init(provider: String, theme: String, offerThirds: Int, qualityThirds: Int) {
        self.provider = provider
        self.theme = theme
        self.offerThirds = offerThirds
        self.qualityThirds = qualityThirds
    }
}

/// A (receiver, provider) LA pairing regardless of theme, used for last year's pairs.
///
/// Freshness is judged per LA pair, not per theme: a provider that helped a receiver
/// on any theme last year is not "fresh eyes" for that receiver this year.
public struct MatchPairKey: Sendable, Hashable {
    /// Code of the receiving LA.
    public var receiver: String
    /// Code of the providing LA.
    public var provider: String

    /// Creates a pair key.
    public init(receiver: String, provider: String) {
        self.receiver = receiver
        self.provider = provider
    }
}
