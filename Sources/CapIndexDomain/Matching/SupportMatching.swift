/// The suggested support pairing of one region and year (SPEC 8).
public struct RegionMatching: Sendable, Equatable {
    public var year: Int
    public var region: String
    /// Capacity C used.
    public var capacity: Int
    /// The solver's result: pairs, unmatched asks with reasons, provider loads.
    public var result: MatchResult
    /// The pairs suggested for y − 1 (recomputed), used for "fresh eyes".
    public var previousPairs: Set<MatchPairKey>
}

/// Builds asks and offers from the current submissions and solves each region and year,
/// recomputing earlier years so that "fresh eyes" never depends on stored history.
public struct SupportMatching {
    public let framework: Framework
    public let register: LARegister
    private let byYear: [Int: [StoredSubmission]]

    /// Matching over the given current submissions (all years).
    public init(framework: Framework, register: LARegister, submissions: [StoredSubmission]) {
        self.framework = framework
        self.register = register
        byYear = Dictionary(grouping: submissions.filter(\.isCurrent), by: \.year)
    }

    /// The asks and eligible offers of one region and year.
    public func problem(year: Int, region: String, previousPairs: Set<MatchPairKey>) -> MatchProblem {
        let subs = (byYear[year] ?? []).filter { register.row($0.laCode, in: year)?.region == region }
        var asks: [MatchAsk] = []
        var offers: [MatchOffer] = []
        for s in subs {
            for e in s.themes where framework.theme(id: e.theme) != nil {
                let n = max(e.need, ChallengeRules.needFloor(e.rating))
                if e.development || e.need >= 2 {
                    asks.append(MatchAsk(receiver: s.laCode, theme: e.theme, weightThirds: max(n, 1)))
                }
                if e.rating.rawValue <= 2 && e.offer >= 2 {
                    offers.append(
                        MatchOffer(
                            provider: s.laCode, theme: e.theme, offerThirds: e.offer,
                            qualityThirds: 4 - e.rating.rawValue))
                }
            }
        }
        return MatchProblem(asks: asks, offers: offers, capacity: framework.matchingCapacity, previousPairs: previousPairs)
    }

    /// The matching of one region and year, with y − 1 (and before) recomputed first.
    public func match(year: Int, region: String) -> RegionMatching {
        let first = byYear.keys.min() ?? year
        var previous: Set<MatchPairKey> = []
        var result = MatchResult(pairs: [], unmatched: [], loads: [])
        for y in first...max(first, year) {
            result = SupportMatcher.solve(problem(year: y, region: region, previousPairs: previous))
            if y == year { break }
            previous = Set(result.pairs.map { MatchPairKey(receiver: $0.receiver, provider: $0.provider) })
        }
        if year < first { previous = [] }
        return RegionMatching(
            year: year, region: region, capacity: framework.matchingCapacity, result: result,
            previousPairs: previous)
    }

    /// Every region and year that has submissions, optionally narrowed.
    public func matchAll(years: Set<Int>? = nil, regions: Set<String>? = nil) -> [RegionMatching] {
        var out: [RegionMatching] = []
        for y in byYear.keys.sorted() where years?.contains(y) ?? true {
            let regs = Set((byYear[y] ?? []).compactMap { register.row($0.laCode, in: y)?.region })
            for r in regs.sorted() where regions?.contains(r) ?? true { out.append(match(year: y, region: r)) }
        }
        return out
    }
}
