import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The writer: layout, reproducible bytes, unchanged files left alone, settings and
/// logo, and HTML that stands alone and keeps the accessibility rules.
@Suite struct ReportWriterTests {
    static func request(
        _ settings: ReportSettings = .default, date: String = "2027-01-20",
        kinds: [ReportKind] = ReportKind.regional, formats: [ReportFormat] = ReportFormat.allCases
    ) -> ReportRequest {
        ReportRequest(
            year: 2026, regions: ["Example Region"], kinds: kinds, formats: formats, settings: settings,
            reportDate: date, scoredAt: PipelineRun.now)
    }

    @Test func sameInputsGiveTheSameBytesAndUnchangedFilesAreLeftAlone() throws {
        let run = try PipelineRun.workedExample()
        let out = Repo.tempDir("capindex-reports")
        let first = try ReportWriter.write(store: run.store, request: Self.request(), to: out)
        let bytes = try first.map { try Data(contentsOf: URL(fileURLWithPath: $0.path)) }
        let again = try ReportWriter.write(store: run.store, request: Self.request(), to: out)
        #expect(first.allSatisfy { $0.changed })
        #expect(again.map(\.path) == first.map(\.path))
        #expect(again.allSatisfy { !$0.changed })
        let bytesAgain = try again.map { try Data(contentsOf: URL(fileURLWithPath: $0.path)) }
        #expect(bytesAgain == bytes)
        // Another store with the same inputs writes the same bytes.
        let other = try PipelineRun.workedExample()
        let out2 = Repo.tempDir("capindex-reports")
        let second = try ReportWriter.write(store: other.store, request: Self.request(), to: out2)
        let bytesOther = try second.map { try Data(contentsOf: URL(fileURLWithPath: $0.path)) }
        #expect(bytesOther == bytes)
        // A new report date changes every page.
        let dated = try ReportWriter.write(store: run.store, request: Self.request(date: "2027-03-10"), to: out)
        #expect(dated.allSatisfy { $0.changed })
    }

    @Test func layoutAndLinksOfOneRegionAndYear() throws {
        let run = try PipelineRun.workedExample()
        let out = Repo.tempDir("capindex-reports")
        let pages = try ReportWriter.write(store: run.store, request: Self.request(kinds: [.summit], formats: [.html]), to: out)
        #expect(pages.map { ($0.path as NSString).lastPathComponent } == ["summit.html", "index.html"])
        #expect(pages.allSatisfy { $0.path.hasPrefix(out + "/example-region/2026/") })
        let index = try String(contentsOfFile: out + "/example-region/2026/index.html", encoding: .utf8)
        #expect(index.contains("href=\"summit.html\""))
        #expect(!index.contains("href=\"status.html\""))
        // A later run of another report links the earlier one too.
        _ = try ReportWriter.write(store: run.store, request: Self.request(kinds: [.status], formats: [.html]), to: out)
        let index2 = try String(contentsOfFile: out + "/example-region/2026/index.html", encoding: .utf8)
        #expect(index2.contains("href=\"summit.html\"") && index2.contains("href=\"status.html\""))
    }

    @Test func everyHTMLPageIsSelfContainedAndStructured() throws {
        let (dir, _) = try ReportSnapshotTests.written()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".html") }.sorted()
        #expect(files.count == 13, "10 pages and 3 feedback pages")
        for f in files {
            let html = try String(contentsOfFile: "\(dir)/\(f)", encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"), "\(f)")
            for banned in ["<script", "<link", "@import", "url(", "<iframe", "<object", "@font-face"] {
                #expect(!html.contains(banned), "\(f) contains \(banned)")
            }
            let external = html.components(separatedBy: "http").dropFirst().filter { !$0.hasPrefix("://www.w3.org/2000/svg") }
            #expect(external.isEmpty, "\(f) names a web address")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(f): one h1")
            // A feedback page is e-mailed alone: it has no navigation to the region's other pages.
            let landmarks = f.hasPrefix("feedback-") ? ["<header", "<main", "<footer"] : ["<header", "<nav", "<main", "<footer"]
            for landmark in landmarks { #expect(html.contains(landmark), "\(f) \(landmark)") }
            #expect(html.components(separatedBy: "<table").count == html.components(separatedBy: "<caption>").count, "\(f): captions")
            let ths = html.components(separatedBy: "<th").dropFirst().filter { !$0.hasPrefix("ead") }
            #expect(ths.allSatisfy { $0.hasPrefix(" scope=\"col\"") || $0.hasPrefix(" scope=\"row\"") }, "\(f): th scope")
            for svg in html.components(separatedBy: "<svg ").dropFirst() {
                let tag = String(svg.prefix { $0 != ">" })
                #expect(tag.contains("role=\"img\""), "\(f): svg role")
                if let r = tag.range(of: "aria-labelledby=\"") {
                    let ids = tag[r.upperBound...].prefix { $0 != "\"" }.split(separator: " ")
                    for id in ids { #expect(html.contains("id=\"\(id)\""), "\(f): \(id)") }
                } else {
                    #expect(tag.contains("aria-label=\""), "\(f): svg text alternative")
                }
            }
            #expect(html.contains("size: A4") && html.contains("print-color-adjust: exact"), "\(f): print")
        }
        let summit = try String(contentsOfFile: "\(dir)/summit.html", encoding: .utf8)
        for chart in ["class=\"chart lci\"", "class=\"chart balance\"", "class=\"chart pairing\"", "class=\"sparkline\""] {
            #expect(summit.contains(chart), "summit: \(chart)")
        }
        let overview = try String(contentsOfFile: "\(dir)/challenge.html", encoding: .utf8)
        // The heat map once: a table of grade cells, not a chart and a table repeating it.
        #expect(overview.contains("<table id=\"ratings-table\" class=\"grades heat\">"))
        #expect(!overview.contains("<svg"))
        let trends = try String(contentsOfFile: "\(dir)/trends.html", encoding: .utf8)
        #expect(trends.contains("<section id=\"la-101\" class=\"page-break\">"))
        // Markdown carries no HTML tag: its links go to the anchor GitHub gives the heading (audit 18).
        let trendsMD = try String(contentsOfFile: "\(dir)/trends.md", encoding: .utf8)
        #expect(!trendsMD.contains("<a "))
        #expect(trendsMD.contains("[Ashdown](trends.md#ashdown-101)") && trendsMD.contains("### Ashdown (101)\n"))
        #expect(MarkdownRenderer.slug("Kingston upon Hull, City of (810)") == "kingston-upon-hull-city-of-810")
    }

    @Test func settingsFileChangesTheLookAndInlinesTheLogo() throws {
        let dir = Repo.tempDir("capindex-settings")
        // A 1×1 PNG.
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!
        try png.write(to: URL(fileURLWithPath: dir + "/logo.png"))
        let json = """
            {"title": "Sector-led improvement in {region}", "introduction": "Reports for {year}: <read> them.",
             "logo": "logo.png", "logo_alt": "Example Region councils", "accent_colour": "#4C2C92",
             "theme_short_titles": {"front-door": "Front door & early help"}}
            """
        try json.write(toFile: dir + "/settings.json", atomically: true, encoding: .utf8)
        let settings = try ReportSettings.load(path: dir + "/settings.json")
        #expect(settings.logoPath == dir + "/logo.png")
        let run = try PipelineRun.workedExample()
        let out = dir + "/out"
        _ = try ReportWriter.write(store: run.store, request: Self.request(settings), to: out)
        let index = try String(contentsOfFile: out + "/example-region/2026/index.html", encoding: .utf8)
        #expect(index.contains("<p class=\"programme\">Sector-led improvement in Example Region</p>"))
        #expect(index.contains("Reports for 2026: &lt;read&gt; them."))
        #expect(index.contains("--accent: #4c2c92;"))
        #expect(
            index.contains(
                "<img class=\"logo\" src=\"data:image/png;base64,\(png.base64EncodedString())\" alt=\"Example Region councils\">"))
        #expect(!index.contains("logo.png"))
        let md = try String(contentsOfFile: out + "/example-region/2026/index.md", encoding: .utf8)
        #expect(md.contains("Sector-led improvement in Example Region"))
        let summit = try String(contentsOfFile: out + "/example-region/2026/summit.html", encoding: .utf8)
        #expect(summit.contains("Front door &amp; early help"))
        // An SVG logo is inlined the same way.
        try "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>".write(
            toFile: dir + "/logo.svg", atomically: true, encoding: .utf8)
        var s2 = settings
        s2.logoPath = dir + "/logo.svg"
        _ = try ReportWriter.write(store: run.store, request: Self.request(s2, kinds: [.status], formats: [.html]), to: out)
        let status = try String(contentsOfFile: out + "/example-region/2026/status.html", encoding: .utf8)
        #expect(status.contains("src=\"data:image/svg+xml;base64,"))
    }

    @Test func badSettingsAreRejectedWithTheFix() throws {
        let dir = Repo.tempDir("capindex-settings")
        func load(_ json: String) -> ReportError? {
            try? json.write(toFile: dir + "/s.json", atomically: true, encoding: .utf8)
            do { _ = try ReportSettings.load(path: dir + "/s.json"); return nil } catch let e as ReportError { return e } catch {
                return nil
            }
        }
        let pale = load("{\"accent_colour\": \"#ffdd00\"}")
        #expect(pale?.reason == .settingsInvalid)
        #expect(pale?.message.contains("4.5:1") == true)
        #expect(load("{\"accent_color\": \"#1d70b8\"}")?.message.contains("did you mean 'accent_colour'") == true)
        #expect(load("{\"accent_colour\": \"blue\"}")?.message.contains("#rrggbb") == true)
        #expect(load("{\"logo\": \"missing.png\"}")?.reason == .logoUnusable)
        #expect(load("{\"title\": 3}")?.message.contains("'title' must be text") == true)
        #expect(load("{\"title\": ")?.reason == .settingsUnreadable)
        try "not an image".write(toFile: dir + "/logo.png", atomically: true, encoding: .utf8)
        #expect(load("{\"logo\": \"logo.png\"}")?.message.contains("not a PNG, SVG or JPEG") == true)
        #expect(load("{\"title\": \"Our {region} programme\", \"logo\": \"\"}") == nil)
    }

    @Test func aSecondVersionShowsWhatChanged() throws {
        let run = try PipelineRun.workedExample()
        let dir = Repo.tempDir("capindex-v2")
        let v2 = """
            la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff
            101,2026,front-door,Good,Y,N,3,0,high,Audit: 96% of contacts decided within 24 hours,2026-11-20,J. Ashworth
            101,2026,children-in-care,Good,N,Y,1,2,medium,Rewritten,2026-11-20,J. Ashworth
            101,2026,workforce,Good,N,N,2,0,high,,2026-11-20,J. Ashworth

            """
        try v2.write(toFile: dir + "/ashdown-2026-v2.csv", atomically: true, encoding: .utf8)
        let report = try Ingester(store: run.store, now: PipelineRun.now).ingest(paths: [dir + "/ashdown-2026-v2.csv"])
        #expect(report.stored == 1)
        _ = try ReportWriter.write(store: run.store, request: Self.request(kinds: [.status, .challenge], formats: [.md]), to: dir + "/out")
        let status = try String(contentsOfFile: dir + "/out/example-region/2026/status.md", encoding: .utf8)
        #expect(status.contains("**Table: Ashdown: version 1 (example-2026.csv) to version 2 (ashdown-2026-v2.csv)**"))
        #expect(status.contains("| Submission | submitted on | 10 November 2026 | 20 November 2026 |"))
        #expect(status.contains("| Front door: contact, referral and early help | rating | 1 Outstanding | 2 Good |"))
        #expect(status.contains("| Children in care | need | 1 light-touch advice | 2 targeted support |"))
        #expect(status.contains("| Children in care | narrative | 61 characters | rewritten, 9 characters |"))
        #expect(status.contains("| [Ashdown](challenge-101.md) | Valid | 20 November 2026 | 2 of 2 | J. Ashworth |"))
        let pack = try String(contentsOfFile: dir + "/out/example-region/2026/challenge-101.md", encoding: .utf8)
        #expect(pack.contains("version 2 of 2, from ashdown-2026-v2.csv"))
        #expect(pack.contains("| Front door: contact, referral and early help | rating | 1 Outstanding | 2 Good |"))
    }

    @Test func reportDateMustBeADate() throws {
        let run = try PipelineRun.workedExample()
        #expect(throws: ReportError.self) {
            try ReportWriter.write(store: run.store, request: Self.request(date: "2027-02-30"), to: Repo.tempDir())
        }
    }

    @Test func exactRoundingForDisplay() {
        #expect(ReportDisplay.one(Exact(2300, 27)) == "85.2")
        #expect(ReportDisplay.one(Exact(1, 20)) == "0.1")
        #expect(ReportDisplay.one(Exact(-1, 20)) == "\u{2212}0.1")
        #expect(ReportDisplay.one(Exact(-1, 30)) == "0.0")
        #expect(ReportDisplay.signed(Exact(-200, 27)) == "\u{2212}7.4")
        #expect(ReportDisplay.signed(Exact(25, 9)) == "+2.8")
        #expect(ReportDisplay.percent(Exact(1, 3)) == "33%")
        #expect(ReportDisplay.date("2026-11-03") == "3 November 2026")
        #expect(ReportDisplay.slug("Yorkshire and The Humber") == "yorkshire-and-the-humber")
    }

    @Test func reportCommandWritesTheReports() throws {
        let dir = Repo.tempDir("capindex-cli")
        let db = dir + "/c.sqlite"
        var r = try EndToEndTests.capindex(
            [
                "init", "--db", db, "--register", Repo.fixture("worked-example/register.csv"),
                "--framework", Repo.fixture("worked-example/framework.json"),
            ], in: dir)
        #expect(r.status == 0)
        r = try EndToEndTests.capindex(["ingest", "--db", db, "--quiet", Repo.fixture("worked-example/inputs/submissions")], in: dir)
        #expect(r.status == 0)
        r = try EndToEndTests.capindex(
            [
                "report", "--db", db, "--year", "2026", "--region", "example region", "--out", dir + "/out",
                "--date", "2027-01-20",
            ], in: dir)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("26 files for Example Region 2026: 26 written, 0 unchanged"))
        #expect(FileManager.default.fileExists(atPath: dir + "/out/example-region/2026/challenge-103.html"))
        r = try EndToEndTests.capindex(
            [
                "report", "summit", "--db", db, "--year", "2026", "--all-regions", "--out", dir + "/out",
                "--date", "2027-01-20", "--format", "md",
            ], in: dir)
        #expect(r.status == 0)
        #expect(r.out.contains("files for 2 regions 2026"))
        #expect(!r.out.contains("example-region/2026/summit.md"), "unchanged, so not rewritten")
        #expect(FileManager.default.fileExists(atPath: dir + "/out/other-region/2026/summit.md"))
        r = try EndToEndTests.capindex(["report", "--db", db, "--year", "2026", "--out", dir + "/out", "--format", "pdf"], in: dir)
        #expect(r.status == 2)
        #expect(r.err.contains("--format"))
        r = try EndToEndTests.capindex(["report", "agenda", "--db", db, "--year", "2026", "--out", dir + "/out"], in: dir)
        #expect(r.status == 2)
        try "{\"accent_colour\": \"#eeeeee\"}".write(toFile: dir + "/pale.json", atomically: true, encoding: .utf8)
        r = try EndToEndTests.capindex(
            ["report", "--db", db, "--year", "2026", "--out", dir + "/out", "--settings", dir + "/pale.json"], in: dir)
        #expect(r.status == 2)
        #expect(r.err.contains("accent_colour"))
    }
}
