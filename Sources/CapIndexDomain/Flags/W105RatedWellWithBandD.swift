/// W105: a theme rated Outstanding or Good while a linked indicator is in band D, the worst quartile.
public enum W105RatedWellWithBandD: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w105
    /// The question the flag puts at the challenge event.
    public static let question = "How does the rating square with the published indicator in the worst quartile?"

    /// The finding for one theme entry given its linked indicators' bands, or nil.
    public static func check(_ t: ThemeEntry, bands: [IndicatorBandFact]) -> String? {
        guard t.rating.rawValue <= 2 else { return nil }
        let d = bands.filter { $0.band == "D" }
        guard !d.isEmpty else { return nil }
        return "Rated \(t.rating.title) while linked indicator(s) are in band D, the worst quartile: \(IndicatorBandFact.list(d))"
    }
}
