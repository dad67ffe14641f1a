/// Why the evidence keeps an LA from being suggested as a provider on a theme (SPEC 8).
/// Each reason is the same fact as a challenge flag or an Ofsted judgement the January
/// event already saw, so the summit never suggests a provider the challenge would question.
public enum ScreeningReason: Sendable, Hashable {
    /// The rating is better than Ofsted's latest judgement of the linked area published
    /// before 1 November of the year (W111 on the theme).
    case ratedAboveOfsted(area: OfstedArea, rating: Rating, judgement: OfstedFact)
    /// A linked indicator is in band D in the period used for the year (W105 on the theme).
    case indicatorsInBandD([IndicatorBandFact])
    /// The latest overall effectiveness judgement published before 1 November of the year
    /// is Inadequate.
    case overallInadequate(published: String)

    /// The reason in plain words with indicator ids, for the terminal and JSON (the
    /// reports name indicators by title and period label instead).
    public var words: String {
        switch self {
        case .ratedAboveOfsted(let area, let rating, let j):
            "rated \(rating.title) while Ofsted's latest judgement of \(area.title), published \(j.published), is \(j.grade.ofstedTitle)"
        case .indicatorsInBandD(let facts):
            "linked indicator(s) in band D, the worst quartile: \(IndicatorBandFact.list(facts))"
        case .overallInadequate(let published):
            "Ofsted's latest overall effectiveness judgement, published \(published), is Inadequate"
        }
    }

    /// Position of the case, for a fixed order of reasons.
    var rank: Int {
        switch self {
        case .ratedAboveOfsted: 0
        case .indicatorsInBandD: 1
        case .overallInadequate: 2
        }
    }
}

/// An offer the evidence screened out: the provider, the theme and every reason.
public struct ScreenedOffer: Sendable, Hashable {
    /// Code of the LA that offered.
    public var provider: String
    /// Theme of the offer.
    public var theme: String
    /// Why it is not suggested, in the order of ``ScreeningReason``'s cases.
    public var reasons: [ScreeningReason]

    /// Creates a screened offer.
    public init(provider: String, theme: String, reasons: [ScreeningReason]) {
        self.provider = provider
        self.theme = theme
        self.reasons = reasons
    }
}

/// The screening rule of SPEC 8, over the facts the challenge flags read.
public enum ProviderScreening {
    /// The date before which a judgement must be published to count for year `year`.
    public static func cutOff(_ year: Int) -> String { "\(year)-11-01" }

    /// Why `entry` of LA `laCode`, year `year`, on `theme` is not a usable offer; empty
    /// when it is. Only the evidence is looked at here: rating and offer thresholds are
    /// the caller's.
    public static func reasons(
        laCode: String, year: Int, entry: ThemeEntry, theme: ThemeDefinition, evidence: EvidenceSource
    ) -> [ScreeningReason] {
        var out: [ScreeningReason] = []
        if let area = theme.ofsted,
            let j = evidence.latestJudgement(laCode: laCode, area: area, publishedBefore: cutOff(year)),
            W111RatedAboveOfsted.check(entry, area: area, judgement: j) != nil
        {
            out.append(.ratedAboveOfsted(area: area, rating: entry.rating, judgement: j))
        }
        let bands = evidence.bands(laCode: laCode, indicators: theme.indicators, year: year)
        if W105RatedWellWithBandD.check(entry, bands: bands) != nil {
            out.append(.indicatorsInBandD(bands.filter { $0.band == "D" }))
        }
        if let overall = evidence.latestJudgement(laCode: laCode, area: .overall, publishedBefore: cutOff(year)),
            overall.grade == .inadequate
        {
            out.append(.overallInadequate(published: overall.published))
        }
        return out
    }
}
