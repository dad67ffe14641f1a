import Foundation
import Testing

@testable import CapIndexDomain
@testable import CapIndexReports

/// Builders for constructed challenge-pack cases: themes with entries, evidence and flags.
enum PackFixture {
    static let year = 2026

    /// An indicator's evidence in the period used, with a band and a direction of travel.
    static func indicator(
        _ id: String, _ title: String, value: Double, band: QuartileBand?, rank: Int = 100, previous: Double? = nil,
        polarity: Polarity = .lower, england: Double? = 22.6
    ) -> IndicatorEvidence {
        var e = IndicatorEvidence(
            indicator: id, title: title, unit: "%", polarity: polarity, period: 2025, periodLabel: "2025", value: value,
            combined: false, band: band, nationalRank: rank, nationalCount: 153, regionalCount: 15, neighbourCount: 0)
        e.periodName = "Reporting year 2025"
        e.publishedNational = england
        var points = [DirectionOfTravel.Point(period: 2025, label: "Reporting year 2025", value: value, missingCode: nil)]
        if let p = previous { points.insert(.init(period: 2024, label: "Reporting year 2024", value: p, missingCode: nil), at: 0) }
        e.travel = DirectionOfTravel(points: points, polarity: polarity)
        return e
    }

    /// A theme of the pack: this year's entry, last year's and the year before's, evidence and flags.
    static func theme(
        _ id: String, _ name: String, rating: Rating, previous: Rating? = nil, development: Bool = false, need: Int = 0,
        indicators: [IndicatorEvidence] = [], ofsted: (OfstedArea, Rating)? = nil, codes: [DiagnosticCode] = [],
        status: TrendStatus = .none
    ) -> PackTheme {
        let entry = ThemeEntry(theme: id, rating: rating, development: development, need: need)
        let inspection = ofsted.map { area, grade in
            OfstedInspection(
                laCode: "999", onsCode: "E0", laName: "Test", inspectionDate: "2025-01-13", publicationDate: "2025-03-10",
                overall: grade, leaders: grade, helpProtection: grade, childrenInCare: grade, careLeavers: grade)
        }
        return PackTheme(
            theme: ThemeDefinition(
                id: id, title: name + " (full title)", weight: 1, indicators: indicators.map(\.indicator), ofsted: ofsted?.0),
            name: name, entry: entry,
            history: [
                (year - 2, previous.map { ThemeEntry(theme: id, rating: $0, development: development) }),
                (year - 1, previous.map { ThemeEntry(theme: id, rating: $0, development: development) }), (year, entry),
            ],
            trend: TrendRow(year: year, laCode: "999", theme: id, rating: rating, direction: .stable, status: status),
            evidence: ThemeEvidence(
                theme: id, title: name, indicators: indicators, ofstedArea: ofsted?.0, ofstedGrade: ofsted?.1, ofstedInspection: inspection),
            flags: codes.map { ChallengeFlag(year: year, laCode: "999", theme: id, code: $0, message: "as found") })
    }
}
