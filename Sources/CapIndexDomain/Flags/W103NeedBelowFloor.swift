/// W103: a declared need below the floor the rating implies (SPEC 3: 1/3 for rating 3, 2/3 for rating 4).
public enum W103NeedBelowFloor: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w103
    /// The question the flag puts at the challenge event.
    public static let question = "What support will it take to improve a theme at this rating?"

    /// The finding for one theme entry, or nil.
    public static func check(_ t: ThemeEntry) -> String? {
        let floor = ChallengeRules.needFloor(t.rating)
        guard t.need < floor else { return nil }
        return "Declared need \(t.need) is below the need of \(floor) that a rating of \(t.rating.title) implies"
    }
}
