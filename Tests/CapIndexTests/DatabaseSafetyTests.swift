import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexStore

/// The database file (issue 17, items 10, 11, 12): commands that only read open it
/// read-only (no switch to WAL, nothing created in a read-only folder), a damaged file is
/// refused unchanged with a message that says to restore a backup, and SQLite's failures
/// come out in plain words.
@Suite(.serialized) struct DatabaseSafetyTests {
    static func sha(_ path: String) -> String { SHA256.hex(FileManager.default.contents(atPath: path) ?? Data()) }

    /// The demo, ingested and scored, in `dir/c.sqlite`, closed cleanly.
    static func demoDatabase(in dir: String) throws -> String {
        #expect(try Proc.run(["ingest", "--db", "c.sqlite", "--quiet", Repo.path("Data/demo")], in: dir).status == 0)
        #expect(try Proc.run(["score", "--db", "c.sqlite", "--all-years", "--quiet"], in: dir).status == 0)
        return dir + "/c.sqlite"
    }

    /// SQLite's journal mode as the file's header records it: 1 rollback, 2 WAL.
    static func headerJournalMode(_ path: String) -> UInt8? {
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? h.close() }
        let header = [UInt8](h.readData(ofLength: 20))
        return header.count == 20 ? header[18] : nil
    }

    @Test func readingCommandsLeaveARollbackDatabaseAsItWas() throws {
        let dir = Repo.tempDir("readonly-mode")
        let db = try Self.demoDatabase(in: dir)
        // A copy made the way backups are: rollback journal mode.
        do {
            let store = try Store(path: db)
            try store.db.execute("PRAGMA journal_mode = DELETE")
        }
        #expect(Self.headerJournalMode(db) == 1)
        let before = Self.sha(db)
        for args in [
            ["status", "--year", "2026"], ["explain", "383", "--year", "2026"], ["match", "--year", "2026", "--all-regions"],
            ["export", "--all-years", "--out", "exports"],
        ] {
            let r = try Proc.run(args + ["--db", "c.sqlite", "--quiet"], in: dir)
            #expect(r.status == 0, "\(args[0]): \(r.err)")
        }
        #expect(Self.headerJournalMode(db) == 1, "not switched to WAL")
        #expect(Self.sha(db) == before, "not a byte written")
        #expect(!FileManager.default.fileExists(atPath: db + "-wal") && !FileManager.default.fileExists(atPath: db + "-shm"))
    }

    @Test(.enabled(if: Proc.canDropRoot, "the tests run as root, for whom no folder is read-only, and /usr/bin/setpriv is missing"))
    func statusWorksOnAReadOnlyDatabaseInAReadOnlyFolder() throws {
        let dir = Repo.tempDir("readonly-folder")
        let db = try Self.demoDatabase(in: dir)
        let shelf = dir + "/shelf"
        try FileManager.default.createDirectory(atPath: shelf, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: db, toPath: shelf + "/c.sqlite")
        #expect(chmod(shelf + "/c.sqlite", 0o444) == 0 && chmod(shelf, 0o555) == 0 && chmod(dir, 0o777) == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: shelf)
        let r = try Proc.run(["status", "--db", "shelf/c.sqlite", "--year", "2026"], in: dir, unprivileged: true)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("15 of 15 LAs submitted"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shelf) == before, "nothing created beside it")
        let report = try Proc.run(
            ["report", "status", "--db", "shelf/c.sqlite", "--year", "2026", "--out", "out", "--quiet"], in: dir, unprivileged: true)
        #expect(report.status == 0, "the scores are fresh, so report only reads: \(report.err)")
        let write = try Proc.run(["ingest", "--db", "shelf/c.sqlite", Repo.path("Data/demo/2026")], in: dir, unprivileged: true)
        #expect(write.status == 3, "a writer cannot write here")
        #expect(
            write.err.contains("shelf/c.sqlite") && (write.err.contains("read-only") || write.err.contains("permission")), "\(write.err)")
        #expect(!write.err.contains("SQLite code"), "\(write.err)")
        #expect(chmod(shelf, 0o755) == 0)
    }

    /// A copy of the demo database with 8 KB overwritten in the middle of the file.
    static func damagedCopy(in dir: String) throws -> String {
        let db = try Self.demoDatabase(in: dir)
        let copy = dir + "/damaged.sqlite"
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: db)))
        let middle = (bytes.count / 2 / 4096) * 4096
        var rng = SystemRandomNumberGenerator()
        for i in middle..<(middle + 8192) { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
        try Data(bytes).write(to: URL(fileURLWithPath: copy))
        return copy
    }

    @Test func aDamagedDatabaseIsRefusedUnchanged() throws {
        let dir = Repo.tempDir("damaged")
        let copy = try Self.damagedCopy(in: dir)
        let before = Self.sha(copy)
        let ingest = try Proc.run(["ingest", "--db", "damaged.sqlite", Repo.path("Data/demo/2026")], in: dir)
        #expect(ingest.status == 3, "\(ingest.err)")
        #expect(ingest.err.contains("damaged.sqlite") && ingest.err.contains("damaged"), "\(ingest.err)")
        #expect(ingest.err.contains("backup"), "says to restore a backup: \(ingest.err)")
        #expect(Self.sha(copy) == before, "refused without writing")
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal") && !FileManager.default.fileExists(atPath: copy + "-shm"))
        // A reader does not check the whole file first; where it meets the damage it says so.
        let status = try Proc.run(["status", "--db", "damaged.sqlite", "--year", "2026"], in: dir)
        #expect(status.status == 0 || (status.err.contains("backup") && !status.err.contains("SQLite code")), "\(status.err)")
        #expect(Self.sha(copy) == before)
    }

    @Test func aReaderThatMeetsDamageSaysSoInPlainWords() throws {
        let dir = Repo.tempDir("damaged-root")
        let db = try Self.demoDatabase(in: dir)
        // The first page of the submissions table, which the status board must read.
        let root: Int = try {
            let store = try Store(path: db)
            return try store.db.query("SELECT rootpage FROM sqlite_master WHERE name = 'submissions'") { $0.int(0)! }[0]
        }()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: db)))
        for i in ((root - 1) * 4096)..<((root - 1) * 4096 + 64) { bytes[i] = 0xA5 }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/broken.sqlite"))
        let before = Self.sha(dir + "/broken.sqlite")
        let status = try Proc.run(["status", "--db", "broken.sqlite", "--year", "2026"], in: dir)
        #expect(status.status == 3)
        #expect(status.err.contains("broken.sqlite is damaged"), "\(status.err)")
        #expect(status.err.contains("backup") && !status.err.contains("SQLite code"), "plain words, not SQLite's: \(status.err)")
        #expect(Self.sha(dir + "/broken.sqlite") == before)
    }

    @Test func sqliteFailuresInPlainWords() {
        for (code, words) in [(13, "disk is full"), (8, "read-only"), (14, "cannot open"), (11, "damaged"), (10, "disk")] {
            let e = AppError.from(DatabaseError(file: "/data/c.sqlite", code: Int32(code), message: "x", sql: "INSERT INTO t VALUES (1)"))
            #expect(e.message.contains("/data/c.sqlite") && e.message.contains(words), "\(code): \(e.message)")
            #expect(!e.description.contains("INSERT"), "no SQL in the message: \(e.description)")
        }
    }
}
