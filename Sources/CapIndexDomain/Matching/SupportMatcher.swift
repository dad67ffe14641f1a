/// Exact matcher of asks to offers within one region (SPEC 8).
///
/// The matching is a min-cost max-flow on the network
/// `source → ask (cap 1) → provider (cap 1, one edge per usable offer) → sink (cap C)`.
/// The lexicographic objective — most asks matched, then highest Σ 3·(w + o + q),
/// then most "fresh eyes" pairs — is encoded exactly:
///
/// * Level 1 is the flow value itself: successive shortest paths ends at a maximum
///   flow, and it is min-cost among all flows of that value.
/// * Each ask → provider edge has value `v = M·s + f`, with `s` the score in thirds
///   (1…9) and `f` = 1 for a fresh pair. With `M = A + 1` (A = number of asks) the
///   fresh total of any matching is at most A < M, so Σ v orders matchings by Σ s
///   first and Σ f second: if Σ s₁ > Σ s₂ then Σ v₁ ≥ M·Σ s₂ + M > Σ v₂.
/// * The edge cost is `K − v` with `K = 9M + 1 ≥ v`, so costs are non-negative (no
///   initial Bellman–Ford needed). Every flow of value k crosses exactly k ask →
///   provider edges, so its cost is `k·K − Σ v`: among maximum flows, least cost is
///   exactly greatest Σ v.
///
/// Overflow: every cost is in 0…K; a residual path has fewer than V = A + P + 2
/// edges, so distances are below V·K in magnitude, and potentials grow by at most
/// that per phase over at most A phases. For A = 10,000 asks and P ≤ 10,000
/// providers that is about 10⁴ · 2·10⁴ · 9·10⁴ ≈ 2·10¹³, far inside Int64; `solve`
/// checks the general bound (A + 1)·V·K·4 before building anything.
public enum SupportMatcher {
    /// Solves `problem` exactly; the same problem always gives the same result,
    /// whatever the order of its arrays.
    public static func solve(_ problem: MatchProblem) -> MatchResult {
        let asks = problem.canonicalAsks
        let offers = problem.canonicalOffers
        let capacity = problem.canonicalCapacity
        var providers: [String] = []
        var providerIndex: [String: Int] = [:]
        var offersByTheme: [String: [Int]] = [:]
        for (index, offer) in offers.enumerated() {
            if providerIndex[offer.provider] == nil {
                providerIndex[offer.provider] = providers.count
                providers.append(offer.provider)
            }
            offersByTheme[offer.theme, default: []].append(index)
        }

        let multiplier = Int64(asks.count + 1)
        let shift = 9 * multiplier + 1
        let nodeCount = asks.count + providers.count + 2
        checkNoOverflow(asks: asks.count, nodes: nodeCount, shift: shift)
        let source = 0
        let sink = nodeCount - 1
        let firstProvider = asks.count + 1
        var network = MatchFlowNetwork(nodeCount: nodeCount)

        // Candidate edges per ask, in provider order (offers are sorted by provider).
        var candidates: [[(edge: Int, pair: MatchedPair)]] = []
        for (askIndex, ask) in asks.enumerated() {
            network.addEdge(from: source, to: askIndex + 1, capacity: 1, cost: 0)
            var options: [(edge: Int, pair: MatchedPair)] = []
            for offerIndex in offersByTheme[ask.theme] ?? [] {
                let offer = offers[offerIndex]
                // Self-exclusion: an LA never serves its own ask.
                if offer.provider == ask.receiver { continue }
                let score = ask.weightThirds + offer.offerThirds + offer.qualityThirds
                let key = MatchPairKey(receiver: ask.receiver, provider: offer.provider)
                let fresh = !problem.previousPairs.contains(key)
                let value = multiplier * Int64(score) + (fresh ? 1 : 0)
                let edge = network.addEdge(
                    from: askIndex + 1,
                    to: firstProvider + providerIndex[offer.provider]!,
                    capacity: 1, cost: shift - value)
                let pair = MatchedPair(
                    receiver: ask.receiver, theme: ask.theme,
                    provider: offer.provider, scoreThirds: score, isFresh: fresh)
                options.append((edge, pair))
            }
            candidates.append(options)
        }
        for index in providers.indices {
            network.addEdge(from: firstProvider + index, to: sink, capacity: capacity, cost: 0)
        }
        _ = network.minCostMaxFlow(source: source, sink: sink)

        return extract(
            asks: asks, providers: providers, candidates: candidates, screened: problem.canonicalScreened, network: network)
    }

    /// Reads the chosen edges back into pairs, unmatched asks and loads.
    private static func extract(
        asks: [MatchAsk], providers: [String],
        candidates: [[(edge: Int, pair: MatchedPair)]], screened: [String: [ScreenedOffer]],
        network: MatchFlowNetwork
    ) -> MatchResult {
        var pairs: [MatchedPair] = []
        var unmatched: [UnmatchedAsk] = []
        var loadByProvider: [String: Int] = [:]
        // Asks are already sorted by (receiver, theme), so both lists come out sorted.
        for (askIndex, ask) in asks.enumerated() {
            let options = candidates[askIndex]
            if let chosen = options.first(where: { network.flow(onEdge: $0.edge) > 0 }) {
                pairs.append(chosen.pair)
                loadByProvider[chosen.pair.provider, default: 0] += 1
            } else {
                // Screened offers never enter the network; they only say why an ask had no candidate.
                let excluded = (screened[ask.theme] ?? []).filter { $0.provider != ask.receiver }
                let reason: UnmatchedReason =
                    !options.isEmpty ? .providersAtCapacity : (excluded.isEmpty ? .noProvider : .providersScreened)
                unmatched.append(UnmatchedAsk(ask: ask, reason: reason, excluded: excluded))
            }
        }
        let loads = providers.map { MatchProviderLoad(provider: $0, load: loadByProvider[$0] ?? 0) }
        return MatchResult(pairs: pairs, unmatched: unmatched, loads: loads)
    }

    /// Traps if the cost arithmetic could leave Int64 (see the type's comment).
    private static func checkNoOverflow(asks: Int, nodes: Int, shift: Int64) {
        var bound = Int64(asks + 1)
        for factor in [Int64(nodes), shift, 4] {
            let (product, overflow) = bound.multipliedReportingOverflow(by: factor)
            precondition(!overflow, "matching problem too large for Int64 costs")
            bound = product
        }
    }
}
