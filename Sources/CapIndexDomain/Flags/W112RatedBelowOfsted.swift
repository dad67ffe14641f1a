/// W112: a theme rated worse than Ofsted's latest judgement of its linked area published before 1 November of
/// the year: the LA rates itself below what Ofsted found, and the challenge asks what has changed since.
public enum W112RatedBelowOfsted: ChallengeRule {
    /// The flag's code, with its declared severity.
    public static let code = DiagnosticCode.w112
    /// The question the flag puts at the challenge event.
    public static let question = "What has changed since Ofsted's judgement to justify a lower rating?"

    /// The finding for one theme entry given the latest judgement of its linked area, or nil.
    public static func check(_ t: ThemeEntry, area: OfstedArea, judgement: OfstedFact?) -> String? {
        guard let j = judgement, t.rating > j.grade else { return nil }
        return
            "Rated \(t.rating.title) while Ofsted's latest judgement of \(area.title), published \(j.published), is \(j.grade.ofstedTitle)"
    }
}
