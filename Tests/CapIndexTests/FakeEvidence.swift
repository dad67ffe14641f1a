@testable import CapIndexDomain

/// Evidence made in code for the rules that read it (evidence share, provider screening):
/// bands by LA, indicator and period, and Ofsted judgements by LA and area.
struct FakeEvidence: EvidenceSource {
    /// `(la, indicator, period) → band`; the period used for a year is the latest period
    /// not after it with any band of the indicator.
    var bands: [String: String] = [:]
    /// `(la, area) → [(grade, published)]`.
    var judgements: [String: [OfstedFact]] = [:]

    static func key(_ la: String, _ indicator: String, _ period: Int) -> String { "\(la)|\(indicator)|\(period)" }

    /// Sets a band.
    mutating func band(_ la: String, _ indicator: String, _ period: Int, _ band: String) {
        bands[Self.key(la, indicator, period)] = band
    }

    /// Adds a judgement of `area`.
    mutating func judge(_ la: String, _ area: OfstedArea, _ grade: Rating, published: String) {
        judgements["\(la)|\(area.rawValue)", default: []].append(OfstedFact(grade: grade, published: published))
    }

    func periodUsed(_ indicator: String, _ year: Int) -> Int? {
        bands.keys.compactMap { k -> Int? in
            let p = k.split(separator: "|")
            return p[1] == indicator ? Int(p[2]) : nil
        }.filter { $0 <= year }.max()
    }

    func bands(laCode: String, indicators: [String], year: Int) -> [IndicatorBandFact] {
        indicators.compactMap { i in
            guard let p = periodUsed(i, year), let b = bands[Self.key(laCode, i, p)] else { return nil }
            return IndicatorBandFact(indicator: i, period: p, band: b)
        }
    }

    func latestJudgement(laCode: String, area: OfstedArea, publishedBefore before: String) -> OfstedFact? {
        (judgements["\(laCode)|\(area.rawValue)"] ?? []).filter { $0.published < before }.max { $0.published < $1.published }
    }

    func hasBands(indicator: String, year: Int) -> Bool { periodUsed(indicator, year) != nil }
}
