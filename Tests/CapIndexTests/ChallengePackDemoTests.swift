import Foundation
import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats

/// The January packs on the demo, as the built binary writes them (issue 13, "done when"):
/// Barnsley's pack opens with at most five key points quoting figures; every theme section
/// holds its rating, evidence and Ofsted judgement with its questions; York gets a W112
/// question; no internal id appears on any page; every pack is in `challenge-all`.
@Suite struct ChallengePackDemoTests {
    /// One demo run for the whole suite: folder, standard output and error.
    static let demo: (pages: String, out: String, err: String, status: Int32) = {
        let dir = Repo.tempDir("capindex-packs")
        let r = try! EndToEndTests.capindex(["demo", "--out", "demo", "--date", "2027-01-20"], in: dir)
        return (dir + "/demo/yorkshire-and-the-humber/2026", r.out, r.err, r.status)
    }()

    static func page(_ name: String) throws -> String {
        try String(contentsOfFile: "\(demo.pages)/\(name)", encoding: .utf8)
    }

    /// The text a reader sees: HTML without tags, styles and attributes; Markdown without link targets.
    static func visibleText(_ file: String, _ text: String) -> String {
        if file.hasSuffix(".html") {
            var t = text.replacingOccurrences(of: #"<style>[\s\S]*?</style>"#, with: " ", options: .regularExpression)
            t = t.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            return t.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
        return text.replacingOccurrences(of: #"\]\([^)]*\)"#, with: "]", options: .regularExpression)
            .replacingOccurrences(of: "\\_", with: "_")
    }

    @Test func noInternalIdOnAnyPage() throws {
        #expect(Self.demo.status == 0, "\(Self.demo.err)")
        let fw = try Framework.load(path: Repo.path("Data/framework.json")).framework
        // Indicator ids, and theme ids that cannot be ordinary words (`front-door`; not `send`).
        let ids = fw.indicators.map(\.id) + fw.themes.map(\.id).filter { $0.contains("-") }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.demo.pages).filter {
            $0.hasSuffix(".md") || $0.hasSuffix(".html")
        }
        #expect(files.count == 74, "44 pages and the 15 feedback pages (issue 12) in two formats")
        for f in files.sorted() {
            let text = Self.visibleText(f, try Self.page(f))
            for id in ids {
                let found = text.range(
                    of: "(?<![A-Za-z0-9_-])" + NSRegularExpression.escapedPattern(for: id) + "(?![A-Za-z0-9_-])",
                    options: .regularExpression)
                #expect(found == nil, "\(f) shows the internal id \(id)")
            }
            // The pages a DCS reads (all but the LA's feedback and the coordinator's board) show
            // no flag code, and no bare period number (`(202425)`, `% (2025)`) either: periods as
            // labels (audit 4, 8; SPEC 5).
            if !f.hasPrefix("feedback-") && !f.hasPrefix("status") {
                #expect(text.range(of: #"\bW1[0-9][0-9]\b"#, options: .regularExpression) == nil, "\(f) shows a flag code")
                #expect(text.range(of: #"\(20[0-9]{4}\)|% \(20[0-9]{2}\)"#, options: .regularExpression) == nil, "\(f) shows a bare period")
            }
            // Every page quoting DfE or Ofsted figures carries the licence line.
            if f.hasPrefix("challenge") || f.hasPrefix("summit") {
                #expect(text.contains("Open Government Licence v3.0"), "\(f): the OGL attribution")
            }
            if f.hasSuffix(".md") { #expect(!text.contains("<br>"), "\(f): no HTML tag in Markdown") }
        }
    }

    /// The summit quotes published figures as the packs do — period labels, source numbers, a
    /// sources list and the licence line (audit 4) — shows the self-rating beside a rating the
    /// challenge event moved (audit 5; SPEC 9) and separates LA names with semicolons, as
    /// `Kingston upon Hull, City of` holds a comma (audit 6).
    @Test func theSummitLabelsPeriodsCitesSourcesShowsBothRatingsAndListsNamesWithSemicolons() throws {
        let md = try Self.page("summit.md")
        #expect(
            md.contains(
                "| Rotherham (372) | 2 Good · agreed at the challenge event; self-assessed Outstanding | KS2 reading, writing and maths at the expected standard 60.0% (Academic year 2024/25, source 1) |"
            ))
        #expect(md.contains("| LA | Rating | Indicators in band D (value, period, source) |") && !md.contains("Self-rating"))
        #expect(md.contains("Ofsted help and protection: Good (published 15 May 2024, sources 3, 4)"))
        #expect(md.contains("\n## Sources\n") && md.contains("1. ") && md.contains("Open Government Licence v3.0"))
        #expect(md.contains("| Placement supply and sufficiency | Kingston upon Hull, City of; Kirklees; Leeds; Wakefield |"))
        let overview = try Self.page("challenge.md")
        #expect(overview.contains("| Calderdale | 2 · self 1 |"), "the heat map shows the self-rating under an agreed one")
        #expect(overview.contains("Ratings by LA and theme, 2026: agreed at the challenge event where it moved one"))
    }

    /// A page's header names the region once: the programme title holds it, so neither the
    /// masthead line nor the subtitle repeats it (audit 25; issue 13).
    @Test func aPageHeaderNamesTheRegionOnce() throws {
        let region = "Yorkshire and The Humber"
        let html = try Self.page("challenge-370.html")
        let body = try #require(html.components(separatedBy: "<body>").last)
        let header = try #require(body.components(separatedBy: "<nav class=\"pager\"").first)
        #expect(header.components(separatedBy: region).count - 1 == 1, "\(header)")
        #expect(header.contains("<p class=\"subtitle\">LA code 370</p>"))
        for page in ["status.md", "challenge-370.md"] {
            let head = try Self.page(page).components(separatedBy: "\n").prefix(4).joined(separator: "\n")
            #expect(head.components(separatedBy: region).count - 1 == 1, "\(page): \(head)")
        }
    }

    /// `indicators.csv` holds every LA value imported (SPEC 6), not the region's only: the
    /// region's run writes the same table as `export --all-years` and `export --year` (audit 20).
    @Test func theIndicatorsExportHoldsEveryLAWhateverTheScope() throws {
        let root = (Self.demo.pages as NSString).deletingLastPathComponent.replacingOccurrences(of: "/yorkshire-and-the-humber", with: "")
        let fromRun = try String(contentsOfFile: root + "/exports/indicators.csv", encoding: .utf8)
        #expect(fromRun.contains(",302,"), "Barnet (London) is there too")
        for scope in [["--all-years"], ["--year", "2026"]] {
            let out = Repo.tempDir("indicators-export")
            let r = try EndToEndTests.capindex(["export", "--db", root + "/capindex.sqlite", "--out", out] + scope, in: out)
            #expect(r.status == 0, "\(r.err)")
            #expect(try String(contentsOfFile: out + "/indicators.csv", encoding: .utf8) == fromRun, "\(scope)")
        }
    }

    /// `diff` lists every flag a resubmission raises or clears, as scoring raises them —
    /// against Ofsted and the indicators too: Barnsley lowering help and protection from Good
    /// to Requires improvement clears its W111 (rated above Ofsted) and raises W103 (audit 19).
    @Test func diffListsTheEvidenceFlagsAResubmissionClears() throws {
        let root = (Self.demo.pages as NSString).deletingLastPathComponent.replacingOccurrences(of: "/yorkshire-and-the-humber", with: "")
        let dir = Repo.tempDir("diff-flags")
        try FileManager.default.copyItem(atPath: root + "/capindex.sqlite", toPath: dir + "/c.sqlite")
        let csv = try String(contentsOfFile: Repo.path("Data/demo/2026/370-barnsley-2026.csv"), encoding: .utf8)
        let lowered = csv.replacingOccurrences(of: "370,2026,help-protection,Good,", with: "370,2026,help-protection,Requires improvement,")
        #expect(lowered != csv)
        try Data(lowered.utf8).write(to: URL(fileURLWithPath: dir + "/370-barnsley-2026-v2.csv"))
        let env = ["CAPINDEX_NOW": "2027-02-01T09:00:00Z"]
        let ingest = try EndToEndTests.capindex(["ingest", "370-barnsley-2026-v2.csv", "--db", "c.sqlite"], in: dir, env: env)
        #expect(ingest.status == 0, "\(ingest.err)")
        let d = try EndToEndTests.capindex(["diff", "370", "--year", "2026", "--db", "c.sqlite"], in: dir, env: env)
        let row = try #require(d.out.split(separator: "\n").first { $0.hasPrefix("Children who need help and protection") }, "\(d.out)")
        #expect(row.contains("2 Good → 3 Requires improvement") && row.contains("+W103 -W105 -W111"), "\(row)")
    }

    @Test func barnsleysPackOpensWithAtMostFiveKeyPointsThatQuoteFigures() throws {
        let md = try Self.page("challenge-370.md")
        let summary = try #require(md.components(separatedBy: "### Key points").dropFirst().first?.components(separatedBy: "### ").first)
        let points = summary.split(separator: "\n").filter { $0.range(of: #"^[0-9]\. "#, options: .regularExpression) != nil }
        #expect((1...5).contains(points.count))
        for p in points { #expect(p.range(of: #"[0-9]"#, options: .regularExpression) != nil && p.hasSuffix("."), "quotes a figure: \(p)") }
        // The summary comes first and says what the LCI is.
        let first = try #require(md.range(of: "## ")).lowerBound
        #expect(md[first...].hasPrefix("## Summary"))
        #expect(md.contains("built from Barnsley's own self-assessment") && md.contains("Strong capacity 75.0 or more"))
    }

    @Test func eachThemeSectionHoldsRatingEvidenceOfstedAndQuestions() throws {
        let md = try Self.page("challenge-370.md")
        let fw = try Framework.load(path: Repo.path("Data/framework.json")).framework
        for t in fw.themes {
            let section = try #require(
                md.components(separatedBy: "\n## " + t.title).dropFirst().first?.components(separatedBy: "\n## ").first, "\(t.id)")
            #expect(section.contains("**Rating:**") && section.contains("**Ofsted:**") && section.contains("### Questions on"), "\(t.id)")
            if !t.indicators.isEmpty && t.id != "leadership" {
                #expect(section.contains("linked indicators of Barnsley for the 2026 submission"), "\(t.id): evidence")
            }
        }
        // Evidence: value with its period label and source, trend, published comparators, neighbours.
        let frontDoor = try #require(
            md.components(separatedBy: "| **Re-referrals within 12 months**").dropFirst().first?.components(separatedBy: "\n").first)
        for part in [
            "25.5%", "Reporting year 2025 (source", "D · 135th of 153 in England", "→ 25.5%", "declining", "England 22.6% (published)",
            "statistical neighbours 19.9% (mean of 10 with a value)", "England 20.4% (mean of LA values)",
        ] {
            #expect(frontDoor.contains(part), "\(part) in \(frontDoor)")
        }
        #expect(md.contains("Contains public sector information licensed under the Open Government Licence v3.0."))
    }

    @Test func yorkIsAskedWhyItRatesItselfBelowOfsted() throws {
        let md = try Self.page("challenge-816.md")
        #expect(
            md.contains(
                "Ofsted judged help and protection Outstanding (grade 1) in the inspection published 15 April 2025; you rate Help and protection 4 Inadequate, lower. What has changed since then?"
            ))
    }

    @Test func theAllPacksFileHoldsEveryPackEachOnANewPage() throws {
        let html = try Self.page("challenge-all.html")
        let overview = try Self.page("challenge.md")
        let packs = try FileManager.default.contentsOfDirectory(atPath: Self.demo.pages).filter {
            $0.range(of: #"^challenge-[0-9]{3}\.html$"#, options: .regularExpression) != nil
        }
        #expect(packs.count == 15)
        #expect(html.components(separatedBy: "class=\"page-break\"").count - 1 == 15)
        for p in packs {
            let la = String(p.dropFirst(10).prefix(3))
            #expect(html.contains("<section id=\"la-\(la)\" class=\"page-break\">"), "\(la)")
            #expect(html.contains("href=\"#la-\(la)\""), "contents link to \(la)")
        }
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "element ids are unique")
        #expect(overview.contains("[all challenge packs](challenge-all.md)"))
    }

    @Test func staleEvidenceIsSaidOnTheTerminalAndTheOverview() throws {
        // The Ofsted files end in May 2025; the report date is January 2027.
        #expect(Self.demo.err.contains("notice: I009 the newest Ofsted judgement imported was published on 2025-05-14"))
        #expect(Self.demo.err.contains("notice: I008 58 values changed that lait_long_selected.csv"))
        let overview = try Self.page("challenge.md")
        #expect(overview.contains("published on 14 May 2025, more than six months before the report date 20 January 2027"))
        #expect(overview.contains("Refresh: ofsted_ilacs_latest_2025.csv."))
        #expect(overview.contains("ees_placement_stability_2021_2025.csv changed 58 values that lait_long_selected.csv had given"))
        // LA names with commas are separated by semicolons in lists.
        #expect(overview.contains("Doncaster; East Riding of Yorkshire; Kingston upon Hull, City of; Kirklees"))
    }
}
