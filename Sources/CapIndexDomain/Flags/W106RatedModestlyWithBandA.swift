/// W106: a theme rated Requires improvement or Inadequate while every banded linked indicator is in band A.
public enum W106RatedModestlyWithBandA: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w106
    /// The question the flag puts at the challenge event.
    public static let question = "Is the rating too modest given the indicators in the best quartile?"

    /// The finding for one theme entry given its linked indicators' bands, or nil.
    public static func check(_ t: ThemeEntry, bands: [IndicatorBandFact]) -> String? {
        guard t.rating.rawValue >= 3, !bands.isEmpty, bands.allSatisfy({ $0.band == "A" }) else { return nil }
        return
            "Rated \(t.rating.title) while every linked indicator with data is in band A, the best quartile: \(IndicatorBandFact.list(bands))"
    }
}
