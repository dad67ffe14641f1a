/// W102: an offer of support on a theme the LA rates Requires improvement or Inadequate (scoring does not count it).
public enum W102OfferOnWeakTheme: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w102
    /// The question the flag puts at the challenge event.
    public static let question = "What can you offer others here while your own rating is below Good?"

    /// The finding for one theme entry, or nil.
    public static func check(_ t: ThemeEntry) -> String? {
        guard t.rating.rawValue >= 3 && t.offer > 0 else { return nil }
        return "Offer \(t.offer) declared on a theme rated \(t.rating.title); the offer is not counted in scoring"
    }
}
