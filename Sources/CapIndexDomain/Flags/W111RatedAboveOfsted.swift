/// W111: a theme rated better than Ofsted's latest judgement of its linked area published before 1 November of the year.
public enum W111RatedAboveOfsted: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w111
    /// The question the flag puts at the challenge event.
    public static let question = "What has improved since Ofsted's judgement to justify a better rating?"

    /// The finding for one theme entry given the latest judgement of its linked area, or nil.
    public static func check(_ t: ThemeEntry, area: OfstedArea, judgement: OfstedFact?) -> String? {
        guard let j = judgement, t.rating < j.grade else { return nil }
        return
            "Rated \(t.rating.title) while Ofsted's latest judgement of \(area.title), published \(j.published), is \(j.grade.ofstedTitle)"
    }
}
