import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// `kill -9` during an ingest leaves every submission whole or absent, and a second
/// ingest completes the job without duplicates.
@Suite(.serialized) struct CrashSafetyTests {
    /// One-LA submission files for the shipped framework, made from the demo: every LA of
    /// the register in each year it existed from 2010, with long narratives, so that an
    /// ingest takes long enough on any machine for kills to land while it runs.
    static func makeInbox() throws -> (dir: String, count: Int) {
        let dir = Repo.tempDir("crash")
        let register = try LARegister.load(path: Repo.path("Data/register.csv"))
        let fw = try Framework.load(path: Repo.path("Data/framework.json")).framework
        let padding = String(repeating: "Evidence from the last audit, the panel and the data. ", count: 20)
        var n = 0
        for code in register.allCodes {
            for year in 2010...2026 where register.isValid(code, in: year) {
                var csv = "la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff\n"
                for (i, t) in fw.themes.enumerated() {
                    csv +=
                        "\(code),\(year),\(t.id),\((i + year) % 4 + 1),N,N,\(i % 4),\((i + 1) % 4),medium,\"Narrative \(i), with a comma. \(padding)\",\(year)-11-10,CX\n"
                }
                try csv.write(toFile: "\(dir)/\(code)-\(year).csv", atomically: false, encoding: .utf8)
                n += 1
            }
        }
        return (dir, n)
    }

    static func check(_ dbPath: String) throws -> Int {
        let store = try Store(path: dbPath)
        #expect(try store.db.scalar("PRAGMA integrity_check") == .text("ok"))
        let partial = try store.db.query(
            """
            SELECT s.id, count(t.theme) FROM submissions s LEFT JOIN theme_ratings t ON t.submission_id = s.id
            GROUP BY s.id HAVING count(t.theme) <> 12
            """
        ) { $0.int(0)! }
        #expect(partial.isEmpty, "submissions stored without all 12 themes: \(partial)")
        return try store.submissionCounts().versions
    }

    static func ingestProcess(_ db: String, _ inbox: String) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try EndToEndTests.binary())
        p.arguments = ["ingest", "--db", db, "--quiet", inbox]
        var env = ProcessInfo.processInfo.environment
        env["CAPINDEX_DATA"] = Repo.path("Data")
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        return p
    }

    /// An ingest commits once (issue 16): a kill at any moment leaves the database as it was
    /// before the ingest (nothing stored) or after it (everything), never part of it, and
    /// never a submission without all its themes. The kills land at a quarter, half and
    /// three quarters of the time an uninterrupted ingest of the same inbox takes here, and
    /// the test fails unless at least two of them found the ingest still running, so it
    /// cannot pass by killing a process that had already finished.
    @Test func killDuringIngestLeavesNoHalfSubmission() throws {
        let (inbox, count) = try Self.makeInbox()
        #expect(count > 1_500)
        // How long an uninterrupted ingest takes on this machine, now.
        let timing = Repo.tempDir("crashdb")
        _ = try EndToEndTests.capindex(["init", "--db", "\(timing)/c.sqlite"], in: timing)
        let whole = try Self.ingestProcess("\(timing)/c.sqlite", inbox)
        let started = Date()
        try whole.run()
        whole.waitUntilExit()
        let duration = Date().timeIntervalSince(started)
        #expect(whole.terminationStatus == 0)
        #expect(try Self.check("\(timing)/c.sqlite") == count)

        var killedWhileRunning = 0
        for (i, fraction) in [0.25, 0.5, 0.75].enumerated() {
            let dir = Repo.tempDir("crashdb")
            let db = "\(dir)/c.sqlite"
            _ = try EndToEndTests.capindex(["init", "--db", db], in: dir)
            let p = try Self.ingestProcess(db, inbox)
            try p.run()
            Thread.sleep(forTimeInterval: duration * fraction)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal { killedWhileRunning += 1 }
            let before = try Self.check(db)
            print(
                "crash test: killed at \(Int(fraction * 100))% of \(String(format: "%.2f", duration)) s "
                    + "(\(p.terminationReason == .uncaughtSignal ? "while running" : "after it ended")) "
                    + "with \(before) of \(count) submissions stored")
            #expect(before == 0 || before == count, "kill \(i): \(before) of \(count) stored")
            // Finishing the job afterwards stores each submission exactly once.
            let r = try EndToEndTests.capindex(["ingest", "--db", db, "--quiet", inbox], in: dir)
            #expect(r.status == 0)
            #expect(try Self.check(db) == count, "after resuming kill \(i) (\(before) stored before)")
        }
        #expect(killedWhileRunning >= 2, "only \(killedWhileRunning) of 3 kills found the ingest running")
    }
}
