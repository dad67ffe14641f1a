import Foundation
import Testing

/// The built binary when there is nothing to do, on typos, on a database that is not
/// capindex's, and with `--json` on an error (SPEC 7).
@Suite(.serialized) struct CommandLineTests {
    static func capindex(_ args: [String], in dir: String) throws -> EndToEndTests.Result {
        try EndToEndTests.capindex(args, in: dir)
    }

    /// Every file under `dir`, relative.
    static func files(_ dir: String) -> [String] {
        (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).sorted()
    }

    /// A folder with a database holding the demo submissions (2024–2026).
    static func demoDatabase() throws -> String {
        let dir = Repo.tempDir("cli")
        let r = try capindex(["ingest", "--quiet", Repo.path("Data/demo")], in: dir)
        #expect(r.status == 0, "\(r.err)")
        return dir
    }

    @Test func aYearWithoutSubmissionsIsNothingToDo() throws {
        let dir = try Self.demoDatabase()
        let before = Self.files(dir)
        let report = try Self.capindex(["report", "--year", "2027", "--out", "out"], in: dir)
        #expect(report.status == 1)
        #expect(report.err.contains("no submissions for 2027 in any region: nothing to do"))
        #expect(report.err.contains("2024, 2025, 2026"), "says which years have some")
        #expect(report.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"), "no page written")

        let region = try Self.capindex(["report", "--year", "2026", "--region", "London", "--out", "out"], in: dir)
        #expect(region.status == 1)
        #expect(region.err.contains("no submissions for 2026 in London"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))

        let status = try Self.capindex(["status", "--year", "2027"], in: dir)
        #expect(status.status == 1)
        #expect(status.err.contains("no submissions for 2027"))
        #expect(!status.out.contains("not submitted"), "no board of 153 LAs not submitted")

        for args in [
            ["export", "--year", "2027", "--out", "x"], ["match", "--year", "2027", "--all-regions"], ["score", "--year", "2027"],
        ] {
            let r = try Self.capindex(args, in: dir)
            #expect(r.status == 1, "\(args[0])")
            #expect(r.err.contains("no submissions for 2027"), "\(args[0])")
        }
        #expect(Self.files(dir) == before, "nothing written anywhere")
    }

    @Test func onlyAllRegionsWritesARegionWithoutSubmissionsAndSaysSo() throws {
        let dir = try Self.demoDatabase()
        let r = try Self.capindex(["report", "status", "--year", "2026", "--all-regions", "--out", "out", "--format", "md"], in: dir)
        #expect(r.status == 0, "\(r.err)")
        let london = try String(contentsOfFile: dir + "/out/london/2026/index.md", encoding: .utf8)
        #expect(london.contains("No LA of London has submitted for 2026"))
        let yorkshire = try String(contentsOfFile: dir + "/out/yorkshire-and-the-humber/2026/index.md", encoding: .utf8)
        #expect(!yorkshire.contains("has submitted for 2026: these pages"))
    }

    @Test func runOverAnEmptyInboxWritesNothing() throws {
        let dir = Repo.tempDir("cli")
        try FileManager.default.createDirectory(atPath: dir + "/inbox", withIntermediateDirectories: true)
        let r = try Self.capindex(["run", "--year", "2027", "--submissions", "inbox", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(r.err.contains("no submissions for 2027"))
        #expect(Self.files(dir) == ["inbox"], "no database, no lock, no pages: \(Self.files(dir))")

        // With a database that has other years: the inbox is read, and still nothing is written.
        let db = try Self.demoDatabase()
        try FileManager.default.createDirectory(atPath: db + "/inbox", withIntermediateDirectories: true)
        let before = Self.files(db)
        let again = try Self.capindex(["run", "--year", "2027", "--submissions", "inbox", "--out", "out"], in: db)
        #expect(again.status == 1)
        #expect(again.err.contains("no submissions for 2027"))
        #expect(Self.files(db) == before)
    }

    /// Audit finding 2: the first returns of the window all rejected is not "nothing to do":
    /// the LA that sent them needs its feedback the same day, the coordinator the board.
    @Test func aRegionWhoseOnlyAttemptWasRejectedGetsItsBoardAndFeedback() throws {
        let dir = Repo.tempDir("cli")
        try FileManager.default.createDirectory(atPath: dir + "/inbox", withIntermediateDirectories: true)
        let leeds = try String(contentsOfFile: Repo.path("Data/demo/2026/383-leeds-2026.csv"), encoding: .utf8)
        let broken = leeds.replacingOccurrences(of: ",front-door,2,", with: ",front-door,Goood,")
        #expect(broken != leeds)
        try Data(broken.utf8).write(to: URL(fileURLWithPath: dir + "/inbox/383-leeds-2026.csv"))
        let run = try Self.capindex(
            ["run", "--year", "2026", "--region", "Yorkshire and The Humber", "--submissions", "inbox", "--out", "out", "--format", "md"],
            in: dir)
        #expect(run.status == 1, "a rejected submission: \(run.err)")
        #expect(!run.err.contains("nothing to do"))
        let pages = dir + "/out/yorkshire-and-the-humber/2026/"
        let feedback = try String(contentsOfFile: pages + "feedback-383.md", encoding: .utf8)
        #expect(feedback.contains("E204"))
        let board = try String(contentsOfFile: pages + "status.md", encoding: .utf8)
        #expect(board.contains("Leeds"), "the chase list names Leeds")
        let index = try String(contentsOfFile: pages + "index.md", encoding: .utf8)
        #expect(index.contains("every file sent so far was rejected or withdrawn"))

        let status = try Self.capindex(["status", "--year", "2026"], in: dir)
        #expect(status.status == 0, "\(status.err)")
        #expect(status.out.contains("383 Leeds: rejected"))
        let report = try Self.capindex(["report", "feedback", "--year", "2026", "--out", "again", "--format", "md"], in: dir)
        #expect(report.status == 0, "\(report.err)")
        #expect(FileManager.default.fileExists(atPath: dir + "/again/yorkshire-and-the-humber/2026/feedback-383.md"))
        // A year where nothing at all was sent is still nothing to do.
        let none = try Self.capindex(["status", "--year", "2027"], in: dir)
        #expect(none.status == 1 && none.err.contains("no submissions for 2027"))
    }

    /// Audit finding 2: a region whose every submission was withdrawn still has its board.
    @Test func aRegionWhoseSubmissionsWereAllWithdrawnKeepsItsBoard() throws {
        let dir = Repo.tempDir("cli")
        let ingest = try Self.capindex(["ingest", "--quiet", Repo.path("Data/demo/2026/383-leeds-2026.csv")], in: dir)
        #expect(ingest.status == 0, "\(ingest.err)")
        let withdraw = try Self.capindex(["withdraw", "383", "--year", "2026", "--why", "Wakefield's return"], in: dir)
        #expect(withdraw.status == 0, "\(withdraw.err)")
        let status = try Self.capindex(["status", "--year", "2026"], in: dir)
        #expect(status.status == 0, "\(status.err)")
        #expect(status.out.contains("383 Leeds: withdrawn"), "\(status.out)")
        let report = try Self.capindex(["report", "status", "--year", "2026", "--out", "out", "--format", "md"], in: dir)
        #expect(report.status == 0, "\(report.err)")
        #expect(FileManager.default.fileExists(atPath: dir + "/out/yorkshire-and-the-humber/2026/feedback-383.md"))
    }

    /// Audit finding 16: SPEC 2's I004 — `run --region` meeting another region's submission
    /// stores it, says so, and the "nothing to do" hint names the region that has some.
    @Test func aRegionScopedRunNotesASubmissionOutsideItsRegion() throws {
        let dir = Repo.tempDir("cli")
        try FileManager.default.createDirectory(atPath: dir + "/inbox", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("Data/demo/2026/370-barnsley-2026.csv"), toPath: dir + "/inbox/370.csv")
        let r = try Self.capindex(
            ["run", "--year", "2026", "--region", "North East", "--submissions", "inbox", "--out", "out"], in: dir)
        #expect(r.status == 1)
        #expect(
            r.err.contains(
                "inbox/370.csv:2: notice: I004 Barnsley (370) 2026 is in Yorkshire and The Humber, not North East, the region this run reports on"
            ), "\(r.err)")
        #expect(r.err.contains("no submissions for 2026 in North East: nothing to do"))
        #expect(r.err.contains("ask for a region that has some for 2026: Yorkshire and The Humber"), "\(r.err)")
        // Its own region's run has nothing to note.
        let own = try Self.capindex(
            ["run", "--year", "2026", "--region", "Yorkshire and The Humber", "--submissions", "inbox", "--out", "out"], in: dir)
        #expect(own.status == 0, "\(own.err)")
        #expect(!own.err.contains("I004"))
    }

    @Test func typosGetTheNearestNames() throws {
        let dir = try Self.demoDatabase()
        let sub = try Self.capindex(["ingset", "Data/demo"], in: dir)
        #expect(sub.status == 2)
        #expect(sub.err.contains("'ingset' is not a capindex command — did you mean 'ingest'?"))
        #expect(sub.err.contains("Usage: capindex <subcommand>"))
        let report = try Self.capindex(["reprot", "--year", "2026"], in: dir)
        #expect(report.status == 2)
        #expect(report.err.contains("did you mean 'report'?"))
        let nested = try Self.capindex(["evidence", "imprt", "x.csv"], in: dir)
        #expect(nested.err.contains("'imprt' is not a capindex evidence command — did you mean 'import'?"))
        let option = try Self.capindex(["status", "--yaer", "2026"], in: dir)
        #expect(option.status == 2)
        #expect(option.err.contains("unknown option '--yaer' — did you mean '--year'?"))
        #expect(option.err.contains("Usage: capindex status"), "the usage line of the subcommand that failed")

        let region = try Self.capindex(["status", "--year", "2026", "--region", "Yorkshire and Humber"], in: dir)
        #expect(region.status == 2)
        #expect(region.err.contains("--region 'Yorkshire and Humber' is not a region of the register"))
        #expect(region.err.contains("did you mean 'Yorkshire and The Humber'?"))
        #expect(region.err.contains("Usage: capindex status"))
        let missing = try Self.capindex(["status"], in: dir)
        #expect(missing.status == 2)
        #expect(missing.err.contains("Usage: capindex status"), "not `capindex <subcommand>`")

        let la = try Self.capindex(["explain", "Leds", "--year", "2026"], in: dir)
        #expect(la.status == 2)
        #expect(la.err.contains("did you mean 'Leeds (383)'?"))
        #expect(la.err.contains("Usage: capindex explain"))
        // LA names are accepted wherever codes are.
        let byName = try Self.capindex(["explain", "kingston upon hull, city of", "--year", "2026"], in: dir)
        #expect(byName.status == 0, "\(byName.err)")
        #expect(byName.out.contains("Kingston upon Hull, City of (810)"))
        let template = try Self.capindex(["template", "--year", "2026", "--la", "Leeds", "--out", "t"], in: dir)
        #expect(template.status == 0, "\(template.err)")
        #expect(FileManager.default.fileExists(atPath: dir + "/t/383-leeds-2026.xlsx"))
    }

    @Test func aDatabaseThatIsNotCapindexsIsRefusedUntouched() throws {
        let dir = Repo.tempDir("cli")
        // Another application's SQLite file, a CSV given as the database, a newer capindex.
        let other = dir + "/other.sqlite"
        try StoreSchemaTests.raw(other, "PRAGMA application_id = 42; CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT);")
        let csv = dir + "/register.csv"
        try Data(contentsOf: URL(fileURLWithPath: Repo.path("Data/register.csv"))).write(to: URL(fileURLWithPath: csv))
        let newer = dir + "/newer.sqlite"
        #expect(try Self.capindex(["init", "--db", newer, "--quiet"], in: dir).status == 0)
        try StoreSchemaTests.raw(newer, "PRAGMA user_version = 99")
        let cases: [(String, String)] = [
            (other, "another application's SQLite database"), (csv, "is not an SQLite file at all"),
            (newer, "was written by a newer capindex (schema 99"),
        ]
        for (path, words) in cases {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let before = Self.files(dir)
            for args in [["ingest", "--db", path, Repo.path("Data/demo/2026")], ["status", "--db", path, "--year", "2026"]] {
                let r = try Self.capindex(args, in: dir)
                #expect(r.status == 3, "\(args[0]) \(path)")
                #expect(r.err.contains(path) && r.err.contains(words), "\(r.err)")
                #expect(r.err.contains("nothing was written to it"))
            }
            let run = try Self.capindex(
                ["run", "--db", path, "--year", "2026", "--submissions", Repo.path("Data/demo"), "--out", "out"], in: dir)
            #expect(run.status == 3)
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "\(path) changed")
            #expect(Self.files(dir) == before, "no lock, journal or output beside it")
        }
    }

    @Test func jsonGivesOneDocumentForErrorsToo() throws {
        let dir = Repo.tempDir("cli")
        let r = try Self.capindex(["status", "--year", "2026", "--json"], in: dir)
        #expect(r.status == 3)
        #expect(r.err.isEmpty, "nothing on standard error with --json")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let error = try #require(doc["error"] as? [String: Any])
        #expect(error["code"] as? String == "no_database")
        #expect(error["exit_code"] as? Int == 3)
        #expect((error["hint"] as? String)?.contains("capindex init") == true)
        let usage = try Self.capindex(["status", "--json"], in: dir)
        #expect(usage.status == 2)
        let u = try #require(try JSONSerialization.jsonObject(with: Data(usage.out.utf8)) as? [String: Any])
        #expect((u["error"] as? [String: Any])?["exit_code"] as? Int == 2)
        // Results use the exports' snake_case keys.
        let ingest = try Self.capindex(["ingest", "--json", Repo.path("Data/demo/2026")], in: dir)
        #expect(ingest.status == 0)
        #expect(ingest.out.contains("\"unchanged_files\"") && ingest.out.contains("\"stored_versions\""))
        #expect(!ingest.out.contains("\"laCode\""))
    }
}
