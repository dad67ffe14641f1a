/// One challenge-flag rule (STYLE 21): its code, whose declared severity every flag it
/// raises carries, and the question it puts at the challenge event. Each rule lives in its
/// own file (`W101…` to `W112…`) with a static `check` over exactly the facts it needs.
public protocol ChallengeRule {
    /// The flag's stable code.
    static var code: DiagnosticCode { get }
    /// The question a peer puts to the DCS when the flag is raised.
    static var question: String { get }
}

/// The challenge-flag rules, composed. Those that need one submission only are shown at
/// ingest; scoring adds the ones that need history or evidence.
public enum ChallengeRules {
    /// Every rule, in code order.
    public static var all: [any ChallengeRule.Type] {
        [
            W101RatedGoodWithDevelopment.self, W102OfferOnWeakTheme.self, W103NeedBelowFloor.self, W104RatingMovedTwoGrades.self,
            W105RatedWellWithBandD.self, W106RatedModestlyWithBandA.self, W107NoSignoff.self, W108DevelopmentWithoutNarrative.self,
            W109StrengthAndDevelopment.self, W110PersistentDevelopmentWithoutNeed.self, W111RatedAboveOfsted.self,
            W112RatedBelowOfsted.self, W113ChallengeOffDevelopment.self, W114NoEndorsement.self, W115NoActionPlan.self,
            W116ActionOverdue.self, W117ActionStale.self,
        ]
    }

    /// The question of the rule with `code`.
    public static func question(for code: DiagnosticCode) -> String {
        all.first { $0.code == code }?.question ?? "What lies behind this?"
    }

    /// The declared-need floor a rating implies, in thirds: 0 (1–2), 1 (3), 2 (4).
    public static func needFloor(_ r: Rating) -> Int { max(0, r.rawValue - 2) }

    /// True when `s` holds nothing but white space (cheaper than Foundation's trimming).
    static func isBlank(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    /// W107, then W101, W102, W103, W108, W109 theme by theme: the rules that need one submission only.
    public static func singleSubmission(laCode: String, year: Int, cxSignoff: String?, themes: [ThemeEntry]) -> [ChallengeFlag] {
        var out: [ChallengeFlag] = []
        func flag(_ theme: String?, _ code: DiagnosticCode, _ message: String?) {
            if let message { out.append(ChallengeFlag(year: year, laCode: laCode, theme: theme, code: code, message: message)) }
        }
        flag(nil, W107NoSignoff.code, W107NoSignoff.check(cxSignoff: cxSignoff))
        for t in themes {
            flag(t.theme, W101RatedGoodWithDevelopment.code, W101RatedGoodWithDevelopment.check(t))
            flag(t.theme, W102OfferOnWeakTheme.code, W102OfferOnWeakTheme.check(t))
            flag(t.theme, W103NeedBelowFloor.code, W103NeedBelowFloor.check(t))
            flag(t.theme, W108DevelopmentWithoutNarrative.code, W108DevelopmentWithoutNarrative.check(t))
            flag(t.theme, W109StrengthAndDevelopment.code, W109StrengthAndDevelopment.check(t))
        }
        return out
    }

    /// W104 and W110 for one theme entry: the rules that need the years before.
    public static func history(
        year: Int, laCode: String, entry e: ThemeEntry, previous: ThemeEntry?, beforePrevious: ThemeEntry?
    ) -> [ChallengeFlag] {
        var out: [ChallengeFlag] = []
        if let m = W104RatingMovedTwoGrades.check(e, previous: previous, year: year) {
            out.append(ChallengeFlag(year: year, laCode: laCode, theme: e.theme, code: W104RatingMovedTwoGrades.code, message: m))
        }
        if let m = W110PersistentDevelopmentWithoutNeed.check(e, previous: previous, beforePrevious: beforePrevious, year: year) {
            out.append(
                ChallengeFlag(year: year, laCode: laCode, theme: e.theme, code: W110PersistentDevelopmentWithoutNeed.code, message: m))
        }
        return out
    }

    /// W105 and W106 for one theme: the rating against the bands of its linked indicators.
    public static func indicatorFlags(year: Int, laCode: String, entry: ThemeEntry, bands: [IndicatorBandFact]) -> [ChallengeFlag] {
        if let m = W105RatedWellWithBandD.check(entry, bands: bands) {
            return [ChallengeFlag(year: year, laCode: laCode, theme: entry.theme, code: W105RatedWellWithBandD.code, message: m)]
        }
        if let m = W106RatedModestlyWithBandA.check(entry, bands: bands) {
            return [ChallengeFlag(year: year, laCode: laCode, theme: entry.theme, code: W106RatedModestlyWithBandA.code, message: m)]
        }
        return []
    }

    /// W111 or W112 for one theme: the rating against Ofsted's latest judgement of the linked
    /// area (better than it: W111; worse than it: W112; the same: nothing).
    public static func ofstedFlag(year: Int, laCode: String, entry: ThemeEntry, area: OfstedArea, judgement: OfstedFact?) -> ChallengeFlag?
    {
        if let m = W111RatedAboveOfsted.check(entry, area: area, judgement: judgement) {
            return ChallengeFlag(year: year, laCode: laCode, theme: entry.theme, code: W111RatedAboveOfsted.code, message: m)
        }
        return W112RatedBelowOfsted.check(entry, area: area, judgement: judgement).map {
            ChallengeFlag(year: year, laCode: laCode, theme: entry.theme, code: W112RatedBelowOfsted.code, message: $0)
        }
    }
}
