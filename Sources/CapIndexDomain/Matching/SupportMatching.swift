/// The suggested support pairing of one region and year (SPEC 8).
public struct RegionMatching: Sendable, Equatable {
    /// The submission year.
    public var year: Int
    /// The region, as the register spells it.
    public var region: String
    /// Capacity C used.
    public var capacity: Int
    /// The solver's result: pairs, unmatched asks with reasons, provider loads.
    public var result: MatchResult
    /// The pairs suggested for y − 1 (recomputed), used for "fresh eyes".
    public var previousPairs: Set<MatchPairKey>
    /// Every offer of the year the evidence screened out, by provider and theme.
    public var screened: [ScreenedOffer]

    /// Creates a value with every field given.
    public init(
        year: Int, region: String, capacity: Int, result: MatchResult, previousPairs: Set<MatchPairKey>,
        screened: [ScreenedOffer] = []
    ) {
        self.year = year
        self.region = region
        self.capacity = capacity
        self.result = result
        self.previousPairs = previousPairs
        self.screened = screened
    }
}

/// Builds asks and offers from the current submissions and solves each region and year,
/// recomputing earlier years so that "fresh eyes" never depends on stored history.
/// Offers are screened by the evidence of each year (``ProviderScreening``), earlier
/// years included, so last year's pairs are the ones the same rules would suggest.
public struct SupportMatching {
    /// The framework in force.
    public let framework: Framework
    /// The LA register.
    public let register: LARegister
    /// The imported evidence the providers are screened by.
    public let evidence: EvidenceSource
    private let byYear: [Int: [StoredSubmission]]
    /// The same, by year and then region: each region's problem reads its own submissions,
    /// not every region's (a filter per region grew with the square of the register).
    private let byYearRegion: [Int: [String: [StoredSubmission]]]

    /// Matching over the given current submissions (all years), providers screened by `evidence`.
    public init(framework: Framework, register: LARegister, submissions: [StoredSubmission], evidence: EvidenceSource = NoEvidence()) {
        self.framework = framework
        self.register = register
        self.evidence = evidence
        byYear = Dictionary(grouping: submissions.filter(\.isCurrent), by: \.year)
        byYearRegion = byYear.mapValues { subs in
            Dictionary(grouping: subs.compactMap { s in register.row(s.laCode, in: s.year).map { (s, $0.region) } }, by: \.1)
                .mapValues { $0.map(\.0) }
        }
    }

    /// The asks, the eligible offers and the offers screened out, of one region and year.
    public func problem(year: Int, region: String, previousPairs: Set<MatchPairKey>) -> MatchProblem {
        let subs = byYearRegion[year]?[region] ?? []
        var asks: [MatchAsk] = []
        var offers: [MatchOffer] = []
        var screened: [ScreenedOffer] = []
        for s in subs {
            for e in s.themes {
                guard let theme = framework.theme(id: e.theme) else { continue }
                let n = max(e.need, ChallengeRules.needFloor(e.rating))
                if e.development || e.need >= 2 {
                    asks.append(MatchAsk(receiver: s.laCode, theme: e.theme, weightThirds: max(n, 1)))
                }
                guard e.rating.rawValue <= 2 && e.offer >= 2 else { continue }
                let reasons = ProviderScreening.reasons(laCode: s.laCode, year: year, entry: e, theme: theme, evidence: evidence)
                if reasons.isEmpty {
                    offers.append(
                        MatchOffer(
                            provider: s.laCode, theme: e.theme, offerThirds: e.offer,
                            qualityThirds: 4 - e.rating.rawValue))
                } else {
                    screened.append(ScreenedOffer(provider: s.laCode, theme: e.theme, reasons: reasons))
                }
            }
        }
        return MatchProblem(
            asks: asks, offers: offers, capacity: framework.matchingCapacity, previousPairs: previousPairs, screened: screened)
    }

    /// The matching of one region and year, with y − 1 (and before) recomputed first.
    public func match(year: Int, region: String) -> RegionMatching {
        let first = byYear.keys.min() ?? year
        var previous: Set<MatchPairKey> = []
        var result = MatchResult(pairs: [], unmatched: [], loads: [])
        var screened: [ScreenedOffer] = []
        for y in first...max(first, year) {
            let p = problem(year: y, region: region, previousPairs: previous)
            result = SupportMatcher.solve(p)
            screened = p.canonicalScreenedList
            if y == year { break }
            previous = Set(result.pairs.map { MatchPairKey(receiver: $0.receiver, provider: $0.provider) })
        }
        if year < first { previous = [] }
        return RegionMatching(
            year: year, region: region, capacity: framework.matchingCapacity, result: result,
            previousPairs: previous, screened: year < first ? [] : screened)
    }

    /// Every region and year that has submissions, optionally narrowed. Each region's
    /// years are solved once, in order, each year's pairs feeding the next year's
    /// "fresh eyes": the same results as ``match(year:region:)`` for each, without
    /// solving the early years again for every later one.
    public func matchAll(years: Set<Int>? = nil, regions: Set<String>? = nil) -> [RegionMatching] {
        guard let first = byYear.keys.min(), let last = byYear.keys.max() else { return [] }
        let lastWanted = years?.max().map { min($0, last) } ?? last
        var regionsByYear: [Int: Set<String>] = [:]
        for (y, subs) in byYear { regionsByYear[y] = Set(subs.compactMap { register.row($0.laCode, in: y)?.region }) }
        let allRegions = Set(regionsByYear.values.flatMap { $0 }).filter { regions?.contains($0) ?? true }
        var found: [RegionMatching] = []
        for region in allRegions {
            var previous: Set<MatchPairKey> = []
            guard lastWanted >= first else { continue }
            for y in first...lastWanted {
                let p = problem(year: y, region: region, previousPairs: previous)
                let result = SupportMatcher.solve(p)
                if (years?.contains(y) ?? true) && (regionsByYear[y]?.contains(region) ?? false) {
                    found.append(
                        RegionMatching(
                            year: y, region: region, capacity: framework.matchingCapacity, result: result, previousPairs: previous,
                            screened: p.canonicalScreenedList))
                }
                previous = Set(result.pairs.map { MatchPairKey(receiver: $0.receiver, provider: $0.provider) })
            }
        }
        return found.sorted { ($0.year, $0.region) < ($1.year, $1.region) }
    }
}
