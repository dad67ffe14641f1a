import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports

/// Direction of travel (SPEC 5): up to five periods, the change from the previous period
/// with a value, and a word by polarity; gaps and missing codes never count as values.
@Suite struct DirectionOfTravelTests {
    typealias P = DirectionOfTravel.Point

    static func series(_ values: [Double?], codes: [Int: String] = [:]) -> [P] {
        values.enumerated().map { i, v in P(period: 2021 + i, label: "Reporting year \(2021 + i)", value: v, missingCode: codes[i]) }
    }

    @Test func aGapAndAMissingCodeAreSkippedForTheChange() {
        // 2023 suppressed (c), 2024 no row at all: the change is against 2022.
        let t = DirectionOfTravel(points: Self.series([20.0, 22.5, nil, nil, 25.5], codes: [2: "c"]), polarity: .lower)
        #expect(t.change == 3.0 && t.previousPeriod == 2022 && t.word == .declining)
        #expect(
            IndicatorText.travel(t, unit: "%")
                == "20.0% → 22.5% → missing (c) → no row → 25.5%; +3.0 points on Reporting year 2022, declining")
        #expect(
            IndicatorText.travelLabel(t, unit: "%").hasPrefix(
                "Reporting year 2021: 20.0%; Reporting year 2022: 22.5%; Reporting year 2023: missing (c); Reporting year 2024: no value"))
    }

    @Test func polarityDecidesTheWord() {
        #expect(DirectionOfTravel(points: Self.series([60, 57]), polarity: .higher).word == .declining)
        #expect(DirectionOfTravel(points: Self.series([60, 57]), polarity: .lower).word == .improving)
        #expect(DirectionOfTravel(points: Self.series([25.4, 25.4]), polarity: .lower).word == .noChange)
        // Polarity none: the change only.
        let none = DirectionOfTravel(points: Self.series([70, 67]), polarity: .none)
        #expect(none.change == -3 && none.word == nil)
        // Float noise is not a change; a tenth is.
        #expect(DirectionOfTravel(points: Self.series([0.1 + 0.2, 0.3]), polarity: .lower).word == .noChange)
        #expect(DirectionOfTravel(points: Self.series([25.4, 25.5]), polarity: .lower).change == 0.1)
    }

    @Test func noValueNowMeansNoChangeAndNoWord() {
        let t = DirectionOfTravel(points: Self.series([20, 21, nil], codes: [2: "x"]), polarity: .lower)
        #expect(t.change == nil && t.word == nil && t.previousPeriod == nil)
        #expect(DirectionOfTravel(points: Self.series([21]), polarity: .lower).word == nil)
    }

    @Test func theIndexTakesTheLatestFivePeriodsWithAnyValueUpToThePeriodUsed() throws {
        let fw = Framework(
            id: "t", version: "1", title: "t", componentWeights: ComponentWeights(quality: 1, offer: 1, need: 1),
            bands: [BandDefinition(name: "All", min: 0)], priorities: 1, matchingCapacity: 1,
            themes: [ThemeDefinition(id: "x", title: "X", weight: 1, indicators: ["ks2"])],
            indicators: [
                IndicatorDefinition(id: "ks2", title: "KS2", unit: "%", polarity: .higher, laitCode: "KS2", laitYearType: "Academic Year")
            ])
        let register = try LARegister.parse(
            Array("old_la_code,new_la_code,la_name,region,from_year,to_year\n101,E1,A,R,,\n102,E2,B,R,,\n".utf8), file: "r.csv")
        var values: [IndicatorValueRecord] = []
        // No data at all in 2020 and 2021 (no assessments); LA 101 has no row in 2023.
        for p in [2016, 2017, 2018, 2019, 2022, 2023, 2024, 2025] {
            values.append(
                IndicatorValueRecord(
                    indicator: "ks2", period: p, periodLabel: String(p), laCode: "102", value: 50, combined: false, sourceFile: 1))
            if p != 2023 {
                values.append(
                    IndicatorValueRecord(
                        indicator: "ks2", period: p, periodLabel: String(p), laCode: "101", value: Double(p - 1960), combined: false,
                        sourceFile: 1))
            }
        }
        let index = EvidenceIndex(
            framework: fw, register: register, values: values, published: [], inspections: [],
            neighbours: StatisticalNeighbours(entries: []),
            sourceFiles: [
                EvidenceSourceFile(
                    id: 1, fileName: "lait.csv", layout: .lait, sha256: String(repeating: "a", count: 64),
                    importedAt: "2026-11-23T09:00:00Z")
            ])
        let t = try #require(index.evidence(laCode: "101", indicator: "ks2", year: 2024)?.travel)
        #expect(t.points.map(\.period) == [2017, 2018, 2019, 2022, 2023, 2024].suffix(5).map { $0 })
        #expect(t.points.map(\.value) == [58, 59, 62, nil, 64])
        #expect(t.points.last?.label == "Academic year 2023/24")
        #expect(t.change == 2 && t.previousPeriod == 2022 && t.word == .improving)
    }
}
