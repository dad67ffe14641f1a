import Foundation
import Testing
@testable import CapacityIndexCore

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
        let diffs = try CSVCompare.differences(actual: t.csv(), expectedFile: Repo.fixture("worked-example/expected/\(name).csv"),
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
        for name in ["la_scores", "theme_balance", "regional_index", "trends"] {
            let expected = try #require(FileManager.default.contents(atPath: Repo.fixture("worked-example/expected/\(name).csv")))
            #expect(tables[name].map { Data($0.csv().utf8) } == expected, "\(name).csv differs byte for byte")
        }
    }

    @Test func flagsThatNeedNoEvidence() throws {
        // W105, W106 and W111 come from imported evidence (EvidenceTests); the rest from the submissions alone.
        let t = try #require(tables["flags"])
        let evidenceCodes: Set<String> = ["W105", "W106", "W111"]
        let expected = try CSVCompare.rows(try String(contentsOfFile: Repo.fixture("worked-example/expected/flags.csv"), encoding: .utf8))
        let wanted = expected.dropFirst().filter { !evidenceCodes.contains($0[3]) }.map { Array($0.prefix(4)) }
        let got = try CSVCompare.rows(t.csv()).dropFirst().map { Array($0.prefix(4)) }
        #expect(got == Array(wanted))
        #expect(t.rows.count == 9)
    }

    @Test func ashdown2026ByHand() throws {
        let e = try run.store.explain(la: "101", year: 2026)
        #expect(e.themes.map(\.c) == [Exact(1), Exact(5, 9), Exact(7, 9)])
        #expect(e.lci == Exact(700, 9))
        #expect(e.band == "Strong capacity")
        #expect(e.previousLCI == Exact(2300, 27))
        // Coldharbour's offer on a theme rated 3 is discounted; Brackwater's need is raised to the floor.
        let c = try run.store.explain(la: "E06900013", year: 2026)
        #expect(c.themes[1].o == .zero)
        let b = try run.store.explain(la: "102", year: 2026)
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
