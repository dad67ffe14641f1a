import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexStore

/// The effective-rating overlay (SPEC 9): once the challenge event agreed a rating, the
/// LCI, band, RCI, balance, trends, flags and matching all use it. The worked example
/// (without evidence, so only the submission's own flags), with hand-computed fractions.
@Suite struct ImprovementOverlayTests {
    /// Ashdown (101) children-in-care 2026: self-assessed Good (2), agreed Requires improvement (3).
    static func agreed() throws -> PipelineRun {
        let run = try PipelineRun.workedExample(evidence: false)
        try run.importText(
            .outcomes, "outcomes.csv", ImprovementCSV.outcomes + "101,2026,children-in-care,RI,Drift in care planning,2027-01-21\n")
        return run
    }

    static func scores(_ run: PipelineRun) throws -> ScoreSet { try ScoreStage.run(store: run.store, now: PipelineRun.now).scores }

    @Test func lciBandAndRCIUseTheAgreedRating() throws {
        let set = try Self.scores(try Self.agreed())
        let ashdown = try #require(set.laScores.first { $0.laCode == "101" && $0.year == 2026 })
        // front-door r1 f3 d0: c = (1 + 1 + 1)/3 = 1; children-in-care r3 f1 d1: q = 1/3, o = 0 (rated 3),
        // n = max(1/3, 1/3) = 1/3, c = (1/3 + 0 + 2/3)/3 = 1/3; workforce r2 f2 d0: c = (2/3 + 2/3 + 1)/3 = 7/9.
        // LCI = 100 · (1 + 1/3 + 7/9)/3 = 100 · (19/9)/3 = 1900/27 (self-assessed: 700/9 = 2100/27).
        #expect(ashdown.lci == Exact(1900, 27))
        #expect(ashdown.band == "Secure", "70.4 is below 75: no longer Strong capacity")
        #expect(ashdown.lciChange == Exact(1900, 27) - Exact(2300, 27))
        // RCI = (1900/27 + 500/9 + 800/27)/3 = (1900 + 1500 + 800)/81 = 4200/81.
        let rci = try #require(set.regional.first { $0.year == 2026 })
        #expect(rci.rci == Exact(4200, 81))
    }

    @Test func balanceUsesTheAgreedRating() throws {
        let set = try Self.scores(try Self.agreed())
        let cic = try #require(set.balances.first { $0.year == 2026 && $0.theme == "children-in-care" })
        // o: Ashdown's offer 1 no longer counts (rated 3); Brackwater and Coldharbour rated 3: supply 0.
        // n: 1/3 (Ashdown, need 1 = floor), 1/3 (Brackwater, floor), 1/3 (Coldharbour, need 1): demand 1.
        #expect(cic.supply == .zero)
        #expect(cic.demand == .one)
        #expect(cic.balance == Exact(-100, 3), "100 · (0 − 1)/3; self-assessed it was −200/9")
    }

    @Test func trendUsesTheAgreedRating() throws {
        let set = try Self.scores(try Self.agreed())
        let t = try #require(set.trends.first { $0.year == 2026 && $0.laCode == "101" && $0.theme == "children-in-care" })
        // q 2024 (Good) = 2/3, q 2026 (agreed RI) = 1/3: declining (self-assessed Good, Good, Good was stable).
        #expect(t.direction == .declining)
        #expect(t.rating == .requiresImprovement)
    }

    @Test func flagsUseTheAgreedRating() throws {
        let before = try Self.scores(try PipelineRun.workedExample(evidence: false)).flags
        let after = try Self.scores(try Self.agreed()).flags
        func codes(_ fs: [ChallengeFlag]) -> [DiagnosticCode] {
            fs.filter { $0.year == 2026 && $0.laCode == "101" && $0.theme == "children-in-care" }.map(\.code)
        }
        #expect(codes(before) == [.w101], "self-assessed Good and an area for development")
        // Agreed RI: no longer "rated 1–2 and an area for development", but the offer of 1 is on a theme rated 3.
        #expect(codes(after) == [.w102])
    }

    @Test func matchingUsesTheAgreedRating() throws {
        let run = try PipelineRun.workedExample(evidence: false)
        let before = try Matcher(store: run.store).matchAll(years: [2026], regions: nil)
        func frontDoor(_ m: [RegionMatching]) -> [String] {
            m.flatMap(\.result.pairs).filter { $0.theme == "front-door" }.map { "\($0.receiver)←\($0.provider)" }
        }
        #expect(frontDoor(before) == ["103←101"])
        // Ashdown's front door agreed Requires improvement: it no longer qualifies as a provider (rating ≤ 2).
        try run.importText(.outcomes, "o.csv", ImprovementCSV.outcomes + "101,2026,front-door,3,,2027-01-21\n")
        let after = try Matcher(store: run.store).matchAll(years: [2026], regions: nil)
        #expect(frontDoor(after).isEmpty)
        #expect(after.flatMap(\.result.unmatched).map { "\($0.ask.receiver) \($0.ask.theme)" }.contains("103 front-door"))
    }

    @Test func explainAndExportsShowTheAgreedRating() throws {
        let run = try Self.agreed()
        let e = try Explainer(store: run.store).explain(la: "101", year: 2026)
        #expect(e.lci == Exact(1900, 27))
        let tables = try run.export()
        let outcomes = try #require(tables["outcomes"])
        #expect(outcomes.columns == ["year", "la_code", "theme", "self_rating", "agreed_rating", "note", "agreed_on"])
        #expect(outcomes.csv().hasSuffix("2026,101,children-in-care,2,3,Drift in care planning,2027-01-21\n"))
        let scores = try #require(tables["la_scores"]).csv()
        #expect(scores.contains("2026,101,Ashdown,Example Region,70.37037037037037,Secure,"))
    }

    @Test func aConfirmationOrAnEqualRatingChangesNoScore() throws {
        let run = try PipelineRun.workedExample(evidence: false)
        let before = try Self.scores(run)
        try run.importText(
            .outcomes, "o.csv",
            ImprovementCSV.outcomes
                + "101,2026,children-in-care,,Confirmed,2027-01-21\n102,2026,front-door,Good,Confirmed as Good,2027-01-21\n")
        #expect(try Self.scores(run).laScores == before.laScores)
    }
}
