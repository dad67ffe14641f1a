import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Scores sit exactly on thresholds often; these cases make a naive Double sum fall on
/// the wrong side (each test first shows that it does), and check capindex does not.
struct ScoringThresholdTests {
    typealias T = ScoringFixtures.T

    @Test func lciExactly75IsStrongCapacity() throws {
        let themes = [T(r: 2, f: 2, d: 1), T(r: 2, f: 3, d: 0), T(r: 2, f: 3, d: 1), T(r: 1, f: 0, d: 0)]
        // The trap: summing naive Double capacities gives 74.99999999999999.
        let naive = themes.map(ScoringFixtures.naiveC).reduce(0, +) / 4 * 100
        #expect(naive < 75)
        let engine = ScoringEngine(framework: ScoringFixtures.framework(themes: 4), register: ScoringFixtures.register(las: 1))
        let set = engine.score([ScoringFixtures.submission("101", 2026, themes)])
        let s = try #require(set.laScores.first)
        #expect(s.lci == Exact(75))
        #expect(s.lci.double == 75.0)
        #expect(s.band == "Strong capacity")
    }

    @Test func lciExactly40IsMixed() throws {
        let themes = [T(r: 2, f: 0, d: 3), T(r: 4, f: 1, d: 2), T(r: 2, f: 2, d: 3), T(r: 1), T(r: 1, f: 0, d: 1)]
        let naive = 100 * themes.map(ScoringFixtures.naiveC).reduce(0, +) / 5
        #expect(naive < 40)
        let engine = ScoringEngine(framework: ScoringFixtures.framework(themes: 5), register: ScoringFixtures.register(las: 1))
        let s = try #require(engine.score([ScoringFixtures.submission("101", 2026, themes)]).laScores.first)
        #expect(s.lci == Exact(40))
        #expect(s.band == "Mixed")
    }

    @Test func bandLowerBoundsAreInclusive() {
        let fw = ScoringFixtures.framework(themes: 1)
        #expect(fw.band(for: Exact(55)).name == "Secure")
        #expect(fw.band(for: Exact(5499999, 100000)).name == "Mixed")
        #expect(fw.band(for: Exact(0)).name == "Support priority")
        #expect(fw.band(for: Exact(100)).name == "Strong capacity")
    }

    @Test func balanceExactlyZeroIsNotNegative() throws {
        // Nine LAs on one theme: supply and demand are both exactly 11/3 … but not in Double.
        let las = [
            T(r: 1, f: 3, d: 0), T(r: 1, f: 2, d: 2), T(r: 2, f: 0, d: 1), T(r: 3, f: 0, d: 1), T(r: 1, f: 0, d: 2),
            T(r: 3, f: 1, d: 1), T(r: 2, f: 2, d: 0), T(r: 1, f: 2, d: 1), T(r: 1, f: 2, d: 3),
        ]
        var supply = 0.0, demand = 0.0
        for t in las {
            supply += t.r <= 2 ? Double(t.f) / 3 : 0
            demand += max(Double(t.d) / 3, [0.0, 0, 0, 1.0 / 3, 2.0 / 3][t.r])
        }
        #expect(100 * (supply - demand) / 9 < 0, "the naive balance is a hair below zero")
        let engine = ScoringEngine(framework: ScoringFixtures.framework(themes: 1), register: ScoringFixtures.register(las: 9))
        let subs = las.enumerated().map { ScoringFixtures.submission("\(101 + $0)", 2026, [$1]) }
        let b = try #require(engine.score(subs).balances.first)
        #expect(b.balance == .zero)
        #expect(b.balance.double == 0)
        #expect(b.devShare == .zero)
        #expect(!b.isCandidate, "balance 0 and dev_share 0: not a priority candidate")
        #expect(b.priorityRank == nil)
    }

    @Test(arguments: [(3, 1), (6, 2), (9, 3), (12, 4), (15, 5)])
    func devShareExactlyOneThirdQualifies(las: Int, flagged: Int) throws {
        // Everyone rated Good with offer 2 and need 0: balance is positive, so only
        // dev_share ≥ 1/3 can make the theme a candidate.
        let engine = ScoringEngine(framework: ScoringFixtures.framework(themes: 1), register: ScoringFixtures.register(las: las))
        let subs = (0..<las).map { i in ScoringFixtures.submission("\(101 + i)", 2026, [T(r: 2, f: 2, d: 0, dev: i < flagged)]) }
        let b = try #require(engine.score(subs).balances.first)
        #expect(b.devShare == Exact(1, 3))
        #expect(b.balance > .zero)
        #expect(b.isCandidate)
        #expect(b.priorityRank == 1)
        // One fewer flag is below a third.
        let fewer = (0..<las).map { i in ScoringFixtures.submission("\(101 + i)", 2026, [T(r: 2, f: 2, d: 0, dev: i < flagged - 1)]) }
        #expect(engine.score(fewer).balances.first?.isCandidate == false)
    }

    @Test func prioritiesOrderAndCutOff() {
        // Four themes; balances −, −, 0 with dev 1/2, + ; K = 2.
        let fw = ScoringFixtures.framework(themes: 4, k: 2)
        let engine = ScoringEngine(framework: fw, register: ScoringFixtures.register(las: 2))
        let subs = [
            ScoringFixtures.submission("101", 2026, [T(r: 4, d: 3), T(r: 3, d: 1), T(r: 2, f: 0, d: 0, dev: true), T(r: 1, f: 3)]),
            ScoringFixtures.submission("102", 2026, [T(r: 4, d: 3), T(r: 3, d: 2), T(r: 1, f: 0, d: 0), T(r: 1, f: 3)]),
        ]
        let b = engine.score(subs).balances
        #expect(b.map(\.priorityRank) == [1, 2, nil, nil])
        #expect(b.map(\.isCandidate) == [true, true, true, false])
    }

    @Test func componentWeightsAreNormalised() {
        // a = 2, b = 1, g = 1 → a = 1/2, b = g = 1/4.
        let f = CapacityFormula(ComponentWeights(quality: 2, offer: 1, need: 1))
        #expect(f.a == Exact(1, 2) && f.b == Exact(1, 4) && f.g == Exact(1, 4))
        let s = f.score(ThemeEntry(theme: "t", rating: .requiresImprovement, offer: 3, need: 0), weight: .one)
        // q = 1/3, o = 0 (rated 3), n = floor 1/3 → c = 1/6 + 0 + 1/6.
        #expect(s.q == Exact(1, 3) && s.o == .zero && s.n == Exact(1, 3))
        #expect(s.c == Exact(1, 3))
    }

    @Test func decimalWeightsAreExact() {
        #expect(Exact(double: 0.1) == Exact(1, 10))
        #expect(Exact(decimal: "1.25") == Exact(5, 4))
        #expect(Exact(decimal: "abc") == nil)
    }
}
