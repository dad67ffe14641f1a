import CapIndexDomain
import CapIndexReports
import CapIndexStore

/// Reads the improvement loop's values once for a page or export write (SPEC 9) and
/// judges W113–W117 at the report date; for the year asked, it also scores the
/// submissions as self-assessed (when an agreed rating changed one), the "before" of
/// what the challenge event changed.
enum ImprovementSnapshot {
    static func load(store: Store, framework: Framework, register: LARegister, reportDate: String, year: Int?) throws -> ImprovementData {
        let outcomes = try store.currentOutcomes()
        let challenges = try store.currentChallenges()
        let actions = try store.currentActions()
        guard !(outcomes.isEmpty && challenges.isEmpty && actions.isEmpty) else { return ImprovementData(reportDate: reportDate) }
        let selfAssessed = try ScoringInput.selfAssessed(store)
        var selfRatings: [String: Rating] = [:]
        for s in selfAssessed { for t in s.themes { selfRatings["\(s.laCode)|\(s.year)|\(t.theme)"] = t.rating } }
        let effective = OutcomeOverlay.apply(outcomes, to: selfAssessed)
        let byKey = Dictionary(effective.map { ("\($0.laCode)|\($0.year)", $0) }, uniquingKeysWith: { a, _ in a })
        let rules = ImprovementRules(framework: framework, challenges: challenges, actions: actions)
        let flags = CalendarDay(reportDate).map { day in rules.flags(reportDate: day) { byKey["\($0)|\($1)"] } } ?? []
        var before: ScoreSet?
        if let y = year,
            outcomes.contains(where: {
                $0.year == y && $0.agreedRating != nil && $0.agreedRating != selfRatings["\($0.laCode)|\(y)|\($0.theme)"]
            })
        {
            // The engine over the self-ratings of the year and the year before (for LCI change); no evidence: only LCIs and RCIs are read.
            let subs = selfAssessed.filter { $0.year == y || $0.year == y - 1 }
            before = ScoringEngine(framework: framework, register: register).score(subs)
        }
        return ImprovementData(
            outcomes: outcomes, outcomeHistory: try store.outcomeHistory(), challenges: challenges, actions: actions,
            actionHistory: try store.actionHistory(), selfRatings: selfRatings, selfAssessedScores: before, reportDate: reportDate,
            flags: flags)
    }
}
