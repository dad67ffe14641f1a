import Foundation
import Testing

/// Runs the built `capindex` binary the way a user does, and checks output and exit codes.
@Suite(.serialized) struct EndToEndTests {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    static func binary() throws -> String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("capindex").path,
            Repo.path(".build/debug/capindex"),
        ]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
            "build the capindex executable first (swift build)")
    }

    @discardableResult
    static func capindex(_ args: [String], in dir: String, env: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try binary())
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var e = ProcessInfo.processInfo.environment
        e["CAPINDEX_DATA"] = Repo.path("Data")
        e["CAPINDEX_NOW"] = "2026-11-23T09:00:00Z"
        e.removeValue(forKey: "CAPINDEX_DB")
        for (k, v) in env { e[k] = v }
        p.environment = e
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let r = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: r, as: UTF8.self))
    }

    @Test func helpReadsLikeTheYearlyCycle() throws {
        let r = try Self.capindex(["--help"], in: Repo.tempDir())
        #expect(r.status == 0)
        for word in ["ingest", "status", "score", "export", "explain", "November", "Exit codes"] {
            #expect(r.out.contains(word), "\(word)")
        }
        // In an 80-column terminal the cycle reads as a table: no line wraps (audit 13).
        let narrow = try Self.capindex(["--help"], in: Repo.tempDir(), env: ["COLUMNS": "80"])
        let lines = narrow.out.components(separatedBy: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(lines.contains("  November  init, template        a workbook for each LA for the year"))
        #expect(lines.contains("  any time  run (cron), demo      all of the above in one idempotent run"))
        #expect(narrow.out.contains("or nothing to do"), "exit code 1 as the README says")
        let report = try Self.capindex(["report", "--help"], in: Repo.tempDir(), env: ["COLUMNS": "80"]).out
        #expect(!report.contains("(default md,html)") && report.contains("(default:"), "the default said once")
        #expect(report.contains("deadlines"), "--settings names every key")
    }

    @Test func usageErrorsExit2() throws {
        let dir = Repo.tempDir()
        #expect(try Self.capindex(["status"], in: dir).status == 2, "status without --year")
        #expect(try Self.capindex(["frobnicate"], in: dir).status == 2)
        let r = try Self.capindex(["export", "--out", "x", "--year", "2026", "--all-years"], in: dir)
        #expect(r.status == 2)
        #expect(r.err.contains("--all-years"))
    }

    @Test func noDatabaseExits3() throws {
        let r = try Self.capindex(["status", "--year", "2026"], in: Repo.tempDir())
        #expect(r.status == 3)
        #expect(r.err.contains("capindex init"))
    }

    @Test func demoPlusBrokenFile() throws {
        let dir = Repo.tempDir()
        let bad = dir + "/inbox"
        try FileManager.default.createDirectory(atPath: bad, withIntermediateDirectories: true)
        try Data("la_code,year,theme,rating\n370,2026,front-door,Goood\n999,2026,front-door,2\n".utf8)
            .write(to: URL(fileURLWithPath: bad + "/zz-broken.csv"))
        let first = try Self.capindex(["ingest", Repo.path("Data/demo"), bad], in: dir)
        #expect(first.status == 1, "a rejected submission exits 1")
        #expect(first.err.contains("zz-broken.csv:2: error: E204 rating 'Goood' is not a rating"))
        #expect(first.err.contains("zz-broken.csv:3: error: E201"))
        #expect(first.out.contains("46 submissions: 45 stored, 1 rejected"))
        #expect(FileManager.default.fileExists(atPath: dir + "/capindex.sqlite"), "default database in the working folder")

        let again = try Self.capindex(["ingest", Repo.path("Data/demo"), bad], in: dir)
        #expect(again.status == 0, "nothing changed")
        #expect(again.out.contains("0 submissions: 0 stored, 0 rejected"))
        #expect(again.err.contains("I001"), "diagnostics go to standard error")

        let status = try Self.capindex(["status", "--year", "2026", "--region", "yorkshire and the humber"], in: dir)
        #expect(status.status == 0)
        #expect(status.out.contains("15 of 15 LAs submitted, 14 signed off"))
        #expect(status.out.contains("NOT SIGNED OFF"))

        let json = try Self.capindex(["status", "--year", "2026", "--json"], in: dir)
        let boards = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        #expect(boards?.first?["region"] as? String == "Yorkshire and The Humber")

        let score = try Self.capindex(["score", "--all-years"], in: dir)
        #expect(score.status == 0)
        #expect(score.out.contains("2026 Yorkshire and The Humber: RCI"))
        let export = try Self.capindex(["export", "--all-years", "--out", "out"], in: dir)
        #expect(export.status == 0)
        for f in ["la_scores", "theme_balance", "regional_index", "trends", "flags"] {
            #expect(FileManager.default.fileExists(atPath: "\(dir)/out/\(f).csv"), "\(f).csv")
        }
        let explain = try Self.capindex(["explain", "383", "--year", "2026"], in: dir)
        #expect(explain.status == 0)
        #expect(explain.out.contains("Leeds (383)"))
        #expect(explain.out.contains("LCI = 100 × Σ w·c / Σ w"))
    }

    @Test func dbOptionAndEnvironment() throws {
        let dir = Repo.tempDir()
        let r = try Self.capindex(["ingest", "--db", "other.sqlite", "--quiet", Repo.path("Data/demo/2026")], in: dir)
        #expect(r.status == 0)
        #expect(r.out.isEmpty, "--quiet prints errors only")
        #expect(FileManager.default.fileExists(atPath: dir + "/other.sqlite"))
        let s = try Self.capindex(["status", "--year", "2026"], in: dir, env: ["CAPINDEX_DB": "other.sqlite"])
        #expect(s.status == 0)
        #expect(s.out.contains("15 of 15"))
    }
}

extension EndToEndTests {
    @Test func evidenceCommands() throws {
        let dir = Repo.tempDir()
        #expect(try Self.capindex(["init"], in: dir).status == 0)
        let ok = try Self.capindex(["evidence", "import", Repo.path("Data/evidence")], in: dir)
        #expect(ok.status == 0, "\(ok.err)")
        #expect(ok.err.contains("I006"))
        let again = try Self.capindex(["evidence", "import", Repo.path("Data/evidence")], in: dir)
        #expect(again.status == 0)
        #expect(again.out.contains("unchanged"))
        let ofsted = try Self.capindex(["evidence", "ofsted", Repo.path("Data/ofsted/ofsted_ilacs_latest_2025.csv")], in: dir)
        #expect(ofsted.status == 0)
        #expect(ofsted.err.contains("I007"))
        try Data("a,b\n1,2\n".utf8).write(to: URL(fileURLWithPath: dir + "/mystery.csv"))
        let bad = try Self.capindex(["evidence", "import", dir + "/mystery.csv"], in: dir)
        #expect(bad.status == 1)
        #expect((bad.out + bad.err).contains("W004"))
    }
}
