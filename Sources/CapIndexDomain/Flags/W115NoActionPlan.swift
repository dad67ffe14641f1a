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
        let due = end.adding(days: days)
        guard due <= reportDate else { return nil }
        // Dates, not a count of days: the message stays the same from one day to the next,
        // so a daily run has nothing new to write until the flag itself comes or goes.
        return "Peer challenge \(c.challengeID) ended on \(c.endsOn); its action plan was due by \(due), and no action has it as its source"
    }
}
