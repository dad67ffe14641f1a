import CapIndexDomain
import Testing

// Tests for the SPEC 8 support matcher: worked example, exactness against brute
// force, the individual rules, determinism and a larger legality run.

private func matchAsk(_ receiver: String, _ theme: String, _ weight: Int) -> MatchAsk {
    MatchAsk(receiver: receiver, theme: theme, weightThirds: weight)
}

private func matchOffer(_ provider: String, _ theme: String, _ o: Int, _ q: Int) -> MatchOffer {
    MatchOffer(provider: provider, theme: theme, offerThirds: o, qualityThirds: q)
}

private func matchPair(_ receiver: String, _ provider: String) -> MatchPairKey {
    MatchPairKey(receiver: receiver, provider: provider)
}

/// SPEC 8 matcher tests; the suite type only namespaces the test functions.
@Suite struct MatchingSolverTests {
    @Test func workedExampleFromSpec() {
        let problem = MatchProblem(
            asks: [
                matchAsk("101", "children-in-care", 1), matchAsk("102", "children-in-care", 1),
                matchAsk("103", "front-door", 2), matchAsk("103", "workforce", 2),
            ],
            offers: [matchOffer("101", "front-door", 3, 3), matchOffer("101", "workforce", 2, 2)],
            capacity: 2,
            previousPairs: [matchPair("102", "101"), matchPair("103", "101")])
        let result = SupportMatcher.solve(problem)
        #expect(
            result.pairs == [
                MatchedPair(receiver: "103", theme: "front-door", provider: "101", scoreThirds: 8, isFresh: false),
                MatchedPair(receiver: "103", theme: "workforce", provider: "101", scoreThirds: 6, isFresh: false),
            ])
        #expect(
            result.unmatched == [
                UnmatchedAsk(ask: matchAsk("101", "children-in-care", 1), reason: .noProvider),
                UnmatchedAsk(ask: matchAsk("102", "children-in-care", 1), reason: .noProvider),
            ])
        #expect(result.loads == [MatchProviderLoad(provider: "101", load: 2)])
        #expect(result.pairs[0].score == 8.0 / 3)
        #expect(MatchingChecks.value(of: result) == [2, 14, 0])
        #expect(MatchingChecks.violations(result, problem).isEmpty)
    }

    @Test func matchesBruteForceOptimumOnRandomSmallInstances() {
        var rng = MatchingTestRNG(seed: 0x5EED_0008)
        for _ in 0..<300 {
            // Sizes stay small enough for exhaustive search to be instant in debug.
            let sizes = [2...6, 1...4, 0...7, 0...8, 0...3].map { Int.random(in: $0, using: &rng) }
            let problem = MatchingChecks.randomProblem(
                &rng, laCount: sizes[0], themeCount: sizes[1], askCount: sizes[2], offerCount: sizes[3],
                capacity: sizes[4], offerValues: 0...3, qualityValues: 0...3)
            let result = SupportMatcher.solve(problem)
            #expect(MatchingChecks.violations(result, problem).isEmpty, "\(problem)")
            let found = MatchingChecks.value(of: result)
            let best = MatchingChecks.bruteForceBest(problem)
            #expect(found == best, "solver \(found) vs brute force \(best) for \(problem)")
        }
    }

    @Test func providerServesAtMostCapacity() {
        let problem = MatchProblem(
            asks: [matchAsk("201", "sen", 3), matchAsk("202", "sen", 1), matchAsk("203", "sen", 2)],
            offers: [matchOffer("204", "sen", 3, 2)], capacity: 2)
        let result = SupportMatcher.solve(problem)
        // The two heaviest asks win the two places; the lightest one is the one left out.
        #expect(result.pairs.map(\.receiver) == ["201", "203"])
        #expect(result.unmatched == [UnmatchedAsk(ask: matchAsk("202", "sen", 1), reason: .providersAtCapacity)])
        #expect(result.loads == [MatchProviderLoad(provider: "204", load: 2)])
    }

    @Test func providerNeverServesItself() {
        let problem = MatchProblem(
            asks: [matchAsk("301", "sen", 1), matchAsk("303", "send-transport", 2)],
            offers: [
                matchOffer("301", "sen", 3, 3), matchOffer("302", "sen", 2, 0),
                matchOffer("303", "send-transport", 3, 3),
            ],
            capacity: 3)
        let result = SupportMatcher.solve(problem)
        // 301's own offer is better on paper, but 302 is the only legal provider.
        #expect(
            result.pairs == [
                MatchedPair(receiver: "301", theme: "sen", provider: "302", scoreThirds: 3, isFresh: true)
            ])
        #expect(result.unmatched == [UnmatchedAsk(ask: matchAsk("303", "send-transport", 2), reason: .noProvider)])
        #expect(result.loads.map(\.load) == [0, 1, 0])
        #expect(result.loads.map(\.provider) == ["301", "302", "303"])
    }

    @Test func beatsGreedyOnMatchedCount() {
        // Greedy by score takes 401←403 on "a" (9) first; 403 is then full, 402 gets
        // nobody and 404 goes unused: one match. The optimum uses 404 for 401.
        let problem = MatchProblem(
            asks: [matchAsk("401", "a", 3), matchAsk("402", "b", 1)],
            offers: [matchOffer("403", "a", 3, 3), matchOffer("403", "b", 3, 3), matchOffer("404", "a", 2, 0)],
            capacity: 1)
        let result = SupportMatcher.solve(problem)
        #expect(result.matchedCount == 2)
        #expect(result.pairs.map(\.provider) == ["404", "403"])
        #expect(result.totalScoreThirds == 5 + 7)
        #expect(result.unmatched.isEmpty)
    }

    @Test func freshEyesBreaksScoreTies() {
        // Both assignments score 16; only the crossed one avoids last year's pairs.
        let problem = MatchProblem(
            asks: [matchAsk("501", "t", 2), matchAsk("502", "t", 2)],
            offers: [matchOffer("503", "t", 3, 3), matchOffer("504", "t", 3, 3)],
            capacity: 1,
            previousPairs: [matchPair("501", "503"), matchPair("502", "504")])
        let result = SupportMatcher.solve(problem)
        #expect(result.pairs.map(\.provider) == ["504", "503"])
        #expect(result.freshCount == 2)
        #expect(result.totalScoreThirds == 16)
    }

    @Test func resultIgnoresInputOrder() {
        var rng = MatchingTestRNG(seed: 42)
        // Identical offer values make most matchings tie, which is where order could leak.
        let problem = MatchingChecks.randomProblem(
            &rng, laCount: 20, themeCount: 5, askCount: 45, offerCount: 40, capacity: 2,
            offerValues: 3...3, qualityValues: 3...3)
        let expected = SupportMatcher.solve(problem)
        #expect(MatchingChecks.violations(expected, problem).isEmpty)
        for _ in 0..<5 {
            var shuffled = problem
            shuffled.asks.shuffle(using: &rng)
            shuffled.offers.shuffle(using: &rng)
            #expect(SupportMatcher.solve(shuffled) == expected)
        }
    }

    @Test func mergesDuplicatesAndClampsInputs() {
        let problem = MatchProblem(
            asks: [matchAsk("601", "t", 1), matchAsk("601", "t", 3), matchAsk("602", "t", 0)],
            offers: [matchOffer("603", "t", 2, 0), matchOffer("603", "t", 3, 1), matchOffer("604", "u", 9, -1)],
            capacity: 1)
        let result = SupportMatcher.solve(problem)
        #expect(
            result.pairs == [
                MatchedPair(receiver: "601", theme: "t", provider: "603", scoreThirds: 7, isFresh: true)
            ])
        #expect(result.unmatched == [UnmatchedAsk(ask: matchAsk("602", "t", 1), reason: .providersAtCapacity)])
        #expect(
            result.loads == [
                MatchProviderLoad(provider: "603", load: 1),
                MatchProviderLoad(provider: "604", load: 0),
            ])

        var noRoom = problem
        noRoom.capacity = -1
        let empty = SupportMatcher.solve(noRoom)
        #expect(empty.pairs.isEmpty)
        #expect(empty.unmatched.map(\.reason) == [.providersAtCapacity, .providersAtCapacity])
        #expect(
            SupportMatcher.solve(MatchProblem(asks: [], offers: [], capacity: 2))
                == MatchResult(pairs: [], unmatched: [], loads: []))
    }

    @Test func largeRegionIsLegal() {
        var rng = MatchingTestRNG(seed: 2026)
        let problem = MatchingChecks.randomProblem(
            &rng, laCount: 150, themeCount: 12, askCount: 700, offerCount: 600, capacity: 2,
            offerValues: 2...3, qualityValues: 0...3)
        let clock = ContinuousClock()
        var result: MatchResult?
        let elapsed = clock.measure { result = SupportMatcher.solve(problem) }
        guard let result else { return }
        #expect(MatchingChecks.violations(result, problem).isEmpty)
        #expect(result.matchedCount > 0)
        print(
            "matcher: 150 LAs x 12 themes, \(problem.asks.count) asks, \(problem.offers.count) offers,"
                + " \(result.matchedCount) matched in \(elapsed)")
    }
}

/// SplitMix64, so the randomised tests see the same instances on every platform.
private struct MatchingTestRNG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Instance generation and independent checks shared by the tests above.
private enum MatchingChecks {
    /// A random problem with unique (LA, theme) asks and offers; some offers are
    /// self-offers, since asks and offers are drawn from the same (LA, theme) grid.
    static func randomProblem(
        _ rng: inout MatchingTestRNG, laCount: Int, themeCount: Int, askCount: Int,
        offerCount: Int, capacity: Int, offerValues: ClosedRange<Int>,
        qualityValues: ClosedRange<Int>
    ) -> MatchProblem {
        let las = (0..<laCount).map { String(100 + $0) }
        let themes = (0..<themeCount).map { "theme-\($0)" }
        let grid = las.flatMap { la in themes.map { (la, $0) } }
        let asks = grid.shuffled(using: &rng).prefix(askCount).map {
            matchAsk($0.0, $0.1, Int.random(in: 1...3, using: &rng))
        }
        let offers = grid.shuffled(using: &rng).prefix(offerCount).map {
            matchOffer(
                $0.0, $0.1, Int.random(in: offerValues, using: &rng),
                Int.random(in: qualityValues, using: &rng))
        }
        var previous: Set<MatchPairKey> = []
        for receiver in las {
            for provider in las where Int.random(in: 0..<4, using: &rng) == 0 {
                previous.insert(matchPair(receiver, provider))
            }
        }
        return MatchProblem(asks: asks, offers: offers, capacity: capacity, previousPairs: previous)
    }

    /// The objective vector: matched count, total score in thirds, fresh count.
    static func value(of result: MatchResult) -> [Int] {
        [result.matchedCount, result.totalScoreThirds, result.freshCount]
    }

    /// Best objective over every legal matching, by exhaustive search.
    static func bruteForceBest(_ problem: MatchProblem) -> [Int] {
        let asks = problem.asks
        var load: [String: Int] = [:]
        var best = (0, 0, 0)
        func search(_ index: Int, _ value: (Int, Int, Int)) {
            guard index < asks.count else {
                if value > best { best = value }
                return
            }
            search(index + 1, value)
            let a = asks[index]
            for o in problem.offers
            where o.theme == a.theme && o.provider != a.receiver
                && load[o.provider, default: 0] < problem.capacity
            {
                load[o.provider, default: 0] += 1
                let fresh = problem.previousPairs.contains(matchPair(a.receiver, o.provider)) ? 0 : 1
                search(
                    index + 1,
                    (
                        value.0 + 1, value.1 + a.weightThirds + o.offerThirds + o.qualityThirds,
                        value.2 + fresh
                    ))
                load[o.provider, default: 0] -= 1
            }
        }
        search(0, (0, 0, 0))
        return [best.0, best.1, best.2]
    }

    /// Every rule the result breaks, for a problem with unique, in-range inputs.
    static func violations(_ result: MatchResult, _ problem: MatchProblem) -> [String] {
        var found: [String] = []
        var offers: [String: MatchOffer] = [:]
        for o in problem.offers { offers[o.provider + "|" + o.theme] = o }
        var asks: [String: MatchAsk] = [:]
        for a in problem.asks { asks[a.receiver + "|" + a.theme] = a }
        var seen: Set<String> = []
        var load: [String: Int] = [:]
        for p in result.pairs {
            let key = p.receiver + "|" + p.theme
            guard let a = asks[key], let o = offers[p.provider + "|" + p.theme] else {
                found.append("no such ask/offer: \(p)"); continue
            }
            if !seen.insert(key).inserted { found.append("ask matched twice: \(key)") }
            if p.provider == p.receiver { found.append("self pair: \(p)") }
            if p.scoreThirds != a.weightThirds + o.offerThirds + o.qualityThirds { found.append("score: \(p)") }
            if p.isFresh == problem.previousPairs.contains(matchPair(p.receiver, p.provider)) {
                found.append("freshness: \(p)")
            }
            load[p.provider, default: 0] += 1
        }
        for u in result.unmatched {
            let key = u.ask.receiver + "|" + u.ask.theme
            if asks[key] == nil || !seen.insert(key).inserted { found.append("bad unmatched: \(u)") }
            let served = problem.offers.contains { $0.theme == u.ask.theme && $0.provider != u.ask.receiver }
            if (u.reason == .noProvider) == served { found.append("reason: \(u)") }
        }
        if seen.count != asks.count { found.append("asks missing from the result") }
        let providers = Set(problem.offers.map(\.provider)).sorted()
        let expectedLoads = providers.map { MatchProviderLoad(provider: $0, load: load[$0] ?? 0) }
        if result.loads != expectedLoads { found.append("loads: \(result.loads)") }
        if load.values.contains(where: { $0 > problem.capacity }) { found.append("over capacity") }
        let order = { (x: (String, String), y: (String, String)) in x < y }
        if !zip(result.pairs, result.pairs.dropFirst()).allSatisfy({
            order(($0.receiver, $0.theme), ($1.receiver, $1.theme))
        }) {
            found.append("pairs not sorted")
        }
        return found
    }
}
