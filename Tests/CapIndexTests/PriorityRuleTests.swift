import Testing

@testable import CapIndexDomain

/// SPEC 3 (version 4): the evidence share of a theme and the regional priorities —
/// each of the three conditions alone, a blank evidence share, and ties in each key.
@Suite struct PriorityRuleTests {
    typealias T = ScoringFixtures.T

    /// A framework whose theme tN links indicator iN.
    static func framework(themes: Int, k: Int = 3) -> Framework {
        var fw = ScoringFixtures.framework(themes: themes, k: k)
        for i in fw.themes.indices { fw.themes[i].indicators = ["i\(i + 1)"] }
        return fw
    }

    static func score(_ subs: [StoredSubmission], themes: Int = 1, k: Int = 3, evidence: EvidenceSource = NoEvidence()) -> [ThemeBalance] {
        let las = Set(subs.map(\.laCode)).count
        let engine = ScoringEngine(
            framework: framework(themes: themes, k: k), register: ScoringFixtures.register(las: las), evidence: evidence)
        return engine.score(subs).balances.filter { $0.year == 2026 }
    }

    /// Three LAs rating one theme the same way, LA 101 first.
    static func three(_ t: (Int) -> T) -> [StoredSubmission] {
        (0..<3).map { ScoringFixtures.submission("\(101 + $0)", 2026, [t($0)]) }
    }

    @Test func negativeBalanceAlone() throws {
        // Rated 3, need 1: supply 0, demand 1 — balance −33.3; nobody names it; no evidence.
        let b = try #require(Self.score(Self.three { _ in T(r: 3, d: 1) }).first)
        #expect(b.balance == Exact(-100, 3))
        #expect(b.devShare == .zero && b.evidenceShare == nil)
        #expect(b.conditions == [.negativeBalance])
        #expect(b.priorityRank == 1)
    }

    @Test func developmentAloneAtExactlyAThird() throws {
        let b = try #require(Self.score(Self.three { T(r: 2, f: 2, dev: $0 == 0) }).first)
        #expect(b.balance > .zero && b.devShare == Exact(1, 3))
        #expect(b.conditions == [.development])
        #expect(b.priorityRank == 1)
    }

    @Test func evidenceAloneAtExactlyAThird() throws {
        var ev = FakeEvidence()
        ev.band("101", "i1", 2025, "D")
        ev.band("102", "i1", 2025, "A")
        ev.band("103", "i1", 2025, "B")
        ev.band("102", "i1", 2024, "D")  // an older period: not the one used for 2026
        let b = try #require(Self.score(Self.three { _ in T(r: 2, f: 2) }, evidence: ev).first)
        #expect(b.balance > .zero && b.devShare == .zero)
        #expect(b.evidenceShare == Exact(1, 3))
        #expect(b.conditions == [.evidence])
        #expect(b.priorityRank == 1)
        // One LA in four is below a third: not a candidate.
        var four = Self.three { _ in T(r: 2, f: 2) }
        four.append(ScoringFixtures.submission("104", 2026, [T(r: 2, f: 2)]))
        ev.band("104", "i1", 2025, "C")
        let q = try #require(Self.score(four, evidence: ev).first)
        #expect(q.evidenceShare == Exact(1, 4))
        #expect(!q.isCandidate && q.priorityRank == nil)
    }

    @Test func evidenceShareIsBlankOnlyWhenNothingIsBanded() throws {
        let good = Self.three { _ in T(r: 2, f: 2) }
        // No band anywhere: blank, not zero.
        #expect(try #require(Self.score(good).first).evidenceShare == nil)
        // Bands exist in England (an LA of another region) but none for these LAs: zero.
        var ev = FakeEvidence()
        ev.band("999", "i1", 2025, "D")
        let zero = try #require(Self.score(good, evidence: ev).first)
        #expect(zero.evidenceShare == .zero)
        #expect(!zero.isCandidate)
        // Bands only in a period after the year: nothing is used for 2026.
        var later = FakeEvidence()
        later.band("101", "i1", 2027, "D")
        #expect(try #require(Self.score(good, evidence: later).first).evidenceShare == nil)
        // A theme without linked indicators is blank whatever is imported.
        var fw = ScoringFixtures.framework(themes: 1)
        fw.themes[0].indicators = []
        let engine = ScoringEngine(framework: fw, register: ScoringFixtures.register(las: 3), evidence: ev)
        #expect(engine.score(good).balances.first?.evidenceShare == nil)
    }

    /// A balance row with the given keys, its candidacy from the rule.
    static func row(_ theme: String, balance: Exact, dev: Exact, evidence: Exact?) -> ThemeBalance {
        var b = ThemeBalance(
            year: 2026, region: "R", theme: theme, rated: 3, supply: .zero, demand: .zero, balance: balance, devShare: dev,
            strShare: .zero, evidenceShare: evidence, isCandidate: false)
        b.isCandidate = !b.conditions.isEmpty
        return b
    }

    static func ranks(_ rows: [ThemeBalance], k: Int) -> [Int?] {
        var rows = rows
        BalanceRules.assignPriorities(&rows, k: k)
        return rows.map(\.priorityRank)
    }

    @Test func balanceFirstThenDevelopmentShare() {
        let third = Exact(1, 3)
        // t1 and t2 tie on balance; t2 has the higher dev_share, so it ranks first; t3 has the lowest balance.
        let rows = [
            Self.row("t1", balance: Exact(-10), dev: third, evidence: .one),
            Self.row("t2", balance: Exact(-10), dev: Exact(2, 3), evidence: nil),
            Self.row("t3", balance: Exact(-20), dev: .zero, evidence: nil),
        ]
        #expect(Self.ranks(rows, k: 3) == [3, 2, 1])
        #expect(Self.ranks(rows, k: 2) == [nil, 2, 1], "the first K only")
    }

    @Test func thenEvidenceShareWithBlankAsZero() {
        let third = Exact(1, 3)
        // Equal balance and dev_share: evidence_share descending; blank counts as 0, so
        // t1 (blank) and t3 (0) tie and keep framework order, after t2 (1/2).
        let rows = [
            Self.row("t1", balance: Exact(5), dev: third, evidence: nil),
            Self.row("t2", balance: Exact(5), dev: third, evidence: Exact(1, 2)),
            Self.row("t3", balance: Exact(5), dev: third, evidence: .zero),
        ]
        #expect(Self.ranks(rows, k: 3) == [2, 1, 3])
        // With t1 and t3 swapped in the framework, framework order decides again.
        #expect(Self.ranks([rows[2], rows[1], rows[0]], k: 3) == [2, 1, 3])
    }

    @Test func thenFrameworkOrder() {
        let half = Exact(1, 2)
        let rows = (1...4).map { Self.row("t\($0)", balance: Exact(-1), dev: half, evidence: half) }
        #expect(Self.ranks(rows, k: 3) == [1, 2, 3, nil])
    }

    @Test func evidenceShareTiesThroughTheEngine() throws {
        // Two themes, both balance +66.7 and dev_share 0: t2 has 2 of 3 LAs in band D, t1
        // 1 of 3, so t2 ranks first although t1 comes first in the framework.
        var ev = FakeEvidence()
        ev.band("101", "i1", 2025, "D")
        ev.band("101", "i2", 2025, "D")
        ev.band("102", "i2", 2025, "D")
        ev.band("103", "i2", 2025, "A")
        let subs = (0..<3).map { ScoringFixtures.submission("\(101 + $0)", 2026, [T(r: 2, f: 2), T(r: 2, f: 2)]) }
        let b = Self.score(subs, themes: 2, evidence: ev)
        #expect(b.map(\.evidenceShare) == [Exact(1, 3), Exact(2, 3)])
        #expect(b.map(\.priorityRank) == [2, 1])
        #expect(b.allSatisfy { $0.conditions == [.evidence] })
    }

    @Test func allThreeConditionsAreNamed() throws {
        var ev = FakeEvidence()
        ev.band("101", "i1", 2025, "D")
        let b = try #require(Self.score(Self.three { T(r: 3, d: 2, dev: $0 == 0) }, evidence: ev).first)
        #expect(b.conditions == [.negativeBalance, .development, .evidence])
    }
}
