/// W107: a submission without a chief executive's sign-off (submission level: no theme).
public enum W107NoSignoff: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w107
    /// The question the flag puts at the challenge event.
    public static let question = "Has the chief executive seen and signed off this self-assessment?"

    /// The finding for a submission's sign-off, or nil.
    public static func check(cxSignoff: String?) -> String? {
        ChallengeRules.isBlank(cxSignoff ?? "") ? "No chief executive sign-off on this submission" : nil
    }
}
