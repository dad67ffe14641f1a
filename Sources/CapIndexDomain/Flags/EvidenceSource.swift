/// A linked indicator's band for an LA in the period used for a submission year.
public struct IndicatorBandFact: Sendable, Hashable {
    /// Catalogue id.
    public var indicator: String
    /// The period used (SPEC 5: latest period not after y with any LA value).
    public var period: Int
    /// A (best) … D (worst).
    public var band: String

    /// A fact.
    public init(indicator: String, period: Int, band: String) {
        self.indicator = indicator
        self.period = period
        self.band = band
    }

    /// `rereferral_pct 2025, cpp_second_pct 2025`, as the flag messages name them.
    static func list(_ facts: [IndicatorBandFact]) -> String { facts.map { "\($0.indicator) \($0.period)" }.joined(separator: ", ") }
}

/// An Ofsted judgement of one area.
public struct OfstedFact: Sendable, Hashable {
    /// The grade.
    public var grade: Rating
    /// Publication date, `YYYY-MM-DD`.
    public var published: String

    /// A judgement.
    public init(grade: Rating, published: String) {
        self.grade = grade
        self.published = published
    }
}

/// What the challenge flags W105, W106, W111 and W112, the evidence share of the regional
/// priorities and the screening of support providers need from the imported evidence.
public protocol EvidenceSource {
    /// Bands of the given indicators for the LA in the period used for year `year`;
    /// indicators without a band there are left out.
    func bands(laCode: String, indicators: [String], year: Int) -> [IndicatorBandFact]
    /// The latest judgement of `area` published before `before` (`YYYY-MM-DD`).
    func latestJudgement(laCode: String, area: OfstedArea, publishedBefore before: String) -> OfstedFact?
    /// True when any LA in England has a band of `indicator` in its period used for year
    /// `year`: without one, a theme's evidence share is blank rather than zero (SPEC 3).
    func hasBands(indicator: String, year: Int) -> Bool
}

/// No evidence imported: W105, W106, W111 and W112 never fire.
public struct NoEvidence: EvidenceSource {
    /// Nothing.
    public init() {}
    /// No bands: nothing is imported.
    public func bands(laCode: String, indicators: [String], year: Int) -> [IndicatorBandFact] { [] }
    /// No judgement: nothing is imported.
    public func latestJudgement(laCode: String, area: OfstedArea, publishedBefore before: String) -> OfstedFact? { nil }
    /// No bands: nothing is imported.
    public func hasBands(indicator: String, year: Int) -> Bool { false }
}
