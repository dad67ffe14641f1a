import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The framework file: loading, validation, and moving a database to another framework.
struct FrameworkTests {
    @Test func shippedDefaultIsSpecOne() throws {
        let (fw, hash, _) = try Framework.load(path: Repo.path("Data/framework.json"))
        #expect(fw.themes.count == 12)
        #expect(fw.indicators.count == 26)
        #expect(fw.version == "2026.3")
        #expect(fw.priorities == 3 && fw.matchingCapacity == 2)
        #expect(fw.bands.map(\.name) == ["Strong capacity", "Secure", "Mixed", "Support priority"])
        #expect(hash.count == 64)
        #expect(ThemeLookup(fw).resolve("  front   DOOR: contact, referral and early help ")?.id == "front-door")
        #expect(fw.indicator(id: "rereferral_pct")?.ees?.filters?["category"] == "Referrals and Re-referrals")
    }

    @Test func badFrameworksAreNamed() throws {
        let data = try #require(FileManager.default.contents(atPath: Repo.fixture("worked-example/framework.json")))
        func edited(_ change: (inout [String: Any]) -> Void) throws -> String {
            var obj = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            change(&obj)
            return String(decoding: try JSONSerialization.data(withJSONObject: obj), as: UTF8.self)
        }
        func themes(_ obj: inout [String: Any], _ f: (inout [[String: Any]]) -> Void) {
            var ts = obj["themes"] as! [[String: Any]]
            f(&ts)
            obj["themes"] = ts
        }
        let cases = [
            (try edited { o in themes(&o) { $0[2]["indicators"] = ["nope"] } }, "links indicator 'nope'"),
            (try edited { $0["priorities"] = -1 }, "priorities"),
            (try edited { o in themes(&o) { $0[2]["id"] = "front-door" } }, "appears twice"),
            (try edited { o in themes(&o) { $0[0]["weight"] = 0 } }, "weight"),
            (try edited { $0["bands"] = [["name": "Low", "min": 10], ["name": "High", "min": 50]] }, "highest threshold"),
            ("{\"id\": 1}", "wrong type"),
        ]
        for (text, words) in cases {
            #expect(throws: FrameworkError.self) { try Framework.decode(Array(text.utf8), file: "f.json") }
            do { _ = try Framework.decode(Array(text.utf8), file: "f.json") } catch let e as FrameworkError {
                #expect(e.message.contains(words), "\(e.message)")
            }
        }
    }

    @Test func changingFrameworkReportsSubmissionsThatNoLongerFit() throws {
        let run = try PipelineRun.workedExample()
        // A framework with a fourth theme: every current submission lacks it.
        let dir = Repo.tempDir()
        var text = try String(contentsOfFile: Repo.fixture("worked-example/framework.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"version\": \"1\"", with: "\"version\": \"2\"")
        text = text.replacingOccurrences(
            of: "\"themes\": [",
            with: """
                "themes": [{"id": "send", "title": "SEND", "weight": 1, "indicators": []},
                """)
        try text.write(toFile: dir + "/fw2.json", atomically: true, encoding: .utf8)
        let s = try Workspace.initialise(
            run.store, registerPath: Repo.fixture("worked-example/register.csv"),
            frameworkPath: dir + "/fw2.json", now: PipelineRun.now)
        #expect(s.changedFrom == "worked-example 1")
        #expect(s.problems.count == 8)
        #expect(s.problems.allSatisfy { $0.code == .e211 && $0.message.contains("send") })
        #expect(try run.store.currentFramework()?.framework.version == "2")
        // Binding the same framework again changes nothing.
        let again = try Workspace.initialise(
            run.store, registerPath: Repo.fixture("worked-example/register.csv"),
            frameworkPath: dir + "/fw2.json", now: PipelineRun.now)
        #expect(again.changedFrom == nil && again.problems.isEmpty)
    }
}
