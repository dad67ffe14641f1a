/// The flags of the improvement loop (SPEC 9), W113–W117, over the current peer
/// challenges and actions. W115–W117 depend on the report date (`--date`), so they are
/// evaluated when pages or exports are written, not when scoring: the same inputs and
/// date always give the same flags.
public struct ImprovementRules: Sendable {
    /// The framework, for theme titles in messages.
    public let framework: Framework
    /// Current challenges.
    public let challenges: [PeerChallenge]
    /// Current actions.
    public let actions: [ActionItem]

    /// Rules over one programme and tracker.
    public init(framework: Framework, challenges: [PeerChallenge], actions: [ActionItem]) {
        self.framework = framework
        self.challenges = challenges
        self.actions = actions
    }

    /// The submission year an action counts in: its challenge's cycle year, or the year
    /// its `event:` or `summit:` source names; an action whose challenge is not in the
    /// programme counts in the cycle its due date (else its update) falls in.
    public func year(of a: ActionItem) -> Int {
        switch a.source {
        case .event(let y), .summit(let y): return y
        case .challenge(let id):
            if let c = challenges.first(where: { $0.challengeID == id }) { return c.cycleYear }
            return (a.dueOn ?? a.updatedOn).flatMap(CalendarDay.init)?.cycleYear ?? CalendarDay(String(a.importedAt.prefix(10)))?.cycleYear
                ?? 0
        }
    }

    /// W113 and W114 of one challenge (they do not depend on the date).
    public func challengeFlags(_ c: PeerChallenge, submission: StoredSubmission?) -> [ChallengeFlag] {
        var out: [ChallengeFlag] = []
        for t in c.themes {
            let title = framework.theme(id: t)?.title ?? t
            if let m = W113ChallengeOffDevelopment.check(c, theme: t, title: title, submission: submission) {
                out.append(ChallengeFlag(year: c.cycleYear, laCode: c.laCode, theme: t, code: .w113, message: m))
            }
        }
        if let m = W114NoEndorsement.check(c) {
            out.append(ChallengeFlag(year: c.cycleYear, laCode: c.laCode, theme: nil, code: .w114, message: m))
        }
        return out
    }

    /// Every W113–W117 flag at `reportDate`. `submission(la, year)` is the current
    /// submission of an LA and year. Sorted as the scoring flags are: year, LA, theme in
    /// framework order (none first), code.
    public func flags(reportDate: CalendarDay, submission: (String, Int) -> StoredSubmission?) -> [ChallengeFlag] {
        var out: [ChallengeFlag] = []
        let sources = Set(actions.compactMap { a -> String? in if case .challenge(let id) = a.source { return id } else { return nil } })
        for c in challenges {
            out += challengeFlags(c, submission: submission(c.laCode, c.cycleYear))
            if let m = W115NoActionPlan.check(c, hasAction: sources.contains(c.challengeID), reportDate: reportDate) {
                out.append(ChallengeFlag(year: c.cycleYear, laCode: c.laCode, theme: nil, code: .w115, message: m))
            }
        }
        for a in actions {
            if let m = W116ActionOverdue.check(a, reportDate: reportDate) {
                out.append(ChallengeFlag(year: year(of: a), laCode: a.laCode, theme: a.theme, code: .w116, message: m))
            }
            if let m = W117ActionStale.check(a, reportDate: reportDate) {
                out.append(ChallengeFlag(year: year(of: a), laCode: a.laCode, theme: a.theme, code: .w117, message: m))
            }
        }
        return Self.sorted(out, framework: framework)
    }

    /// What the report date decides, as stable keys: each W115 (`W115 PC-02`), W116 and
    /// W117 (`W116 A-2`) raised at `reportDate`, by challenge or action id, not their text.
    /// A run that finds the same keys on a later day has nothing new to say about them.
    public func dateDependentKeys(reportDate: CalendarDay) -> [String] {
        var out: [String] = []
        let sources = Set(actions.compactMap { a -> String? in if case .challenge(let id) = a.source { return id } else { return nil } })
        for c in challenges where W115NoActionPlan.check(c, hasAction: sources.contains(c.challengeID), reportDate: reportDate) != nil {
            out.append("W115 \(c.challengeID)")
        }
        for a in actions {
            if W116ActionOverdue.check(a, reportDate: reportDate) != nil { out.append("W116 \(a.actionID)") }
            if W117ActionStale.check(a, reportDate: reportDate) != nil { out.append("W117 \(a.actionID)") }
        }
        return out.sorted()
    }

    /// Flags in the order of `flags.csv`: year, LA, theme in framework order (none first), code, message.
    public static func sorted(_ flags: [ChallengeFlag], framework: Framework) -> [ChallengeFlag] {
        let order = Dictionary(uniqueKeysWithValues: framework.themes.enumerated().map { ($1.id, $0 + 1) })
        return flags.sorted { a, b in
            (a.year, a.laCode, a.theme.map { order[$0] ?? 999 } ?? 0, a.code, a.message)
                < (b.year, b.laCode, b.theme.map { order[$0] ?? 999 } ?? 0, b.code, b.message)
        }
    }
}
