/// W104: a theme's rating moved two grades or more since the year before.
public enum W104RatingMovedTwoGrades: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w104
    /// The question the flag puts at the challenge event.
    public static let question = "What changed to move the rating by two grades in a year?"

    /// The finding for a theme entry of `year` against the same theme the year before, or nil.
    public static func check(_ t: ThemeEntry, previous p: ThemeEntry?, year: Int) -> String? {
        guard let p, abs(p.rating.rawValue - t.rating.rawValue) >= 2 else { return nil }
        return "Rating moved from \(p.rating.title) (\(year - 1)) to \(t.rating.title) (\(year))"
    }
}
