/// Everything one region's matching run needs (SPEC 8).
public struct MatchProblem: Sendable {
    /// Asks to be served; duplicates of a (receiver, theme) are merged by the solver.
    public var asks: [MatchAsk]
    /// Eligible offers; duplicates of a (provider, theme) are merged by the solver.
    public var offers: [MatchOffer]
    /// Maximum engagements per provider across all themes; negative counts as 0.
    public var capacity: Int
    /// Last year's (receiver, provider) pairs, for the "fresh eyes" tie-break.
    public var previousPairs: Set<MatchPairKey>
    /// Offers the evidence screened out: never used, only named as the reason an ask
    /// whose only candidates they were stays unmatched.
    public var screened: [ScreenedOffer]

    /// Creates a problem.
    public init(
        asks: [MatchAsk], offers: [MatchOffer], capacity: Int,
        previousPairs: Set<MatchPairKey> = [], screened: [ScreenedOffer] = []
    ) {
        self.asks = asks
        self.offers = offers
        self.capacity = capacity
        self.previousPairs = previousPairs
        self.screened = screened
    }
}

extension MatchProblem {
    /// Asks with weights clamped to 1…3, one per (receiver, theme), sorted by those.
    ///
    /// Sorting first is what makes the result independent of input order: the flow
    /// network is then built, and searched, in the same order every time. A duplicate
    /// ask keeps its highest weight, since the need it stands for is at least that.
    var canonicalAsks: [MatchAsk] {
        var byKey: [MatchCodePair: Int] = [:]
        for ask in asks {
            let key = MatchCodePair(first: ask.receiver, second: ask.theme)
            let weight = min(max(ask.weightThirds, 1), 3)
            byKey[key] = max(byKey[key] ?? weight, weight)
        }
        return
            byKey
            .map { MatchAsk(receiver: $0.key.first, theme: $0.key.second, weightThirds: $0.value) }
            .sorted { ($0.receiver, $0.theme) < ($1.receiver, $1.theme) }
    }

    /// Offers with values clamped to 0…3, one per (provider, theme), sorted by those.
    ///
    /// A duplicate offer keeps the one with the higher offer + quality (then the
    /// higher offer), i.e. the best the provider has credibly put forward.
    var canonicalOffers: [MatchOffer] {
        var byKey: [MatchCodePair: MatchOffer] = [:]
        for raw in offers {
            let key = MatchCodePair(first: raw.provider, second: raw.theme)
            let offer = MatchOffer(
                provider: raw.provider, theme: raw.theme,
                offerThirds: min(max(raw.offerThirds, 0), 3),
                qualityThirds: min(max(raw.qualityThirds, 0), 3))
            if let kept = byKey[key], Self.rank(kept) >= Self.rank(offer) { continue }
            byKey[key] = offer
        }
        return byKey.values.sorted { ($0.provider, $0.theme) < ($1.provider, $1.theme) }
    }

    /// Screened offers by theme, one per (provider, theme), sorted by provider.
    ///
    /// A duplicate keeps every reason of both, in a fixed order, so the result does not
    /// depend on which came first.
    var canonicalScreened: [String: [ScreenedOffer]] {
        var byKey: [MatchCodePair: [ScreeningReason]] = [:]
        for s in screened { byKey[MatchCodePair(first: s.provider, second: s.theme), default: []] += s.reasons }
        let merged = byKey.map { key, reasons in
            let unique = Set(reasons).sorted { ($0.rank, "\($0)") < ($1.rank, "\($1)") }
            return ScreenedOffer(provider: key.first, theme: key.second, reasons: unique)
        }
        return Dictionary(grouping: merged.sorted { ($0.provider, $0.theme) < ($1.provider, $1.theme) }, by: \.theme)
    }

    /// The screened offers, one per (provider, theme), sorted by those.
    var canonicalScreenedList: [ScreenedOffer] {
        canonicalScreened.values.flatMap { $0 }.sorted { ($0.provider, $0.theme) < ($1.provider, $1.theme) }
    }

    /// Capacity with negatives read as zero.
    var canonicalCapacity: Int { max(capacity, 0) }

    private static func rank(_ offer: MatchOffer) -> (Int, Int) {
        (offer.offerThirds + offer.qualityThirds, offer.offerThirds)
    }
}

/// A pair of codes used as a dictionary key while canonicalising.
struct MatchCodePair: Hashable {
    var first: String
    var second: String
}
