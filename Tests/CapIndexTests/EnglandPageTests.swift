import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexReports
@testable import CapIndexStore

/// `report england --all-regions` (SPEC 6 "england"): one page comparing the regions,
/// from a run over two regions — the worked example's Example Region and its Other
/// Region, whose two LAs submit here for 2025 and 2026.
@Suite(.serialized) struct EnglandPageTests {
    static let reportDate = "2027-03-10"

    /// Submissions of Dunmore (104) and Eastleigh Vale (105), Other Region.
    static let otherRegion = """
        la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff
        104,2025,front-door,Good,Y,N,2,0,high,,2025-11-10,A. Dunn
        104,2025,children-in-care,Requires improvement,N,Y,0,2,medium,,2025-11-10,A. Dunn
        104,2025,workforce,Good,N,N,1,0,medium,,2025-11-10,A. Dunn
        105,2025,front-door,Requires improvement,N,Y,0,1,medium,,2025-11-12,E. Vale
        105,2025,children-in-care,Good,N,N,2,0,medium,,2025-11-12,E. Vale
        105,2025,workforce,Inadequate,N,Y,0,3,low,,2025-11-12,E. Vale
        104,2026,front-door,Good,Y,N,2,0,high,,2026-11-10,A. Dunn
        104,2026,children-in-care,Requires improvement,N,Y,0,2,medium,,2026-11-10,A. Dunn
        104,2026,workforce,Good,N,N,2,0,medium,,2026-11-10,A. Dunn
        105,2026,front-door,Requires improvement,N,Y,0,2,medium,,2026-11-12,E. Vale
        105,2026,children-in-care,Good,N,N,2,0,medium,,2026-11-12,E. Vale
        105,2026,workforce,Requires improvement,N,Y,0,2,low,,2026-11-12,E. Vale

        """

    /// The folder of submissions: the worked example's files and Other Region's.
    static func submissions() throws -> String {
        let dir = Repo.tempDir("england-inputs")
        for f in ["example-2024.csv", "example-2025.csv", "example-2026.csv"] {
            try FileManager.default.copyItem(atPath: Repo.fixture("worked-example/inputs/submissions/\(f)"), toPath: "\(dir)/\(f)")
        }
        try otherRegion.write(toFile: "\(dir)/other-region.csv", atomically: true, encoding: .utf8)
        return dir
    }

    /// The worked example over both regions with its evidence.
    static func run() throws -> PipelineRun {
        let r = try PipelineRun.run(
            register: Repo.fixture("worked-example/register.csv"), framework: Repo.fixture("worked-example/framework.json"),
            submissions: [try submissions()])
        _ = try EvidenceImporter(store: r.store, now: PipelineRun.now).importIndicators(paths: [
            Repo.fixture("worked-example/inputs/indicators")
        ])
        _ = try OfstedImporter(store: r.store, now: PipelineRun.now).importFiles([
            Repo.fixture("worked-example/inputs/ofsted/ilacs-outcomes.csv")
        ])
        return r
    }

    static func write(_ r: PipelineRun, kinds: [ReportKind], to out: String) throws -> [WrittenPage] {
        let request = ReportRequest(
            year: 2026, regions: ["Example Region", "Other Region"], kinds: kinds, settings: .default, reportDate: reportDate,
            scoredAt: PipelineRun.now)
        return try ReportWriter.write(store: r.store, request: request, to: out)
    }

    @Test func onePageComparesTheRegions() throws {
        let r = try Self.run()
        #expect(r.ingest.stored == 12)
        let out = Repo.tempDir("england")
        let pages = try Self.write(r, kinds: [.england], to: out)
        #expect(pages.map { ($0.path as NSString).lastPathComponent } == ["england.md", "england.html"])
        #expect(pages.allSatisfy { $0.path.hasPrefix(out + "/england/2026/") })
        #expect(!FileManager.default.fileExists(atPath: out + "/example-region"), "only the England page was asked for")
        let md = try String(contentsOfFile: out + "/england/2026/england.md", encoding: .utf8)
        // Example Region: RCI 54.3 (+8.6); Other Region: two LAs, priorities from its own balance.
        #expect(md.contains("| Example Region | 3 of 3 | 54.3 | +8.6 | 1 Children in care; 2 Workforce |"))
        #expect(md.contains("| Other Region | 2 of 2 |"))
        #expect(md.contains("**Regions with submissions:** 2 of 2"))
        #expect(!md.contains("](../../"), "no summit pages beside it yet: no links")
        ReportSnapshot.check(md, named: "england.md")
        let html = try String(contentsOfFile: out + "/england/2026/england.html", encoding: .utf8)
        ReportSnapshot.check(html, named: "england.html")
        #expect(html.contains("class=\"table-scroll\" role=\"region\" tabindex=\"0\""), "the grid scrolls in its own box")
        #expect(html.contains(".table-scroll { overflow-x: auto;"))
    }

    @Test func regionNamesLinkToTheSummitsBesideIt() throws {
        let r = try Self.run()
        let out = Repo.tempDir("england")
        _ = try Self.write(r, kinds: [.summit, .status], to: out)
        _ = try Self.write(r, kinds: [.england], to: out)
        let md = try String(contentsOfFile: out + "/england/2026/england.md", encoding: .utf8)
        #expect(md.contains("[Example Region](../../example-region/2026/summit.md)"))
        #expect(md.contains("[Other Region](../../other-region/2026/summit.md)"))
        let summit = try String(contentsOfFile: out + "/example-region/2026/summit.html", encoding: .utf8)
        #expect(summit.contains("<div class=\"table-scroll\""), "the summit's wide tables scroll in their own box")
        // Every table scrolls in its own box (issue 13); only pages with a wide grid carry its print rules.
        let status = try String(contentsOfFile: out + "/example-region/2026/status.html", encoding: .utf8)
        #expect(status.contains("<div class=\"table-scroll\"") && !status.contains("table.grid"), "the grid's rules stay on its pages")
    }

    @Test func theEnglandReportNeedsEveryRegion() throws {
        let app = Application(environment: AppEnvironment(now: PipelineRun.now, data: .builtIn))
        #expect(throws: AppError.self) {
            _ = try app.report(
                database: nil, year: 2026, regions: .withSubmissions, kinds: [.england], formats: [.md], settingsPath: nil,
                reportDate: Self.reportDate, outDir: Repo.tempDir())
        }
    }

    @Test func runWithAllRegionsWritesItAndReportWithoutThemIsAUsageError() throws {
        let dir = Repo.tempDir("england-run")
        let db = dir + "/c.sqlite"
        let ini = try EndToEndTests.capindex(
            [
                "init", "--db", db, "--register", Repo.fixture("worked-example/register.csv"), "--framework",
                Repo.fixture("worked-example/framework.json"),
            ], in: dir)
        #expect(ini.status == 0, "\(ini.err)")
        let run = try EndToEndTests.capindex(
            [
                "run", "--db", db, "--year", "2026", "--all-regions", "--submissions", try Self.submissions(), "--out", "out", "--date",
                Self.reportDate,
            ],
            in: dir)
        #expect(run.status == 0, "\(run.err)")
        for f in [
            "england/2026/england.md", "england/2026/england.html", "example-region/2026/summit.html", "other-region/2026/summit.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: "\(dir)/out/\(f)"), "\(f)")
        }
        let bad = try EndToEndTests.capindex(["report", "england", "--db", db, "--year", "2026", "--out", "x"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.err.contains("--all-regions"))
        let good = try EndToEndTests.capindex(
            ["report", "england", "--db", db, "--year", "2026", "--all-regions", "--out", "again", "--date", Self.reportDate], in: dir)
        #expect(good.status == 0, "\(good.err)")
        #expect(FileManager.default.fileExists(atPath: "\(dir)/again/england/2026/england.html"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/again/example-region"))
    }
}
