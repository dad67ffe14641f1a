/// W101: a theme rated Outstanding or Good that the LA also names an area for development.
public enum W101RatedGoodWithDevelopment: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w101
    /// The question the flag puts at the challenge event.
    public static let question = "If this theme is good or better, why is it also an area for development?"

    /// The finding for one theme entry, or nil.
    public static func check(_ t: ThemeEntry) -> String? {
        guard t.rating.rawValue <= 2 && t.development else { return nil }
        return "Rated \(t.rating.title) but also named an area for development"
    }
}
