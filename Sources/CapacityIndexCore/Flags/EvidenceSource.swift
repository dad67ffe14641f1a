/// A linked indicator's band for an LA in the period used for a submission year.
public struct IndicatorBandFact: Sendable, Equatable {
    /// Catalogue id.
    public var indicator: String
    /// The period used (SPEC 5: latest period not after y with any LA value).
    public var period: Int
    /// A (best) … D (worst).
    public var band: String
}

/// An Ofsted judgement of one area.
public struct OfstedFact: Sendable, Equatable {
    /// The grade.
    public var grade: Rating
    /// Publication date, `YYYY-MM-DD`.
    public var published: String
}

/// What the challenge flags W105, W106 and W111 need from the imported evidence.
public protocol EvidenceSource {
    /// Bands of the given indicators for the LA in the period used for year `year`;
    /// indicators without a band there are left out.
    func bands(laCode: String, indicators: [String], year: Int) -> [IndicatorBandFact]
    /// The latest judgement of `area` published before `before` (`YYYY-MM-DD`).
    func latestJudgement(laCode: String, area: OfstedArea, publishedBefore before: String) -> OfstedFact?
}

/// No evidence imported: W105, W106 and W111 never fire.
public struct NoEvidence: EvidenceSource {
    /// Nothing.
    public init() {}
    public func bands(laCode: String, indicators: [String], year: Int) -> [IndicatorBandFact] { [] }
    public func latestJudgement(laCode: String, area: OfstedArea, publishedBefore before: String) -> OfstedFact? { nil }
}

extension ChallengeRules {
    /// W105 and W106 for one theme.
    public static func indicatorFlags(year: Int, laCode: String, entry: ThemeEntry, bands: [IndicatorBandFact]) -> [ChallengeFlag] {
        let r = entry.rating
        func list(_ fs: [IndicatorBandFact]) -> String { fs.map { "\($0.indicator) \($0.period)" }.joined(separator: ", ") }
        if r.rawValue <= 2 {
            let d = bands.filter { $0.band == "D" }
            if !d.isEmpty {
                return [
                    ChallengeFlag(
                        year: year, laCode: laCode, theme: entry.theme, code: "W105",
                        message: "Rated \(r.title) while linked indicator(s) are in band D, the worst quartile: \(list(d))")
                ]
            }
        } else if !bands.isEmpty && bands.allSatisfy({ $0.band == "A" }) {
            return [
                ChallengeFlag(
                    year: year, laCode: laCode, theme: entry.theme, code: "W106",
                    message: "Rated \(r.title) while every linked indicator with data is in band A, the best quartile: \(list(bands))")
            ]
        }
        return []
    }

    /// W111 for one theme.
    public static func ofstedFlag(year: Int, laCode: String, entry: ThemeEntry, area: OfstedArea, judgement: OfstedFact?) -> ChallengeFlag?
    {
        guard let j = judgement, entry.rating < j.grade else { return nil }
        return ChallengeFlag(
            year: year, laCode: laCode, theme: entry.theme, code: "W111",
            message:
                "Rated \(entry.rating.title) while Ofsted's latest judgement of \(area.title), published \(j.published), is \(j.grade.ofstedTitle)"
        )
    }
}
