import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The worked example (`Fixtures/worked-example`): its `indicators.csv` and the flags
/// W105, W106, W111 and W112 reproduced exactly.
@Suite struct EvidenceWorkedExampleTests {
    typealias F = EvidenceFixtures

    /// Ingests, imports the evidence, scores and exports every year.
    static func run() throws -> (Store, [ExportTable]) {
        let store = try F.workedExampleStore()
        let ingest = try Ingester(store: store, now: F.now).ingest(paths: [F.workedExample("inputs/submissions")])
        #expect(ingest.rejected == 0)
        let evidence = try F.importIndicators(store, [F.workedExample("inputs/indicators")])
        #expect(evidence.rejectedFiles == 0 && evidence.files.count == 3)
        #expect(evidence.files.map(\.layout) == [.lait, .ees, .tidy])
        let ofsted = try OfstedImporter(store: store, now: F.now).importFiles([F.workedExample("inputs/ofsted/ilacs-outcomes.csv")])
        #expect(ofsted.files.map(\.valuesNew) == [5])
        let (run, _) = try ScoreStage.run(store: store, now: F.now)
        return (store, try Exporter(store: store).tables(run: run, years: .all, regions: nil, reportDate: "2027-01-20"))
    }

    /// Rows of an expected CSV (BOM stripped), header first.
    static func expected(_ name: String) throws -> [[String]] {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: F.workedExample("expected/\(name)"))))
        return try CSVReader.read(fileBytes: bytes).records.filter { !$0.isBlank }.map(\.fields)
    }

    /// Rows of an export table as CSV text cells, header first.
    static func cells(_ t: ExportTable) throws -> [[String]] {
        try CSVReader.read(fileBytes: Array(t.csv().utf8)).records.filter { !$0.isBlank }.map(\.fields)
    }

    @Test func indicatorsCSVIsReproducedExactly() throws {
        let (_, tables) = try Self.run()
        let table = try #require(tables.first { $0.name == "indicators" })
        let got = try Self.cells(table), want = try Self.expected("indicators.csv")
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) {
            #expect(g.count == w.count, "\(g) vs \(w)")
            for (a, b) in zip(g, w) {
                if let x = Double(a), let y = Double(b), !a.isEmpty {
                    #expect(abs(x - y) <= 1e-9 * max(1, abs(y)), "\(g) vs \(w)")
                } else {
                    #expect(a == b, "\(g) vs \(w)")
                }
            }
        }
        // Byte for byte too: numbers as the shortest round-trip decimal, codes without a `'`.
        let file = try Data(contentsOf: URL(fileURLWithPath: F.workedExample("expected/indicators.csv")))
        #expect(Data(table.csv().utf8) == file)
    }

    @Test func flagsW105W106W111W112AreReproducedExactly() throws {
        let (_, tables) = try Self.run()
        let flags = try #require(tables.first { $0.name == "flags" })
        let evidenceCodes: Set<String> = ["W105", "W106", "W111", "W112"]
        let got = try Self.cells(flags).dropFirst().filter { evidenceCodes.contains($0[3]) }
        let want = try Self.expected("flags.csv").dropFirst().filter { evidenceCodes.contains($0[3]) }
        #expect(got.map { Array($0.prefix(4)) } == want.map { Array($0.prefix(4)) })
        #expect(got.count == 10)
        // v4: Ashdown rated front door Good in 2024 where Ofsted had found help and protection Outstanding.
        #expect(got.first.map { Array($0.prefix(4)) } == ["2024", "101", "front-door", "W112"])
        // The messages name the same indicator periods and Ofsted publication dates.
        #expect(Array(got) == Array(want))
    }

    /// A region's export keeps its scores to the region's LAs, but `indicators` holds every
    /// imported LA value, as an all-regions export does (SPEC 6; audit 20).
    @Test func regionFilterKeepsTheRegionsScoresButEveryIndicatorValue() throws {
        let (store, _) = try Self.run()
        let run = try #require(try store.latestScoreRun())
        let tables = try Exporter(store: store).tables(run: run, years: .all, regions: ["Example Region"], reportDate: "2027-01-20")
        let everywhere = try Exporter(store: store).tables(run: run, years: .all, regions: nil, reportDate: "2027-01-20")
        func codes(_ name: String, _ t: [ExportTable], column: Int) throws -> Set<String> {
            Set(
                try #require(t.first { $0.name == name }).rows.map { row -> String in
                    if case .code(let c) = row[column] { return c }
                    return ""
                })
        }
        let rows = try #require(tables.first { $0.name == "indicators" }).rows
        #expect(rows.count == 30)
        #expect(try codes("indicators", tables, column: 2) == ["101", "102", "103", "104", "105"])
        #expect(rows == (try #require(everywhere.first { $0.name == "indicators" }).rows))
        #expect(try codes("la_scores", tables, column: 1) == ["101", "102", "103"])
    }

    @Test func evidenceForAChallengePack() throws {
        let (store, _) = try Self.run()
        let index = try store.evidenceIndex()
        let themes = index.themeEvidence(laCode: "103", year: 2026)
        #expect(themes.map(\.theme) == ["front-door", "children-in-care", "workforce"])
        let rereferral = try #require(themes[0].indicators.first)
        #expect(rereferral.period == 2025 && rereferral.value == 30.1 && rereferral.band == .d)
        #expect(rereferral.nationalRank == 4 && rereferral.regionalRank == 2 && rereferral.region == "Example Region")
        #expect(rereferral.publishedNational == 22.6 && rereferral.publishedRegional == 23.7)
        #expect(abs(rereferral.regionMean! - 24.05) < 1e-9)
        #expect(abs(rereferral.englandMean! - 23.9) < 1e-9)
        #expect(themes[0].ofstedGrade == .inadequate && themes[0].ofstedInspection?.publicationDate == "2025-03-10")
        // Brackwater's 2025 re-referral rate is suppressed: no evidence, no fall-back to 2024.
        let brackwater = try #require(index.evidence(laCode: "102", indicator: "rereferral_pct", year: 2026))
        #expect(brackwater.period == 2025 && brackwater.value == nil && brackwater.missingCode == "c")
        #expect(brackwater.missingMeaning == "confidential" && brackwater.band == nil)
        // The combined return is marked.
        #expect(index.evidence(laCode: "104", indicator: "sw_turnover_pct", year: 2025)?.combined == true)
        // The latest inspection before a date, whatever it judged.
        #expect(index.latestInspection(laCode: "102", publishedBefore: "2026-11-01")?.publicationDate == "2022-11-25")
        #expect(index.latestInspection(laCode: "102", publishedBefore: "2027-01-01")?.overall == .requiresImprovement)
    }
}
