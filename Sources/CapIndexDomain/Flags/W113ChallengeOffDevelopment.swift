/// W113: a peer challenge takes on a theme that is not an area for development of the
/// receiving LA in its current submission for the challenge's cycle year (or the LA has
/// no submission then). Peer challenges normally come from the areas for development.
public enum W113ChallengeOffDevelopment: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w113
    /// The question the flag puts.
    public static let question = "Why this theme, when the LA did not name it an area for development?"

    /// The finding for one theme of a challenge, or nil. `submission` is the receiving
    /// LA's current submission for the cycle year, if any.
    public static func check(_ c: PeerChallenge, theme: String, title: String, submission: StoredSubmission?) -> String? {
        guard let s = submission else {
            return
                "Peer challenge \(c.challengeID) takes on \(title), but the LA has no \(c.cycleYear) submission naming its areas for development"
        }
        if s.theme(theme)?.development == true { return nil }
        return "Peer challenge \(c.challengeID) takes on \(title), which is not an area for development in the LA's \(s.year) submission"
    }
}
