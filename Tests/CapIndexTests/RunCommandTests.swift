import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// `capindex run` as cron runs it: every stage, idempotent re-runs, the lock.
@Suite(.serialized) struct RunCommandTests {
    static func runArgs(_ out: String, db: String) -> [String] {
        [
            "run", "--db", db, "--year", "2026", "--region", "Yorkshire and The Humber", "--submissions", Repo.path("Data/demo"),
            "--evidence", Repo.path("Data/evidence"), "--evidence", Repo.path("Data/ofsted"), "--out", out, "--date", "2026-11-23",
        ]
    }

    static func mtimes(_ dir: String) throws -> [String: Date] {
        var out: [String: Date] = [:]
        let fm = FileManager.default
        for case let rel as String in fm.enumerator(atPath: dir)! {
            let p = dir + "/" + rel
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: p, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = try fm.attributesOfItem(atPath: p)[.modificationDate] as? Date
            }
        }
        return out
    }

    @Test func fullRunThenNothingChangedThenAChange() throws {
        let dir = Repo.tempDir("run")
        let first = try EndToEndTests.capindex(Self.runArgs("out", db: "c.sqlite"), in: dir)
        #expect(first.status == 0, "\(first.err)")
        for (i, stage) in ["ingest", "evidence", "improvement", "score", "reports", "export"].enumerated() {
            #expect(first.out.contains("[\(i + 1)/6] \(stage)"))
        }
        #expect(first.out.contains("reports: 74 pages written"), "44 pages and 15 feedback pages in two formats")
        let area = "\(dir)/out/yorkshire-and-the-humber/2026"
        for page in ["index", "status", "challenge", "challenge-370", "challenge-816", "challenge-all", "summit", "trends", "improvement"] {
            for ext in ["html", "md"] { #expect(FileManager.default.fileExists(atPath: "\(area)/\(page).\(ext)"), "\(page).\(ext)") }
        }
        for f in ["la_scores", "theme_balance", "regional_index", "trends", "flags", "indicators", "matches"] {
            #expect(FileManager.default.fileExists(atPath: "\(dir)/out/exports/\(f).csv"), "\(f).csv")
        }
        #expect(try String(contentsOfFile: "\(area)/summit.html", encoding: .utf8).contains("<h1"))

        // Same inputs: nothing rewritten, not even touched.
        let before = try Self.mtimes(dir + "/out")
        Thread.sleep(forTimeInterval: 1.1)
        let second = try EndToEndTests.capindex(Self.runArgs("out", db: "c.sqlite"), in: dir)
        #expect(second.status == 0)
        #expect(second.out.contains("nothing changed since the last run"))
        #expect(try Self.mtimes(dir + "/out") == before)

        // A new submission version: the run does the work again.
        let inbox = dir + "/more"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        var csv = try String(contentsOfFile: Repo.path("Data/demo/2026/383-leeds-2026.csv"), encoding: .utf8)
        csv = csv.replacingOccurrences(of: "2026-11-09", with: "2026-11-21")
        try csv.write(toFile: inbox + "/383-leeds-2026-v2.csv", atomically: true, encoding: .utf8)
        var args = Self.runArgs("out", db: "c.sqlite")
        args += ["--submissions", inbox]
        let third = try EndToEndTests.capindex(args + ["--json"], in: dir)
        #expect(third.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(third.out.utf8)) as? [String: Any])
        #expect(json["unchanged"] as? Bool == false)
        #expect((json["ingest"] as? [String: Any])?["superseded"] as? Int == 1)
        #expect((json["timings"] as? [[String: Any]])?.count == 6)
    }

    /// Audit finding 9: the report date is not an input. A daily cron run over the same
    /// inputs rewrites nothing while W115–W117 stay the same; the day an action falls
    /// overdue it writes again, and pages left alone keep the date of the run that wrote them.
    @Test func aNewDayRewritesNothingUntilAnActionFallsOverdue() throws {
        let r = try PipelineRun.workedExample()
        let out = r.dir + "/out"
        func run(_ date: String) throws -> RunOutcome {
            var improvement: [ImprovementKind: [String]] = [:]
            for kind in ImprovementKind.allCases { improvement[kind] = [Repo.fixture("improvement/\(kind.rawValue).csv")] }
            let request = RunRequest(
                submissions: [Repo.fixture("worked-example/inputs/submissions")],
                evidence: [Repo.fixture("worked-example/inputs/indicators"), Repo.fixture("worked-example/inputs/ofsted")],
                year: 2026, regions: .named("Example Region"), outDir: out, formats: [.md, .html], settingsPath: nil,
                reportDate: date, now: PipelineRun.now, improvement: improvement)
            return try RunPipeline.run(store: r.store, request: request)
        }
        // A-3 (due 31 December 2027, on track) is stale on both days and overdue from 1 January.
        #expect(try run("2027-12-30").unchanged == false)
        let before = try Self.mtimes(out)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try run("2027-12-31").unchanged == true, "the same flags on the next day")
        #expect(try Self.mtimes(out) == before, "nothing rewritten, not even touched")
        let page = try String(contentsOfFile: out + "/example-region/2026/improvement.md", encoding: .utf8)
        #expect(page.contains("report date 30 December 2027"), "the page keeps the date of the run that wrote it")

        #expect(try run("2028-01-01").unchanged == false, "A-3 falls overdue")
        let after = try Self.mtimes(out)
        #expect(after.keys.filter { after[$0] != before[$0] }.count > 1)
        let overdue = try String(contentsOfFile: out + "/example-region/2026/improvement.md", encoding: .utf8)
        #expect(overdue.contains("report date 1 January 2028"))
        let flags = try String(contentsOfFile: out + "/exports/flags.csv", encoding: .utf8)
        #expect(flags.contains("Action A-3 (PC-02) was due on 2027-12-31 and is on track"))
        #expect(!flags.contains("days before"), "no message counts days")
        // Audit finding 27: the run's record has snake_case keys, as every JSON capindex writes.
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/.capindex-run.json"))) as? [String: Any])
        #expect(record.keys.sorted() == ["database", "date_results", "files", "finished_at", "outputs", "parameters", "version"])
    }

    @Test func aSecondRunBesideTheFirstIsRefusedAndTouchesNothing() throws {
        let dir = Repo.tempDir("lock")
        let db = dir + "/c.sqlite"
        let lock = try WriteLock.acquire(database: db, command: "capindex run", wait: 0)
        let r = try EndToEndTests.capindex(Self.runArgs("out", db: "c.sqlite"), in: dir, env: ["CAPINDEX_LOCK_WAIT": "0.3"])
        lock.release()
        #expect(r.status == 3)
        #expect(r.err.contains("another capindex command, pid \(getpid()) (capindex run, since "), "\(r.err)")
        #expect(r.err.contains("waited 0.3 s"))
        let size = try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int
        #expect(size == 0, "the refused run wrote nothing to the (empty) database the holder made")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out"))
        #expect(!FileManager.default.fileExists(atPath: db + ".lock"), "the holder's note went with the lock")
    }

    @Test func badInvocationsExit2() throws {
        let dir = Repo.tempDir()
        #expect(try EndToEndTests.capindex(["run", "--year", "2026", "--out", "o"], in: dir).status == 2, "no --submissions")
        #expect(
            try EndToEndTests.capindex(["run", "--year", "2026", "--submissions", "x", "--out", "o", "--format", "pdf"], in: dir).status
                == 2)
        #expect(
            try EndToEndTests.capindex(["run", "--year", "2026", "--submissions", "x", "--out", "o", "--date", "23/11/2026"], in: dir)
                .status == 2)
        let badDate = try EndToEndTests.capindex(["report", "--year", "2026", "--out", "o", "--date", "2027-13-45"], in: dir)
        #expect(badDate.status == 2, "report and run check --date alike: month 13 is no date")
        #expect(badDate.err.contains("--date"))
        try Data("{\"title\": 5}".utf8).write(to: URL(fileURLWithPath: dir + "/bad-settings.json"))
        let badSettings = try EndToEndTests.capindex(
            ["run", "--year", "2026", "--submissions", Repo.path("Data/demo"), "--out", "o", "--settings", "bad-settings.json"], in: dir)
        #expect(badSettings.status == 2)
        #expect(badSettings.err.contains("--settings"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/capindex.sqlite"), "rejected before anything was opened")
    }
}

extension RunCommandTests {
    @Test func anErrorComesOutTaggedWithItsStage() throws {
        let dir = Repo.tempDir("stages")
        let store = try Workspace.openInitialised(path: dir + "/c.sqlite", now: PipelineRun.now, data: .builtIn)
        let request = RunRequest(
            submissions: [], evidence: [], year: 2026, regions: .withSubmissions, outDir: dir + "/out", formats: [.md],
            settingsPath: nil, reportDate: "2026-11-23", now: PipelineRun.now)
        let seen = EventLog()
        let stages = [
            RunStage(name: "first", body: { _ in }),
            RunStage(name: "second", body: { _ in throw IngestError.unreadable("x.csv") }),
            RunStage(name: "third", body: { _ in Issue.record("a stage after a failure ran") }),
        ]
        #expect {
            let events = RunEvents(
                stageStarted: { n, total, name in seen.add("\(n)/\(total) \(name)") },
                stageEnded: { name, ds in seen.add("ended \(name) with \(ds.count)") })
            _ = try RunPipeline.run(store: store, request: request, stages: stages, events: events)
        } throws: { error in
            guard let e = error as? AppError else { return false }
            return e.stage == "second" && e.message == "[second] x.csv: cannot read the file" && e.exitCode == 3
        }
        #expect(seen.items == ["1/3 first", "ended first with 0", "2/3 second"], "a stage that failed does not end")
        #expect(RunPipeline.stages.map(\.name) == ["ingest", "evidence", "improvement", "score", "reports", "export"])
    }
}

/// What a run's events told, in order (the events are called on the run's own thread).
final class EventLog: @unchecked Sendable {
    private(set) var items: [String] = []
    private let lock = NSLock()

    func add(_ s: String) {
        lock.lock()
        items.append(s)
        lock.unlock()
    }
}
