import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// SPEC 5 quartile bands (type-7 percentiles, interval ends, polarity) and ranks.
@Suite struct EvidenceBandTests {
    @Test func type7QuantilesMatchR() {
        // R: quantile(c(19.5, 21, 33, 24)) → 20.625 22.5 26.25
        let q = QuartileBanding.quartiles([19.5, 21, 33, 24])
        #expect(q == Quartiles(q1: 20.625, q2: 22.5, q3: 26.25))
        // R: quantile(1:10) → 3.25 5.5 7.75
        #expect(QuartileBanding.quartiles((1...10).map(Double.init)) == Quartiles(q1: 3.25, q2: 5.5, q3: 7.75))
        #expect(QuartileBanding.quantile([5], 0.75) == 5)
    }

    @Test func fewerThanFourValuesGiveNoBand() {
        #expect(QuartileBanding.quartiles([1, 2, 3]) == nil)
        #expect(QuartileBanding.quartiles([1, 2, 3, 4]) != nil)
    }

    /// 1…9: Q1 = 3, Q2 = 5, Q3 = 7 exactly, so values sit on every interval end.
    @Test func bandsAtTheIntervalEndsForBothPolarities() throws {
        let q = try #require(QuartileBanding.quartiles((1...9).map(Double.init)))
        #expect(q == Quartiles(q1: 3, q2: 5, q3: 7))
        func bands(_ p: Polarity) -> [String] { (1...9).map { QuartileBanding.band(Double($0), q, polarity: p)!.rawValue } }
        // Lower is better: A = [min, Q1], B = (Q1, Q2], C = (Q2, Q3], D = (Q3, max].
        #expect(bands(.lower) == ["A", "A", "A", "B", "B", "C", "C", "D", "D"])
        // Higher is better: D = [min, Q1], C = (Q1, Q2], B = (Q2, Q3], A = (Q3, max].
        #expect(bands(.higher) == ["D", "D", "D", "C", "C", "B", "B", "A", "A"])
        #expect(QuartileBanding.band(5, q, polarity: .none) == nil)
    }

    @Test func interpolatedCutPointsCompareAfterRoundingToNineDecimals() throws {
        // 0.1 + 0.2 lands above 0.3 in binary; the published 0.3 is still on Q1.
        let q = Quartiles(q1: 0.1 + 0.2, q2: 0.5, q3: 0.7)
        #expect(QuartileBanding.band(0.3, q, polarity: .lower) == .a)
        #expect(QuartileBanding.band(0.3, q, polarity: .higher) == .d)
        #expect(QuartileBanding.band(0.300000001, q, polarity: .lower) == .b)
        // Q1 interpolated: 16.1, 16.2, 16.3, 16.4, 16.5 → h = 1 → 16.2 exactly at the value.
        let q2 = try #require(QuartileBanding.quartiles([16.5, 16.1, 16.4, 16.2, 16.3]))
        #expect(QuartileBanding.band(16.2, q2, polarity: .lower) == .a)
        #expect(QuartileBanding.band(16.4, q2, polarity: .lower) == .c)
        #expect(QuartileBanding.band(16.5, q2, polarity: .lower) == .d)
    }

    @Test func ranksTiesTakeTheLowestRank() throws {
        let values: [(String, Double)] = [("a", 24), ("b", 15), ("c", 9.5), ("d", 18.2), ("e", 18.2)]
        #expect(QuartileBanding.ranks(values, polarity: .lower) == ["c": 1, "b": 2, "d": 3, "e": 3, "a": 5])
        #expect(QuartileBanding.ranks(values, polarity: .higher) == ["a": 1, "d": 2, "e": 2, "b": 4, "c": 5])
        #expect(QuartileBanding.ranks(values, polarity: .none) == nil)
        // Ties through float noise.
        #expect(QuartileBanding.ranks([("x", 0.1 + 0.2), ("y", 0.3), ("z", 0.2)], polarity: .lower) == ["z": 1, "x": 2, "y": 2])
    }

    @Test func distributionsOfStoredValues() throws {
        let store = try EvidenceFixtures.realStore()
        // sw_turnover_pct (lower) 2025 for 3 LAs only, 2024 for 4 (one missing).
        try EvidenceFixtures.importIndicators(store, [EvidenceFixtures.evidence("lait-release-1.csv")])
        var index = try store.evidenceIndex()
        let d2024 = try #require(index.distribution(indicator: "sw_turnover_pct", period: 2024))
        #expect(d2024.count == 4)
        #expect(d2024.bands == ["370": .a, "380": .b, "381": .c, "382": .d])
        #expect(d2024.nationalRanks == ["370": 1, "380": 2, "381": 3, "382": 4])
        #expect(d2024.regionalRanks == d2024.nationalRanks)
        #expect(d2024.englandMean == 13)
        try EvidenceFixtures.importIndicators(store, [EvidenceFixtures.evidence("lait-release-2.csv")])
        index = try store.evidenceIndex()
        let d2025 = try #require(index.distribution(indicator: "sw_turnover_pct", period: 2025))
        #expect(d2025.count == 3 && d2025.bands.isEmpty && d2025.nationalRanks.isEmpty && d2025.quartiles == nil)
        #expect(index.bands(laCode: "370", indicators: ["sw_turnover_pct"], year: 2025).isEmpty)
        // The period used for 2026 is 2025 (the latest with any value), with no fall-back to 2024.
        #expect(index.periodUsed(indicator: "sw_turnover_pct", year: 2026) == 2025)
        #expect(index.periodUsed(indicator: "sw_turnover_pct", year: 2024) == 2024)
        #expect(index.periodUsed(indicator: "sw_turnover_pct", year: 2023) == nil)
        #expect(
            index.bands(laCode: "383", indicators: ["sw_turnover_pct"], year: 2024) == [
                IndicatorBandFact(indicator: "sw_turnover_pct", period: 2024, band: "D")
            ])
    }
}
