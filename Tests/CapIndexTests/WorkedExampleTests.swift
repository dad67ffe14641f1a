import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The public worked example (shared/worked-example), reproduced exactly.
@Suite struct WorkedExampleTests {
    let run: PipelineRun
    let tables: [String: ExportTable]

    init() throws {
        run = try PipelineRun.workedExample()
        tables = try run.export()
    }

    private func check(_ name: String, ignoring: Set<String> = []) throws {
        let t = try #require(tables[name])
        let diffs = try CSVCompare.differences(
            actual: t.csv(), expectedFile: Repo.fixture("worked-example/expected/\(name).csv"),
            ignoring: ignoring)
        #expect(diffs.isEmpty, "\(name): \(diffs.joined(separator: "; "))")
    }

    @Test func allSubmissionsLoad() {
        #expect(run.ingest.stored == 8)
        #expect(run.ingest.rejected == 0)
        #expect(run.ingest.errorCount == 0)
    }

    @Test func laScores() throws { try check("la_scores") }
    @Test func themeBalance() throws { try check("theme_balance") }
    @Test func regionalIndex() throws { try check("regional_index") }
    @Test func trends() throws { try check("trends") }

    @Test func exportsAreByteIdenticalToTheExpectedFiles() throws {
        for name in ["la_scores", "theme_balance", "regional_index", "trends", "indicators", "matches"] {
            let expected = try #require(FileManager.default.contents(atPath: Repo.fixture("worked-example/expected/\(name).csv")))
            #expect(tables[name].map { Data($0.csv().utf8) } == expected, "\(name).csv differs byte for byte")
        }
    }

    @Test func flags() throws { try check("flags", ignoring: ["message"]) }
    @Test func indicators() throws { try check("indicators") }
    @Test func matches() throws { try check("matches") }

    /// The seven files of SPEC 6, and the three of SPEC 9, which hold no row here: the
    /// example has no challenge event outcome, peer challenge or action.
    @Test func allSevenFilesAndTheThreeEmptyImprovementFiles() throws {
        #expect(
            Set(tables.keys) == [
                "la_scores", "theme_balance", "regional_index", "trends", "flags", "indicators", "matches", "outcomes", "peer_challenges",
                "actions",
            ])
        for name in ["outcomes", "peer_challenges", "actions"] { #expect(try #require(tables[name]).rows.isEmpty, "\(name)") }
    }

    @Test func flagsWithoutEvidenceAreTheSubmissionOnlyOnes() throws {
        let bare = try PipelineRun.workedExample(evidence: false).export()
        let codes = try #require(bare["flags"]).rows.map { $0[3] }
        #expect(codes.count == 9)
        #expect(!codes.contains(.code("W105")) && !codes.contains(.code("W106")) && !codes.contains(.code("W111")))
    }

    @Test func ashdown2026ByHand() throws {
        let e = try Explainer(store: run.store).explain(la: "101", year: 2026)
        #expect(e.themes.map(\.c) == [Exact(1), Exact(5, 9), Exact(7, 9)])
        #expect(e.lci == Exact(700, 9))
        #expect(e.band == "Strong capacity")
        #expect(e.previousLCI == Exact(2300, 27))
        // Coldharbour's offer on a theme rated 3 is discounted; Brackwater's need is raised to the floor.
        let c = try Explainer(store: run.store).explain(la: "E06900013", year: 2026)
        #expect(c.themes[1].o == .zero)
        let b = try Explainer(store: run.store).explain(la: "102", year: 2026)
        #expect(b.themes[1].n == Exact(1, 3))
    }

    @Test func scoringRunIsRecordedAndReusedWhileInputsStand() throws {
        let first = try ScoreStage.ensureFresh(store: run.store, now: PipelineRun.now)
        let again = try ScoreStage.ensureFresh(store: run.store, now: PipelineRun.now)
        #expect(again.rescored == false)
        #expect(again.run == first.run)
        #expect(first.run.frameworkID == "worked-example")
        #expect(first.run.submissions == 8)
        #expect(first.run.frameworkHash.count == 64)
    }

    @Test func oneYearExportHoldsThatYearOnly() throws {
        let t = try run.export(years: .year(2026))
        #expect(t["la_scores"]?.rows.count == 3)
        #expect(t["la_scores"]?.rows.allSatisfy { $0[0] == .int(2026) } == true)
    }

    @Test func jsonExportHasNumbersAndNulls() throws {
        let json = try #require(tables["la_scores"]).json()
        #expect(json.contains("\"la_code\": \"101\""))
        #expect(json.contains("\"lci\": 77.77777777777777"))
        #expect(json.contains("\"lci_change\": null"))
    }
}
