import Foundation
import Testing

/// The improvement commands through the built binary: a located error and exit 1 for a
/// row rejected, the rest loaded; templates per region; the demo with every new flag.
@Suite struct ImprovementCommandTests {
    @Test func outcomesImportLocatesTheRejectedRowAndLoadsTheRest() throws {
        let dir = Repo.tempDir("improvement-cli")
        var r = try EndToEndTests.capindex(["ingest", "--quiet", Repo.path("Data/demo/2026")], in: dir)
        #expect(r.status == 0, "\(r.err)")
        try Data((ImprovementCSV.outcomes + "370,2026,send,Good,,2027-01-21\n380,2024,send,Good,,2027-01-21\n").utf8)
            .write(to: URL(fileURLWithPath: dir + "/o.csv"))
        r = try EndToEndTests.capindex(["outcomes", "import", "o.csv"], in: dir)
        #expect(r.status == 1)
        #expect(r.err.contains("o.csv:3: error: E220 Bradford (380) has no current submission for 2024 for this outcome to overlay"))
        #expect(r.out.contains("outcomes: 1 outcome read: 1 new"))
        r = try EndToEndTests.capindex(["outcomes", "import", "o.csv", "--json"], in: dir)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["loaded"] as? Int == 1 && json["rejected"] as? Int == 1)
        r = try EndToEndTests.capindex(
            ["template", "--kind", "actions", "--year", "2026", "--region", "yorkshire and the humber", "--out", "t"], in: dir)
        #expect(r.status == 0, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: dir + "/t/actions-yorkshire-and-the-humber-2026.xlsx"))
        r = try EndToEndTests.capindex(["template", "--kind", "action", "--year", "2026", "--out", "t"], in: dir)
        #expect(r.status == 2 && r.err.contains("--kind must be submission, outcomes, challenges or actions"))
    }

    @Test func theDemoShowsEveryNewFlagAndExportsTheThreeFiles() throws {
        let dir = Repo.tempDir("improvement-demo")
        let r = try EndToEndTests.capindex(["demo", "--out", "demo", "--quiet"], in: dir)
        #expect(r.status == 0, "\(r.err)")
        let flags = try String(contentsOfFile: dir + "/demo/exports/flags.csv", encoding: .utf8)
        for code in ["W113", "W114", "W115", "W116", "W117"] { #expect(flags.contains(",\(code),"), "\(code)") }
        for name in ["outcomes", "peer_challenges", "actions"] {
            let text = try String(contentsOfFile: dir + "/demo/exports/\(name).csv", encoding: .utf8)
            #expect(text.split(separator: "\n").count > 5, "\(name)")
        }
        let page = try String(contentsOfFile: dir + "/demo/yorkshire-and-the-humber/2026/improvement.md", encoding: .utf8)
        #expect(page.contains("report date 30 September 2027"))
        let again = try EndToEndTests.capindex(["demo", "--out", "demo"], in: dir)
        #expect(again.out.contains("nothing changed since the last run"))
    }
}
