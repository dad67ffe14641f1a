import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// SPEC 8 through the matching stage: asks and offers built from submissions.
struct SupportMatchingTests {
    typealias T = ScoringFixtures.T

    @Test func workedExampleMatchesCsv() throws {
        let run = try PipelineRun.workedExample()
        let table = try #require(try run.export()["matches"])
        let diffs = try CSVCompare.differences(actual: table.csv(), expectedFile: Repo.fixture("worked-example/expected/matches.csv"))
        #expect(diffs.isEmpty, "\(diffs)")
        let m = try Matcher(store: run.store).supportMatching().match(year: 2026, region: "Example Region")
        #expect(m.result.matchedCount == 1)
        #expect(m.result.totalScoreThirds == 8)
        #expect(m.result.freshCount == 0, "(103, 101) was suggested for 2025 too")
        #expect(m.previousPairs == [MatchPairKey(receiver: "102", provider: "101"), MatchPairKey(receiver: "103", provider: "101")])
        // Ashdown's workforce offer is screened out: turnover 2025 in band D (its W105 of 2026).
        #expect(m.result.unmatched.map(\.reason) == [.noProvider, .noProvider, .providersScreened])
        let screened = try #require(m.result.unmatched.last)
        #expect(screened.ask.receiver == "103" && screened.ask.theme == "workforce")
        #expect(
            screened.excluded == [
                ScreenedOffer(
                    provider: "101", theme: "workforce",
                    reasons: [.indicatorsInBandD([IndicatorBandFact(indicator: "sw_turnover_pct", period: 2025, band: "D")])])
            ])
        #expect(m.screened == screened.excluded)
        #expect(m.result.loads == [MatchProviderLoad(provider: "101", load: 1)])
    }

    private func matching(_ subs: [StoredSubmission], las: Int, capacity: Int = 2, regions: [String]? = nil) -> SupportMatching {
        var fw = ScoringFixtures.framework(themes: 2)
        fw.matchingCapacity = capacity
        var reg = ScoringFixtures.register(las: las)
        if let regions {
            reg = LARegister(
                rows: reg.rows.enumerated().map { i, r in
                    var r = r; r.region = regions[i]; return r
                })
        }
        return SupportMatching(framework: fw, register: reg, submissions: subs)
    }

    @Test func asksAndProvidersFollowTheRules() {
        let subs = [
            ScoringFixtures.submission("101", 2026, [T(r: 3, d: 1, dev: true), T(r: 2, d: 2)]),  // two asks: dev, need ≥ 2
            ScoringFixtures.submission("102", 2026, [T(r: 2, f: 2), T(r: 2, f: 1)]),  // offers t1 only (offer ≥ 2)
            // Rated 3 offers nothing; need floor 2 → no ask without dev/d≥2.
            ScoringFixtures.submission("103", 2026, [T(r: 3, f: 3), T(r: 4, d: 1)]),
        ]
        let p = matching(subs, las: 3).problem(year: 2026, region: "R", previousPairs: [])
        #expect(p.asks.map { "\($0.receiver) \($0.theme) \($0.weightThirds)" } == ["101 t1 1", "101 t2 2"])
        #expect(p.offers.map { "\($0.provider) \($0.theme) \($0.offerThirds) \($0.qualityThirds)" } == ["102 t1 2 2"])
    }

    @Test func capacityAndUnmatchedReasons() {
        // Three LAs ask on t1; 104 is the only provider with C = 2; nobody offers t2.
        let subs = [
            ScoringFixtures.submission("101", 2026, [T(r: 3, d: 2, dev: true), T(r: 3, dev: true)]),
            ScoringFixtures.submission("102", 2026, [T(r: 3, d: 1, dev: true), T(r: 2)]),
            ScoringFixtures.submission("103", 2026, [T(r: 4, d: 3, dev: true), T(r: 2)]),
            ScoringFixtures.submission("104", 2026, [T(r: 1, f: 3), T(r: 2)]),
        ]
        let m = matching(subs, las: 4).match(year: 2026, region: "R")
        #expect(m.result.pairs.map(\.receiver) == ["101", "103"], "the two heaviest asks")
        #expect(m.result.unmatched.contains { $0.ask.receiver == "102" && $0.reason == .providersAtCapacity })
        #expect(m.result.unmatched.contains { $0.ask.receiver == "101" && $0.ask.theme == "t2" && $0.reason == .noProvider })
        #expect(m.result.loads == [MatchProviderLoad(provider: "104", load: 2)])
    }

    @Test func selfExclusionAndRegionBoundary() {
        // 101 asks on t1 and offers on t1 itself; 102 offers t1 but is in another region.
        let subs = [
            ScoringFixtures.submission("101", 2026, [T(r: 2, f: 3, d: 2), T(r: 2)]),
            ScoringFixtures.submission("102", 2026, [T(r: 1, f: 3), T(r: 2)]),
        ]
        let m = matching(subs, las: 2, regions: ["North", "South"]).match(year: 2026, region: "North")
        #expect(m.result.pairs.isEmpty)
        #expect(m.result.unmatched.map(\.reason) == [.noProvider])
    }
}
