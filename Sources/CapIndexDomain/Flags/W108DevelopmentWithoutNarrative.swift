/// W108: an area for development without a narrative saying what lies behind it.
public enum W108DevelopmentWithoutNarrative: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w108
    /// The question the flag puts at the challenge event.
    public static let question = "What is the evidence behind this area for development?"

    /// The finding for one theme entry, or nil.
    public static func check(_ t: ThemeEntry) -> String? {
        t.development && ChallengeRules.isBlank(t.narrative) ? "Area for development without a narrative" : nil
    }
}
