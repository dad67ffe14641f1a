import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexFormats

/// What `match` and the `matches` export say (SPEC 6, 8): the CSV keeps its columns, the
/// JSON forms add the LA names, and a screened ask names the providers excluded and why.
@Suite(.serialized) struct MatchOutputTests {
    @Test func matchesJSONAddsNamesAndTheCSVKeepsItsColumns() throws {
        let t = try #require(try PipelineRun.workedExample().export(years: .year(2026))["matches"])
        #expect(t.csv().hasPrefix("\u{FEFF}year,region,receiver,theme,provider,score\n"))
        #expect(t.csv().contains("2026,Example Region,103,front-door,101,2.6666666666666665\n"))
        let json = t.json()
        #expect(
            json.contains(
                "{\"year\": 2026, \"region\": \"Example Region\", \"receiver\": \"103\", \"receiver_name\": \"Coldharbour\", "
                    + "\"theme\": \"front-door\", \"provider\": \"101\", \"provider_name\": \"Ashdown\", \"score\": 2.6666666666666665}"))
    }

    @Test func matchCommandNamesTheScreenedProviders() throws {
        let dir = Repo.tempDir("match")
        let db = dir + "/c.sqlite"
        let steps: [[String]] = [
            [
                "init", "--db", db, "--register", Repo.fixture("worked-example/register.csv"), "--framework",
                Repo.fixture("worked-example/framework.json"),
            ],
            ["ingest", "--db", db, "--quiet", Repo.fixture("worked-example/inputs/submissions")],
            ["evidence", "import", "--db", db, "--quiet", Repo.fixture("worked-example/inputs/indicators")],
            ["evidence", "ofsted", "--db", db, "--quiet", Repo.fixture("worked-example/inputs/ofsted/ilacs-outcomes.csv")],
        ]
        for s in steps {
            let r = try EndToEndTests.capindex(s, in: dir)
            #expect(r.status == 0, "\(s[0]): \(r.err)")
        }
        let text = try EndToEndTests.capindex(["match", "--db", db, "--year", "2026", "--region", "Example Region"], in: dir)
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.contains("1 of 4 asks matched"))
        #expect(text.out.contains("providers excluded by Ofsted or evidence: 101 Ashdown"))
        let json = try EndToEndTests.capindex(["match", "--db", db, "--year", "2026", "--region", "Example Region", "--json"], in: dir)
        #expect(json.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        let pairs = try #require(doc.first?["pairs"] as? [[String: Any]])
        #expect(pairs.first?["receiver_name"] as? String == "Coldharbour")
        #expect(pairs.first?["provider_name"] as? String == "Ashdown")
        let unmatched = try #require(doc.first?["unmatched"] as? [[String: Any]])
        let screened = try #require(unmatched.first { $0["reason"] as? String == "providers-excluded" })
        #expect(screened["receiver"] as? String == "103" && screened["theme"] as? String == "workforce")
        let excluded = try #require(screened["excluded"] as? [[String: Any]])
        #expect(excluded.first?["provider_name"] as? String == "Ashdown")
        #expect((excluded.first?["why"] as? [String])?.first?.contains("sw_turnover_pct 2025") == true)
    }
}
