import Testing

@testable import CapIndexDomain

/// W111 and W112: the rating against Ofsted's latest judgement of the linked area, both ways.
@Suite struct OfstedFlagTests {
    static let judgement = OfstedFact(grade: .good, published: "2023-06-30")

    static func flag(_ r: Rating, _ j: OfstedFact? = judgement) -> ChallengeFlag? {
        ChallengeRules.ofstedFlag(
            year: 2026, laCode: "816", entry: ThemeEntry(theme: "front-door", rating: r), area: .helpProtection, judgement: j)
    }

    @Test func betterIsW111WorseIsW112SameIsNothing() {
        #expect(Self.flag(.outstanding)?.code == .w111)
        #expect(Self.flag(.good) == nil)
        let worse = Self.flag(.inadequate)
        #expect(worse?.code == .w112 && worse?.code.severity == .warning)
        #expect(worse?.message == "Rated Inadequate while Ofsted's latest judgement of help and protection, published 2023-06-30, is Good")
        #expect(worse?.question == W112RatedBelowOfsted.question)
        #expect(Self.flag(.requiresImprovement, nil) == nil)
    }

    @Test func theRuleIsListedWithTheOthers() {
        #expect(ChallengeRules.all.map { $0.code.rawValue }.contains("W112"))
        #expect(DiagnosticCode.w112.meaning == "rated worse than Ofsted's latest judgement of the linked area")
        #expect(DiagnosticCode.i008.severity == .notice && DiagnosticCode.i009.severity == .notice)
    }
}
