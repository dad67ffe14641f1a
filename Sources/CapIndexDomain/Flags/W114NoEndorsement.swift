/// W114: no chief executive endorsement before the peer challenge began — `cx_endorsed_on`
/// blank or after `starts_on` (endorsing on the first day is in time).
public enum W114NoEndorsement: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w114
    /// The question the flag puts.
    public static let question = "Did the chief executive endorse the challenge before it began?"

    /// The finding for a challenge, or nil.
    public static func check(_ c: PeerChallenge) -> String? {
        guard let endorsed = c.cxEndorsedOn else {
            return "Peer challenge \(c.challengeID) (starting \(c.startsOn)) has no chief executive endorsement"
        }
        guard let e = CalendarDay(endorsed), let s = CalendarDay(c.startsOn), e > s else { return nil }
        return "Peer challenge \(c.challengeID) was endorsed by the chief executive on \(endorsed), after it started on \(c.startsOn)"
    }
}
