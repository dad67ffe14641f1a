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
    /// 240 one-LA submission files for the shipped framework, made from the demo.
    static func makeInbox() throws -> (dir: String, count: Int) {
        let dir = Repo.tempDir("crash")
        let register = try LARegister.load(path: Repo.path("Data/register.csv"))
        let fw = try Framework.load(path: Repo.path("Data/framework.json")).framework
        var n = 0
        for code in register.allCodes {
            for year in 2019...2026 where register.isValid(code, in: year) && n < 240 {
                var csv = "la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff\n"
                for (i, t) in fw.themes.enumerated() {
                    csv +=
                        "\(code),\(year),\(t.id),\((i + year) % 4 + 1),N,N,\(i % 4),\((i + 1) % 4),medium,\"Narrative \(i), with a comma\",\(year)-11-10,CX\n"
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

    @Test func killDuringIngestLeavesNoHalfSubmission() throws {
        let (inbox, count) = try Self.makeInbox()
        #expect(count == 240)
        for (i, delay) in [0.05, 0.12, 0.2, 0.35].enumerated() {
            let dir = Repo.tempDir("crashdb")
            let db = "\(dir)/c.sqlite"
            _ = try EndToEndTests.capindex(["init", "--db", db], in: dir)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: try EndToEndTests.binary())
            p.arguments = ["ingest", "--db", db, "--quiet", inbox]
            var env = ProcessInfo.processInfo.environment
            env["CAPINDEX_DATA"] = Repo.path("Data")
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let before = try Self.check(db)
            print("crash test: killed after \(delay) s with \(before) of \(count) submissions stored")
            #expect(before <= count, "kill \(i)")
            // Finishing the job afterwards stores each submission exactly once.
            let r = try EndToEndTests.capindex(["ingest", "--db", db, "--quiet", inbox], in: dir)
            #expect(r.status == 0)
            #expect(try Self.check(db) == count, "after resuming kill \(i) (\(before) stored before)")
        }
    }
}
