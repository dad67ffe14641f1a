import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexStore

/// One writer at a time (issue 17, items 1 and 2): processes of the built binary that
/// write to one database at once end exactly where one sequential ingest ends, whatever
/// name they give the file; a second writer waits, then names the holder; readers go on;
/// an ingest that lands while `run` works is seen by the next run.
@Suite(.serialized) struct ConcurrentWriterTests {
    static let trials = 5

    /// The end state of one sequential ingest of `folders`, and the exports scored from it.
    static func reference(_ folders: [String], initFirst: Bool = false) throws -> (dump: String, exports: [String: Data]) {
        let dir = Repo.tempDir("reference")
        if initFirst { #expect(try Proc.run(["init", "--db", "c.sqlite", "--quiet"], in: dir).status == 0) }
        let r = try Proc.run(["ingest", "--db", "c.sqlite", "--quiet"] + folders, in: dir)
        #expect(r.status == 1, "the inbox holds one rejected file: \(r.err)")
        return (try DatabaseDump.text(dir + "/c.sqlite"), try Self.exports(dir, db: "c.sqlite"))
    }

    static func exports(_ dir: String, db: String) throws -> [String: Data] {
        let out = "exports-\(UUID().uuidString)"
        let e = try Proc.run(["export", "--db", db, "--all-years", "--out", out, "--quiet"], in: dir)
        #expect(e.status == 0, "\(e.err)")
        return try DatabaseDump.files(dir + "/" + out)
    }

    @Test(arguments: [2, 4])
    func concurrentIngestsEndInTheStateOfOneSequentialIngest(processes: Int) throws {
        let inbox = Repo.tempDir("inbox")
        let folders = try VersionedInbox.make(in: inbox)
        let expected = try Self.reference(folders)
        var identical = 0
        for trial in 1...Self.trials {
            let dir = Repo.tempDir("concurrent")
            // Each process is given the folders in another order: files still go in path order.
            let running = try (0..<processes).map { i in
                try Proc.start(["ingest", "--db", "c.sqlite", "--quiet"] + (i % 2 == 0 ? folders : folders.reversed()), in: dir)
            }
            let outcomes = running.map { $0.finish() }
            for o in outcomes {
                #expect(!o.timedOut && (o.status == 0 || o.status == 1), "trial \(trial): exit \(o.status) \(o.err.suffix(400))")
            }
            #expect(outcomes.filter { $0.status == 1 }.count == 1, "exactly one process saw the rejected file first")
            let dump = try DatabaseDump.text(dir + "/c.sqlite")
            let exports = try Self.exports(dir, db: "c.sqlite")
            #expect(dump == expected.dump, "trial \(trial): the database differs from one sequential ingest")
            #expect(exports == expected.exports, "trial \(trial): the exports differ from one sequential ingest")
            if dump == expected.dump && exports == expected.exports { identical += 1 }
        }
        print("concurrency: \(processes) ingest processes × \(Self.trials) trials: \(identical) ended in the sequential state")
    }

    @Test func symlinkedAndHardLinkedNamesOfOneDatabaseShareItsLock() throws {
        let inbox = Repo.tempDir("inbox")
        let folders = try VersionedInbox.make(in: inbox)
        let expected = try Self.reference(folders, initFirst: true)
        var identical = 0
        for trial in 1...Self.trials {
            let dir = Repo.tempDir("names")
            #expect(try Proc.run(["init", "--db", "c.sqlite", "--quiet"], in: dir).status == 0)
            try FileManager.default.createSymbolicLink(atPath: dir + "/link.sqlite", withDestinationPath: dir + "/c.sqlite")
            #expect(link(dir + "/c.sqlite", dir + "/hard.sqlite") == 0)
            let names = ["c.sqlite", "link.sqlite", "hard.sqlite", "./link.sqlite"]
            let running = try names.map { try Proc.start(["ingest", "--db", $0, "--quiet"] + folders, in: dir) }
            for o in running.map({ $0.finish() }) { #expect(!o.timedOut && o.status <= 1, "trial \(trial): \(o.err.suffix(400))") }
            let dump = try DatabaseDump.text(dir + "/c.sqlite")
            #expect(dump == expected.dump, "trial \(trial): four names of one file raced")
            if dump == expected.dump { identical += 1 }
        }
        print("concurrency: 4 processes through a path, a symbolic link and a hard link × \(Self.trials) trials: \(identical) sequential")
    }

    /// The note a holder leaves beside the database: `DB.lock` beside its real path.
    static func waitForHolder(_ path: String, seconds: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: path) { return true }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return false
    }

    @Test func aSecondWriterWaitsThenNamesTheHolderWhileReadersGoOn() throws {
        let dir = Repo.tempDir("holder")
        #expect(try Proc.run(["ingest", "--db", "c.sqlite", "--quiet", Repo.path("Data/demo")], in: dir).status == 0)
        let run = try Proc.start(RunCommandTests.runArgs("out", db: "c.sqlite") + ["--quiet"], in: dir)
        #expect(Self.waitForHolder(dir + "/c.sqlite.lock"), "the run took the lock")
        let started = Date()
        let second = try Proc.run(
            ["ingest", "--db", "c.sqlite", Repo.path("Data/demo/2026")], in: dir, env: ["CAPINDEX_LOCK_WAIT": "0.2"])
        let waited = Date().timeIntervalSince(started)
        let status = try Proc.run(["status", "--db", "c.sqlite", "--year", "2026"], in: dir)
        let ran = run.finish()
        #expect(ran.status == 0, "\(ran.err)")
        #expect(second.status == 3)
        #expect(second.err.contains("capindex run"), "names the holder's command: \(second.err)")
        #expect(second.err.contains("pid \(run.process.processIdentifier)"), "names the holder's process: \(second.err)")
        #expect(second.err.contains("since "), "says since when: \(second.err)")
        #expect(second.err.contains("nothing was done"))
        #expect(waited >= 0.2, "it waited its time before giving up")
        #expect(status.status == 0, "a reader does not wait for the writer: \(status.err)")
        #expect(status.out.contains("15 of 15 LAs submitted"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/c.sqlite.lock"), "the holder's note goes with it")
    }

    @Test func anIngestDuringARunIsPickedUpByTheNextRun() throws {
        let dir = Repo.tempDir("midrun")
        let inbox = dir + "/late"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        var csv = try String(contentsOfFile: Repo.path("Data/demo/2026/383-leeds-2026.csv"), encoding: .utf8)
        csv = csv.replacingOccurrences(of: "2026-11-09", with: "2026-11-21")
        try csv.write(toFile: inbox + "/383-leeds-2026-v2.csv", atomically: false, encoding: .utf8)
        let run = try Proc.start(RunCommandTests.runArgs("out", db: "c.sqlite") + ["--quiet"], in: dir)
        #expect(Self.waitForHolder(dir + "/c.sqlite.lock"), "the run took the lock")
        let ingest = try Proc.run(["ingest", "--db", "c.sqlite", "--quiet", inbox], in: dir)
        #expect(run.finish().status == 0)
        #expect(ingest.status == 0, "the ingest waited for the run and then stored its version: \(ingest.err)")
        let next = try Proc.run(RunCommandTests.runArgs("out", db: "c.sqlite") + ["--json"], in: dir)
        #expect(next.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(next.out.utf8)) as? [String: Any])
        #expect(json["unchanged"] as? Bool == false, "the next run saw the version stored behind its back")
        let status = try String(contentsOfFile: dir + "/out/yorkshire-and-the-humber/2026/status.md", encoding: .utf8)
        #expect(status.contains("383-leeds-2026-v2.csv") || status.contains("v2"), "the status board shows the new version")
    }
}

extension ConcurrentWriterTests {
    /// The same race without processes: an ingest stored through another connection
    /// between the score stage and the reports (as a writer that ignored the lock would)
    /// is not folded into what the run records, so the next run does the work again.
    @Test func aVersionStoredMidRunIsNotRecordedAsConsumed() throws {
        let dir = Repo.tempDir("midrun-stage")
        let db = dir + "/c.sqlite"
        let late = dir + "/late"
        try FileManager.default.createDirectory(atPath: late, withIntermediateDirectories: true)
        var csv = try String(contentsOfFile: Repo.path("Data/demo/2026/383-leeds-2026.csv"), encoding: .utf8)
        csv = csv.replacingOccurrences(of: "2026-11-09", with: "2026-11-21")
        try csv.write(toFile: late + "/383-leeds-2026-v2.csv", atomically: false, encoding: .utf8)
        let store = try Workspace.openInitialised(path: db, now: PipelineRun.now, data: .builtIn)
        let request = RunRequest(
            submissions: [Repo.path("Data/demo")], evidence: [], year: 2026, regions: .withSubmissions, outDir: dir + "/out",
            formats: [.md], settingsPath: nil, reportDate: "2026-11-23", now: PipelineRun.now)
        var stages = RunPipeline.stages
        let behindItsBack = RunStage(name: "late ingest") { _ in
            let other = try Store(path: db)
            let r = try Ingester(store: other, now: PipelineRun.now).ingest(paths: [late])
            precondition(r.stored == 1)
        }
        stages.insert(behindItsBack, at: stages.firstIndex { $0.name == "reports" }!)
        let first = try RunPipeline.run(store: store, request: request, stages: stages)
        #expect(first.scoreRun != nil)
        let second = try RunPipeline.run(store: store, request: request)
        #expect(!second.unchanged, "the version stored after scoring is new to the next run")
        let third = try RunPipeline.run(store: store, request: request)
        #expect(third.unchanged, "and once it has been through a run, nothing changed")
    }

    /// The same-bytes rule looks at every version, inside the write transaction: the
    /// submission of a file stored before (now superseded) cannot become current again,
    /// however the calls interleave.
    @Test func aSupersededVersionCannotBecomeCurrentAgain() throws {
        let store = try Store.inMemory()
        _ = try Workspace.initialise(store, registerPath: nil, frameworkPath: nil, now: PipelineRun.now, data: .builtIn)
        let bound = try #require(try store.currentFramework())
        let validator = SubmissionValidator(framework: bound.framework, register: try store.loadRegister())
        func submission(_ date: String) throws -> ValidSubmission {
            var csv = try String(contentsOfFile: Repo.path("Data/demo/2026/383-leeds-2026.csv"), encoding: .utf8)
            csv = csv.replacingOccurrences(of: "2026-11-09", with: date)
            let bytes = Array(csv.utf8)
            let raw = SubmissionFileReader.read(bytes, name: "383-\(date).csv")
            let verdict = try #require(validator.validate(raw, sha256: SHA256.hex(bytes)).verdicts.first)
            guard case .accepted(let s, _) = verdict else { throw AppError(.failure, "test", "the demo file was rejected") }
            return s
        }
        let first = try submission("2026-11-09"), second = try submission("2026-11-21")
        let run = try store.beginIngestRun(at: PipelineRun.now, dryRun: false)
        #expect(try store.saveSubmission(first, frameworkRowID: bound.rowID, diagnostics: [], runID: run, at: PipelineRun.now).version == 1)
        #expect(
            try store.saveSubmission(second, frameworkRowID: bound.rowID, diagnostics: [], runID: run, at: PipelineRun.now).version == 2)
        // A writer that read the first file before the second was stored now stores it.
        let late = try store.saveSubmission(first, frameworkRowID: bound.rowID, diagnostics: [], runID: run, at: PipelineRun.now)
        #expect(late.version == 1, "the first file's version is the one already stored")
        #expect(late.superseded == nil)
        let versions = try store.versions(laCode: "383", year: 2026)
        #expect(versions.count == 2, "no version was added")
        #expect(versions.first { $0.isCurrent }?.version == 2, "the later version stays current")
    }
}
