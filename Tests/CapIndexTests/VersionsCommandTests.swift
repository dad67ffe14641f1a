import Foundation
import Testing

/// `versions`, `diff` and `withdraw` through the built binary (SPEC 7), on the worked
/// example's register and framework, with the clock set per step (`CAPINDEX_NOW`).
@Suite(.serialized) struct VersionsCommandTests {
    /// A folder with a database bound to the worked example.
    static func desk() throws -> String {
        let dir = Repo.tempDir("versions")
        let r = try EndToEndTests.capindex(
            [
                "init", "--register", Repo.fixture("worked-example/register.csv"),
                "--framework", Repo.fixture("worked-example/framework.json"),
            ], in: dir)
        #expect(r.status == 0, "\(r.err)")
        return dir
    }

    /// Writes `text` to `name` in `dir` and ingests it at `now`.
    @discardableResult
    static func send(_ dir: String, _ name: String, _ text: String, at now: String) throws -> EndToEndTests.Result {
        try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        return try EndToEndTests.capindex(["ingest", name], in: dir, env: ["CAPINDEX_NOW": now])
    }

    @Test func versionsAndDiffFromV1ToV3() throws {
        let dir = try Self.desk()
        try Self.send(dir, "ashdown-v1.csv", NovemberDesk.csv("101"), at: "2026-11-20T09:00:00Z")
        try Self.send(
            dir, "ashdown-v2.csv", NovemberDesk.csv("101", ratings: ["Good", "Requires improvement", "Outstanding"]),
            at: "2026-11-25T09:00:00Z")
        try Self.send(
            dir, "ashdown-v3.csv", NovemberDesk.csv("101", ratings: ["Outstanding", "Requires improvement", "Outstanding"], signoff: ""),
            at: "2026-11-30T09:00:00Z")
        try "{\"deadlines\": {\"2026\": \"2026-11-28\"}}".write(toFile: dir + "/settings.json", atomically: true, encoding: .utf8)

        let v = try EndToEndTests.capindex(["versions", "Ashdown", "--year", "2026", "--settings", "settings.json"], in: dir)
        #expect(v.status == 0, "\(v.err)")
        #expect(v.out.contains("Ashdown (101) 2026: 3 versions, version 3 counts; deadline 2026-11-28"))
        let lines = v.out.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.hasPrefix("v1") && $0.contains("superseded") && $0.contains("2026-11-20T09:00:00Z") && $0.contains("ashdown-v1.csv")
            })
        #expect(lines.contains { $0.hasPrefix("v3") && $0.contains("current, late") && $0.contains("not signed off") })

        let json = try EndToEndTests.capindex(["versions", "101", "--year", "2026", "--json"], in: dir)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let versions = try #require(doc["versions"] as? [[String: Any]])
        #expect(versions.map { $0["state"] as? String } == ["superseded", "superseded", "current"])
        #expect((versions[0]["source_sha256"] as? String)?.count == 64)
        #expect(versions.allSatisfy { $0["late"] as? Bool == false }, "no settings, no deadline")

        let d13 = try EndToEndTests.capindex(["diff", "101", "--year", "2026", "--from", "1", "--to", "3"], in: dir)
        #expect(d13.status == 0, "\(d13.err)")
        #expect(
            d13.out.contains(
                "Ashdown (101) 2026: version 1 (ashdown-v1.csv, 2026-11-20T09:00:00Z) → version 3 (ashdown-v3.csv, 2026-11-30T09:00:00Z)"))
        #expect(d13.out.contains("signed off by: A. Chief → not signed off"))
        let frontDoor = try #require(d13.out.split(separator: "\n").first { $0.hasPrefix("Front door") })
        #expect(frontDoor.contains("2 Good → 1 Outstanding"))
        let care = try #require(d13.out.split(separator: "\n").first { $0.hasPrefix("Children in care") })
        #expect(care.contains("2 Good → 3 Requires improvement") && care.contains("+W102"), "offer 1 on a theme now rated 3")
        let workforce = try #require(d13.out.split(separator: "\n").first { $0.hasPrefix("Social work workforce") })
        #expect(workforce.split(separator: " ").filter { $0 == "same" }.count == 6, "unchanged in every column")
        #expect(d13.out.contains("2 of 3 themes changed"))

        // Default: the previous version against the current one.
        let d = try EndToEndTests.capindex(["diff", "ashdown", "--year", "2026", "--json"], in: dir)
        let diff = try #require(try JSONSerialization.jsonObject(with: Data(d.out.utf8)) as? [String: Any])
        #expect(diff["la_code"] as? String == "101" && diff["la_name"] as? String == "Ashdown", "named as versions names it (audit 14)")
        #expect((diff["from"] as? [String: Any])?["version"] as? Int == 2)
        #expect((diff["to"] as? [String: Any])?["version"] as? Int == 3)
        let themes = try #require(diff["themes"] as? [[String: Any]])
        #expect(themes.map { $0["changes"] as? [String] ?? [] } == [["rating"], [], []])

        let bad = try EndToEndTests.capindex(["diff", "101", "--year", "2026", "--from", "7"], in: dir)
        #expect(bad.status == 2 && bad.err.contains("--from 7: Ashdown (101) has no version 7 for 2026"))
        let none = try EndToEndTests.capindex(["versions", "102", "--year", "2026"], in: dir)
        #expect(none.status == 1 && none.err.contains("Brackwater (102) has sent nothing for 2026"))
        let typo = try EndToEndTests.capindex(["versions", "Ashdwon", "--year", "2026"], in: dir)
        #expect(typo.status == 2 && typo.err.contains("Ashdown"))
    }

    @Test func withdrawThenACorrectSubmissionBecomesCurrent() throws {
        let dir = try Self.desk()
        try Self.send(dir, "ashdown.csv", NovemberDesk.csv("101"), at: "2026-11-19T09:00:00Z")
        // Coldharbour's return, filed under Brackwater's code by mistake.
        try Self.send(
            dir, "wrong.csv", NovemberDesk.csv("102", ratings: ["Requires improvement", "Inadequate", "Good"]), at: "2026-11-20T09:00:00Z")
        let w = try EndToEndTests.capindex(
            ["withdraw", "brackwater", "--year", "2026", "--why", "Coldharbour's return filed under 102"], in: dir,
            env: ["CAPINDEX_NOW": "2026-11-21T09:00:00Z"])
        #expect(w.status == 0, "\(w.err)")
        #expect(w.out.contains("Brackwater (102) 2026: version 1 (wrong.csv) withdrawn: Coldharbour's return filed under 102"))
        #expect(
            w.out.contains("no version counts now; the next valid submission Brackwater sends for 2026 will count\n"),
            "a whole sentence (audit 17)")

        var status = try EndToEndTests.capindex(["status", "--year", "2026", "--region", "Example Region", "--json"], in: dir)
        var row = try Self.row("102", status.out)
        #expect(row["submitted"] as? Bool == false)
        let history = try #require(row["history"] as? [[String: Any]])
        #expect(history.first?["state"] as? String == "withdrawn")
        #expect(history.first?["withdrawn_why"] as? String == "Coldharbour's return filed under 102")
        let text = try EndToEndTests.capindex(["status", "--year", "2026", "--region", "Example Region"], in: dir)
        #expect(text.out.contains("102 Brackwater: withdrawn — send the self-assessment under the right LA code and year"))

        let again = try EndToEndTests.capindex(["withdraw", "102", "--year", "2026", "--why", "twice"], in: dir)
        #expect(again.status == 1 && again.err.contains("has no current submission for 2026: nothing to withdraw"))
        let noWhy = try EndToEndTests.capindex(["withdraw", "102", "--year", "2026", "--why", "  "], in: dir)
        #expect(noWhy.status == 2)

        // Brackwater's own return arrives: it counts.
        let right = try Self.send(dir, "brackwater.csv", NovemberDesk.csv("102"), at: "2026-11-22T09:00:00Z")
        #expect(right.status == 0, "\(right.err)")
        status = try EndToEndTests.capindex(["status", "--year", "2026", "--region", "Example Region", "--json"], in: dir)
        row = try Self.row("102", status.out)
        #expect(row["submitted"] as? Bool == true && row["version"] as? Int == 2)
        let v = try EndToEndTests.capindex(["versions", "102", "--year", "2026"], in: dir)
        #expect(v.out.contains("v1 withdrawn 2026-11-21T09:00:00Z: Coldharbour's return filed under 102"))
        let lines = v.out.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("v2") && $0.contains("current") && $0.contains("brackwater.csv") })
        // The diff by default skips nothing it cannot: v1 (withdrawn) is the only earlier version.
        let d = try EndToEndTests.capindex(["diff", "102", "--year", "2026"], in: dir)
        #expect(d.status == 0 && d.out.contains("version 1 (wrong.csv") && d.out.contains("→ version 2 (brackwater.csv"))
    }

    @Test func withdrawingALaterVersionBringsBackTheOneItDisplaced() throws {
        let dir = try Self.desk()
        try Self.send(dir, "a.csv", NovemberDesk.csv("101"), at: "2026-11-20T09:00:00Z")
        try Self.send(
            dir, "b.csv", NovemberDesk.csv("101", ratings: ["Inadequate", "Inadequate", "Inadequate"]), at: "2026-11-21T09:00:00Z")
        let w = try EndToEndTests.capindex(["withdraw", "101", "--year", "2026", "--why", "2025 return sent as 2026", "--json"], in: dir)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(w.out.utf8)) as? [String: Any])
        #expect((doc["withdrawn"] as? [String: Any])?["version"] as? Int == 2)
        #expect((doc["restored"] as? [String: Any])?["version"] as? Int == 1)
        let status = try EndToEndTests.capindex(["status", "--year", "2026", "--json"], in: dir)
        #expect(try Self.row("101", status.out)["version"] as? Int == 1)
    }

    /// One LA's row of `status --json`.
    static func row(_ la: String, _ json: String) throws -> [String: Any] {
        let boards = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let rows = try #require(boards.first?["rows"] as? [[String: Any]])
        return try #require(rows.first { $0["la_code"] as? String == la })
    }
}
