import Testing

@testable import CapIndexDomain

/// SPEC 8 (version 4): a provider screened out by Ofsted or the indicator evidence is
/// never suggested — each reason alone, the cut-off date, the third unmatched reason,
/// and fresh eyes recomputed by the same screened rules.
@Suite struct ProviderScreeningTests {
    typealias T = ScoringFixtures.T

    /// Theme t1 links indicator i1 and Ofsted's help and protection; t2 links nothing.
    static func matching(_ subs: [StoredSubmission], las: Int, evidence: EvidenceSource, capacity: Int = 2) -> SupportMatching {
        var fw = ScoringFixtures.framework(themes: 2)
        fw.themes[0].indicators = ["i1"]
        fw.themes[0].ofsted = .helpProtection
        fw.matchingCapacity = capacity
        return SupportMatching(framework: fw, register: ScoringFixtures.register(las: las), submissions: subs, evidence: evidence)
    }

    /// 101 asks for support on t1; 102 offers it (Good, offer 3).
    static let askAndOffer = [
        ScoringFixtures.submission("101", 2026, [T(r: 3, d: 2, dev: true), T(r: 2)]),
        ScoringFixtures.submission("102", 2026, [T(r: 2, f: 3), T(r: 2)]),
    ]

    static func solve(_ ev: FakeEvidence, _ subs: [StoredSubmission] = askAndOffer, las: Int = 2) -> RegionMatching {
        matching(subs, las: las, evidence: ev).match(year: 2026, region: "R")
    }

    @Test func nothingImportedMeansNothingScreened() {
        let m = Self.solve(FakeEvidence())
        #expect(m.result.pairs.map(\.provider) == ["102"])
        #expect(m.screened.isEmpty)
    }

    @Test func ratedAboveOfstedAlone() throws {
        var ev = FakeEvidence()
        ev.judge("102", .helpProtection, .requiresImprovement, published: "2025-06-01")
        let m = Self.solve(ev)
        #expect(m.result.pairs.isEmpty)
        let u = try #require(m.result.unmatched.first)
        #expect(u.reason == .providersScreened)
        let j = OfstedFact(grade: .requiresImprovement, published: "2025-06-01")
        #expect(
            u.excluded == [
                ScreenedOffer(
                    provider: "102", theme: "t1", reasons: [.ratedAboveOfsted(area: .helpProtection, rating: .good, judgement: j)])
            ])
        // Rated the same as Ofsted's grade is not above it.
        var same = FakeEvidence()
        same.judge("102", .helpProtection, .good, published: "2025-06-01")
        #expect(Self.solve(same).result.pairs.map(\.provider) == ["102"])
    }

    @Test func onlyJudgementsPublishedBeforeTheFirstOfNovemberCount() {
        var ev = FakeEvidence()
        ev.judge("102", .helpProtection, .inadequate, published: "2026-11-01")
        ev.judge("102", .overall, .inadequate, published: "2026-11-01")
        #expect(Self.solve(ev).result.pairs.map(\.provider) == ["102"], "published on 1 November: too late for 2026")
        ev.judge("102", .overall, .inadequate, published: "2026-10-31")
        #expect(Self.solve(ev).result.pairs.isEmpty)
    }

    @Test func linkedIndicatorInBandDAlone() throws {
        var ev = FakeEvidence()
        ev.band("102", "i1", 2025, "D")
        ev.band("101", "i1", 2025, "A")
        let m = Self.solve(ev)
        #expect(m.result.pairs.isEmpty)
        let u = try #require(m.result.unmatched.first)
        #expect(u.reason == .providersScreened)
        #expect(u.excluded.first?.reasons == [.indicatorsInBandD([IndicatorBandFact(indicator: "i1", period: 2025, band: "D")])])
        // Band C is no reason.
        var c = FakeEvidence()
        c.band("102", "i1", 2025, "C")
        #expect(Self.solve(c).result.pairs.map(\.provider) == ["102"])
    }

    @Test func overallInadequateAloneOnAThemeWithoutAnOfstedLink() throws {
        // t2 links no Ofsted area and no indicator: only the overall judgement screens it.
        let subs = [
            ScoringFixtures.submission("101", 2026, [T(r: 2), T(r: 3, d: 2)]),
            ScoringFixtures.submission("102", 2026, [T(r: 2), T(r: 1, f: 2)]),
        ]
        var ev = FakeEvidence()
        ev.judge("102", .overall, .inadequate, published: "2024-02-01")
        let m = Self.solve(ev, subs)
        let u = try #require(m.result.unmatched.first)
        #expect(u.ask.theme == "t2" && u.reason == .providersScreened)
        #expect(u.excluded.first?.reasons == [.overallInadequate(published: "2024-02-01")])
        // A later overall judgement that is not Inadequate is the latest: not screened.
        ev.judge("102", .overall, .requiresImprovement, published: "2026-03-01")
        #expect(Self.solve(ev, subs).result.pairs.map(\.provider) == ["102"])
    }

    @Test func atCapacityWinsOverScreenedWhenAnEligibleProviderExists() throws {
        // 101 and 103 ask on t1; 102 (eligible, C = 1) and 104 (band D) offer it.
        let subs = [
            ScoringFixtures.submission("101", 2026, [T(r: 3, d: 3, dev: true), T(r: 2)]),
            ScoringFixtures.submission("102", 2026, [T(r: 1, f: 3), T(r: 2)]),
            ScoringFixtures.submission("103", 2026, [T(r: 3, d: 2, dev: true), T(r: 2)]),
            ScoringFixtures.submission("104", 2026, [T(r: 2, f: 3), T(r: 2)]),
        ]
        var ev = FakeEvidence()
        ev.band("104", "i1", 2025, "D")
        let m = Self.matching(subs, las: 4, evidence: ev, capacity: 1).match(year: 2026, region: "R")
        #expect(m.result.pairs.map { "\($0.receiver)←\($0.provider)" } == ["101←102"])
        let u = try #require(m.result.unmatched.first)
        #expect(u.ask.receiver == "103" && u.reason == .providersAtCapacity)
        #expect(u.excluded.map(\.provider) == ["104"], "the screened provider is still named")
        #expect(m.result.loads == [MatchProviderLoad(provider: "102", load: 1)], "a screened provider has no load line")
    }

    @Test func freshEyesComparesWithLastYearScreenedTheSameWay() {
        // 101 asks on t1 both years; 102 and 103 offer it identically. In 2025 102 is
        // screened (band D in 2025), so 2025's pair is 101←103 and 2026 prefers 102.
        func sub(_ la: String, _ y: Int, _ t: T) -> StoredSubmission { ScoringFixtures.submission(la, y, [t, T(r: 2)]) }
        var subs: [StoredSubmission] = []
        for y in [2025, 2026] {
            subs += [sub("101", y, T(r: 3, d: 2, dev: true)), sub("102", y, T(r: 2, f: 3)), sub("103", y, T(r: 2, f: 3))]
        }
        let unscreened = Self.matching(subs, las: 3, evidence: FakeEvidence())
        let plain = unscreened.match(year: 2026, region: "R")
        #expect(plain.previousPairs == [MatchPairKey(receiver: "101", provider: "102")], "without evidence 2025 takes 102")
        #expect(plain.result.pairs.map(\.provider) == ["103"])
        var ev = FakeEvidence()
        ev.band("102", "i1", 2025, "D")
        ev.band("102", "i1", 2026, "A")
        let screened = Self.matching(subs, las: 3, evidence: ev)
        let m = screened.match(year: 2026, region: "R")
        #expect(m.previousPairs == [MatchPairKey(receiver: "101", provider: "103")])
        #expect(m.result.pairs.map(\.provider) == ["102"])
        #expect(m.result.pairs.first?.isFresh == true)
        #expect(screened.matchAll(years: [2026], regions: ["R"]) == [m], "matchAll agrees with match")
    }

    @Test func sameInputSameResultWhateverTheOrder() {
        var ev = FakeEvidence()
        ev.band("102", "i1", 2025, "D")
        ev.judge("102", .overall, .inadequate, published: "2024-02-01")
        let a = Self.solve(ev, Self.askAndOffer)
        let b = Self.solve(ev, Self.askAndOffer.reversed())
        #expect(a == b)
        #expect(a.result.unmatched.first?.excluded.first?.reasons.count == 2)
    }
}
