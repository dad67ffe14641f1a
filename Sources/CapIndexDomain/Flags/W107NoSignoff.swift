/// W107: a submission without a chief executive's sign-off (submission level: no theme).
public enum W107NoSignoff: ChallengeRule {
    public static let code = DiagnosticCode.w107
    public static let question = "Has the chief executive seen and signed off this self-assessment?"

    /// The finding for a submission's sign-off, or nil.
    public static func check(cxSignoff: String?) -> String? {
        ChallengeRules.isBlank(cxSignoff ?? "") ? "No chief executive sign-off on this submission" : nil
    }
}
