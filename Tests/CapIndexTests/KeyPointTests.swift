import Testing

@testable import CapIndexDomain
@testable import CapIndexReports

/// The summary's key points (SPEC 6, part 1): at most five, chosen by rule, the same
/// inputs giving the same points, each one sentence quoting the figure.
@Suite struct KeyPointTests {
    typealias F = PackFixture

    static let rereferrals = F.indicator(
        "rereferral_pct", "Re-referrals within 12 months", value: 30.1, band: .d, rank: 150, previous: 28.0)

    @Test func eachRuleGivesItsPointWithTheFigure() {
        let themes = [
            F.theme(
                "front-door", "Front door", rating: .good, indicators: [Self.rereferrals], ofsted: (.helpProtection, .inadequate),
                codes: [.w111, .w105]),
            F.theme("children-in-care", "Children in care", rating: .inadequate, ofsted: (.childrenInCare, .outstanding), codes: [.w112]),
            F.theme(
                "workforce", "Workforce", rating: .requiresImprovement,
                indicators: [F.indicator("sw_turnover_pct", "Social worker turnover", value: 24, band: .d, rank: 140, previous: 20)]),
            F.theme("send", "SEND", rating: .good, previous: .inadequate, codes: [.w104]),
            F.theme("leadership", "Leadership", rating: .requiresImprovement, development: true, need: 2, status: .persistentDevelopment),
        ]
        let points = KeyPoints.select(KeyPoints.candidates(themes, year: F.year))
        // One point per rule first: the summary is not five Ofsted points.
        #expect(points.map(\.rule) == [.ofsted, .goodWithBandD, .bandDDeclining, .movedTwoGrades, .persistentDevelopment])
        // The larger gap ranks first: Inadequate against Outstanding (3 grades) before Good against Inadequate (2).
        #expect(
            points[0].text
                == "Children in care is rated 4 Inadequate, lower than Ofsted's Outstanding (grade 1) for children in care in the inspection published 10 March 2025."
        )
        #expect(
            points[1].text
                == "Front door is rated 2 Good while re-referrals within 12 months, 30.1% in Reporting year 2025 (England 22.6% as published), is in band D, the worst quarter of England's LAs, and getting worse."
        )
        // The band D indicator quoted by the "rated Good" point is not quoted again as declining.
        #expect(
            points[2].text
                == "Social worker turnover is in band D and getting worse: 24.0% in Reporting year 2025, +4.0 points on Reporting year 2024, declining (England 22.6% as published)."
        )
        #expect(points[3].text == "SEND moved from 4 Inadequate in 2025 to 2 Good in 2026.")
        #expect(points[4].text.hasPrefix("Leadership has been an area for development in 2024, 2025 and 2026"))
        // Front door's W111 was a candidate, but five is the cap.
        let w111 =
            "Front door is rated 2 Good, better than Ofsted's Inadequate (grade 4) for help and protection in the inspection published 10 March 2025."
        #expect(KeyPoints.candidates(themes, year: F.year).contains { $0.text == w111 })
        #expect(!points.contains { $0.text == w111 })
        for p in points { #expect(!p.text.contains("_") && !p.text.contains("W1"), "no internal id: \(p.text)") }
    }

    @Test func persistentDevelopmentAndTheCap() {
        let persistent = (0..<7).map { i in
            F.theme("t\(i)", "Theme \(i)", rating: .requiresImprovement, development: true, need: 1, status: .persistentDevelopment)
        }
        let points = KeyPoints.select(KeyPoints.candidates(persistent, year: F.year))
        #expect(points.count == KeyPoints.cap)
        // Ties within a rule go by framework order.
        #expect(points.map { String($0.text.prefix(7)) } == ["Theme 0", "Theme 1", "Theme 2", "Theme 3", "Theme 4"])
        #expect(
            points[0].text
                == "Theme 0 has been an area for development in 2024, 2025 and 2026; it is rated 3 Requires improvement now, with need declared 1 light-touch advice."
        )
    }

    @Test func oneKindOfFindingCannotFillTheSummary() {
        var themes = (0..<6).map { i in
            F.theme("o\(i)", "Ofsted \(i)", rating: .good, ofsted: (.overall, .requiresImprovement), codes: [.w111])
        }
        themes.append(F.theme("p", "Persistent", rating: .requiresImprovement, development: true, status: .persistentDevelopment))
        let points = KeyPoints.select(KeyPoints.candidates(themes, year: F.year))
        #expect(points.count == 5)
        #expect(points.map(\.rule) == [.ofsted, .ofsted, .ofsted, .ofsted, .persistentDevelopment])
        #expect(points.first?.text.hasPrefix("Ofsted 0 ") == true)
    }

    @Test func tiesRankTheLargerFindingFirstThenAboveOfstedThenFrameworkOrder() {
        let themes = [
            F.theme("a", "Alpha", rating: .requiresImprovement, ofsted: (.overall, .good), codes: [.w112]),
            F.theme("b", "Beta", rating: .good, ofsted: (.overall, .requiresImprovement), codes: [.w111]),
            F.theme("c", "Gamma", rating: .good, ofsted: (.overall, .inadequate), codes: [.w111]),
            F.theme("d", "Delta", rating: .inadequate, ofsted: (.overall, .requiresImprovement), codes: [.w112]),
        ]
        let points = KeyPoints.select(KeyPoints.candidates(themes, year: F.year))
        #expect(points.map { String($0.text.prefix(5)) } == ["Gamma", "Beta ", "Alpha", "Delta"])
        // Same inputs, same points, whatever order the candidates come in.
        #expect(KeyPoints.select(KeyPoints.candidates(themes, year: F.year).reversed()) == points)
    }

    @Test func nothingToSayGivesNoPoints() {
        let themes = [F.theme("a", "Alpha", rating: .good, indicators: [F.indicator("x_pct", "X", value: 10, band: .a)])]
        #expect(KeyPoints.select(KeyPoints.candidates(themes, year: F.year)).isEmpty)
    }
}
