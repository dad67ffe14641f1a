/// W110: an area for development in each of three years running with no support need declared now.
public enum W110PersistentDevelopmentWithoutNeed: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w110
    /// The question the flag puts at the challenge event.
    public static let question = "This has been an area for development for three years: why is no support needed now?"

    /// The finding for a theme entry of `year` given the same theme one and two years before, or nil.
    public static func check(_ t: ThemeEntry, previous: ThemeEntry?, beforePrevious: ThemeEntry?, year: Int) -> String? {
        guard t.development, t.need == 0, previous?.development == true, beforePrevious?.development == true else { return nil }
        return "Area for development in \(year - 2), \(year - 1) and \(year) but no support need declared now"
    }
}
