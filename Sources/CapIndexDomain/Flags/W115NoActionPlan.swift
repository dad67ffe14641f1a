/// W115: no action plan — 56 days or more have passed since the peer challenge ended (at
/// the report date) and no action has the challenge as its source.
public enum W115NoActionPlan: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w115
    /// The question the flag puts.
    public static let question = "Where is the action plan from this peer challenge?"
    /// Days after the end by which an action plan is due.
    public static let days = 56

    /// The finding for a challenge at `reportDate`, or nil. `hasAction` says whether any
    /// current action names the challenge as its source.
    public static func check(_ c: PeerChallenge, hasAction: Bool, reportDate: CalendarDay) -> String? {
        guard !hasAction, let end = CalendarDay(c.endsOn) else { return nil }
        let gone = end.days(to: reportDate)
        guard gone >= days else { return nil }
        return "Peer challenge \(c.challengeID) ended on \(c.endsOn), \(gone) days before \(reportDate), and no action has it as its source"
    }
}
