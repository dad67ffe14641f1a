import Testing

@testable import CapIndexDomain
@testable import CapIndexReports

/// The pack's questions (SPEC 6, part 3): plain words quoting the figures, grouped by
/// theme, ordered by weight, identical findings merged, form-filling points apart.
@Suite struct PackQuestionTests {
    typealias F = PackFixture

    @Test func questionsQuoteTheFiguresInWeightOrderWithoutIds() {
        let band = F.indicator("cpp_second_pct", "Plans that were a second or subsequent plan", value: 28.2, band: .d, rank: 123)
        let themes = [
            F.theme(
                "front-door", "Front door", rating: .good, previous: .inadequate, development: true, indicators: [band],
                ofsted: (.helpProtection, .requiresImprovement), codes: [.w101, .w104, .w105, .w108, .w111]),
            F.theme("children-in-care", "Children in care", rating: .inadequate, ofsted: (.childrenInCare, .outstanding), codes: [.w112]),
        ]
        let r = PackQuestions.build(
            themes, submissionFlags: [ChallengeFlag(year: F.year, laCode: "999", theme: nil, code: .w107, message: "")], year: F.year)
        #expect(r.questions.map(\.code) == [.w111, .w105, .w104, .w101, .w112])
        #expect(r.questions.map(\.number) == [1, 2, 3, 4, 5])
        #expect(
            r.questions[0].text
                == "Ofsted judged help and protection Requires improvement to be good (grade 3) in the inspection published 10 March 2025; you rate Front door 2 Good. What has improved since then to justify the better rating?"
        )
        #expect(
            r.questions[1].text
                == "You rate Front door 2 Good, but a linked indicator is in band D, the worst quarter of England's LAs: plans that were a second or subsequent plan, 28.2% in Reporting year 2025 (England 22.6% as published). How does the rating square with it?"
        )
        #expect(
            r.questions[2].text
                == "You moved Front door from 4 Inadequate in 2025 to 2 Good in 2026. What changed to move it two grades in a year?")
        #expect(r.questions[4].text.contains("you rate Children in care 4 Inadequate, lower. What has changed since then?"))
        #expect(r.toPutRight.count == 2)
        #expect(r.toPutRight[0].hasPrefix("No chief executive sign-off"))
        #expect(r.toPutRight[1] == "Front door: named an area for development without a narrative; add the evidence behind it.")
        for q in r.questions { #expect(!q.text.contains("cpp_second_pct") && !q.text.contains("front-door") && !q.text.contains("W1")) }
    }

    @Test func theSameFindingOnTwoThemesIsAskedOnce() {
        let stability = F.indicator("cla_3plus_placements_pct", "Looked-after children with 3 or more placements", value: 14, band: .d)
        let themes = [
            F.theme("children-in-care", "Children in care", rating: .good, indicators: [stability], codes: [.w105]),
            F.theme("placement-sufficiency", "Placement sufficiency", rating: .good, indicators: [stability], codes: [.w105]),
            F.theme("send", "SEND", rating: .requiresImprovement, indicators: [stability], codes: [.w105]),
        ]
        let r = PackQuestions.build(themes, submissionFlags: [], year: F.year)
        // SEND's rating differs, so its question is not the same question.
        #expect(r.questions.count == 2)
        #expect(r.questions[1].themes == ["send"] && r.questions[1].number == 2)
        let q = r.questions[0]
        #expect(q.themes == ["children-in-care", "placement-sufficiency"])
        #expect(q.text.hasPrefix("You rate Children in care and Placement sufficiency 2 Good, but a linked indicator is in band D"))
        #expect(r.about("placement-sufficiency") == [q] && r.about("children-in-care") == [q])
    }

    /// A finding merged over two themes speaks of them, not of "it" (audit 25).
    @Test func aMergedQuestionSaysThemNotIt() {
        let themes = [
            F.theme("help-protection", "Help and protection", rating: .requiresImprovement, need: 0, codes: [.w103]),
            F.theme("placement-sufficiency", "Placement sufficiency", rating: .requiresImprovement, need: 0, codes: [.w103]),
            F.theme("send", "SEND", rating: .good, development: true, codes: [.w101]),
        ]
        let r = PackQuestions.build(themes, submissionFlags: [], year: F.year)
        #expect(r.questions.count == 2)
        #expect(
            r.questions[0].text.hasPrefix("You declare need 0 none on Help and protection and Placement sufficiency while rating them 3 "))
        #expect(
            r.questions[1].text == "You rate SEND 2 Good and also name it an area for development. If it is good, what needs developing?")
    }
}
