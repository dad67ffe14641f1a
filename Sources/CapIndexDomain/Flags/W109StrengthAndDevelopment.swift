/// W109: a theme named both a key strength and an area for development.
public enum W109StrengthAndDevelopment: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w109
    /// The question the flag puts at the challenge event.
    public static let question = "Is this theme a strength or an area for development?"

    /// The finding for one theme entry, or nil.
    public static func check(_ t: ThemeEntry) -> String? {
        t.strength && t.development ? "Named both a key strength and an area for development" : nil
    }
}
