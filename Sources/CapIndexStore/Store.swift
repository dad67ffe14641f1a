import CSQLite
import Foundation

/// The capindex database: owns the schema, its migrations and every write.
/// One SQLite file in WAL mode; each submission file is stored in one transaction.
public final class Store {
    /// How a store is opened.
    public enum Access: Sendable {
        /// For a command that writes: checked for damage, migrated, switched to WAL.
        case write
        /// For a command that only reads: nothing is written, nothing is switched.
        case read
    }

    /// The connection: private to the store module, so no SQL is written anywhere else.
    let db: Database
    /// Where the file is (`:memory:` in tests).
    public let path: String
    /// How it was opened.
    public let access: Access

    /// Opens the store at `path`, creating the file and running migrations as needed.
    /// A file that is not capindex's (not SQLite, another application's, a newer schema)
    /// is refused before anything is opened for writing, and so is a damaged one (SQLite's
    /// `quick_check`, run before the first write); a capindex database made before the
    /// mark existed is adopted, and one made before the shipped migrations were final is
    /// repaired first (``PreReleaseRepair``).
    public init(path: String) throws {
        self.path = path
        access = .write
        if path != ":memory:" { _ = try DatabaseFile.inspect(path: path, knownSchema: Schema.migrations.count) }
        db = try Database(path: path)
        if path != ":memory:" {
            try Self.checkIntegrity(db)
            if case .int(let v) = try db.scalar("PRAGMA user_version"), v > Schema.migrations.count {
                throw StoreError.newerSchema(file: path, schema: Int(v), known: Schema.migrations.count)
            }
            // 16 KiB pages for a new file (a file that has pages keeps its size): a national
            // ingest writes 480 pages instead of 1,916 to the log and again to the file,
            // and its commit and checkpoint took 21 ms instead of 31.
            try db.execute("PRAGMA page_size = 16384")
            try db.execute("PRAGMA journal_mode = WAL")
            try db.execute("PRAGMA synchronous = NORMAL")
        }
        try db.execute("PRAGMA cache_size = \(Database.cacheSize)")
        // Migrations run with foreign keys off, as SQLite's way of rebuilding a table needs
        // (migration 9); they copy rows with their ids, so every reference still holds.
        try PreReleaseRepair.apply(db)
        try migrate()
        try db.execute("PRAGMA foreign_keys = ON")
        if try db.scalar("PRAGMA application_id") != .int(Int64(DatabaseFile.applicationID)) {
            try db.execute("PRAGMA application_id = \(DatabaseFile.applicationID)")
        }
    }

    /// Opens the capindex database at `path` for reading only: no byte of the file is
    /// written, its journal mode is left as it is, and in a folder that cannot be written
    /// nothing is created beside it. A database that an older capindex made throws
    /// ``StoreError/needsUpgrade`` (a writer brings it up to date first).
    public init(readingPath path: String) throws {
        self.path = path
        access = .read
        _ = try DatabaseFile.inspect(path: path, knownSchema: Schema.migrations.count)
        db = try Database(readOnlyPath: path)
        // Nothing this connection runs can write, whatever it was opened as.
        try db.execute("PRAGMA query_only = 1")
        try db.execute("PRAGMA cache_size = \(Database.cacheSize)")
        let schema = schemaVersion
        if schema > Schema.migrations.count {
            throw StoreError.newerSchema(file: path, schema: schema, known: Schema.migrations.count)
        }
        let repair = try PreReleaseRepair.needed(db)
        let marked = try db.scalar("PRAGMA application_id") == .int(Int64(DatabaseFile.applicationID))
        if schema < Schema.migrations.count || repair || !marked {
            throw StoreError.needsUpgrade(file: path, schema: schema, known: Schema.migrations.count)
        }
    }

    /// Closes the connection now, before the write lock is let go.
    public func close() { db.close() }

    /// SQLite's `quick_check` (the structure of every page; not the values in them): a
    /// damaged file is refused before anything is written to it. It reads the whole file
    /// once: 30–50 ms (20 ms of CPU) on the national database of 12.5 MB after a full run.
    static func checkIntegrity(_ db: Database) throws {
        let findings: [String]
        do {
            findings = try db.query("PRAGMA quick_check(5)") { $0.string(0) ?? "" }
        } catch let e as DatabaseError where e.isCorruption {
            throw StoreError.corrupt(file: db.path, detail: e.message)
        }
        guard findings == ["ok"] else {
            throw StoreError.corrupt(file: db.path, detail: findings.prefix(3).joined(separator: "; "))
        }
    }

    /// What the file at `path` is, without writing to it: throws ``StoreError`` for a file
    /// capindex must refuse. Commands that take a lock beside the database ask first.
    public static func inspectFile(path: String) throws -> DatabaseFile.State {
        try DatabaseFile.inspect(path: path, knownSchema: Schema.migrations.count)
    }

    /// An empty in-memory store, for tests.
    public static func inMemory() throws -> Store { try Store(path: ":memory:") }

    /// Schema version the file is at.
    public var schemaVersion: Int {
        (try? db.scalar("PRAGMA user_version")).flatMap { if case .int(let v) = $0 { Int(v) } else { nil } } ?? 0
    }

    private func migrate() throws {
        let current = schemaVersion
        guard current < Schema.migrations.count else {
            if current > Schema.migrations.count {
                throw StoreError.newerSchema(file: path, schema: current, known: Schema.migrations.count)
            }
            return
        }
        for (i, sql) in Schema.migrations.enumerated() where i >= current {
            try db.transaction {
                try db.execute(sql)
                try db.execute("PRAGMA user_version = \(i + 1)")
            }
        }
    }

    /// True when the register and a framework have been loaded.
    public var isInitialised: Bool {
        (try? db.scalar("SELECT count(*) FROM frameworks WHERE is_current = 1")) == .int(1)
    }

    /// Runs `body` on one snapshot of the database: everything it reads comes from the
    /// same moment, whatever a writer commits meanwhile (a read transaction).
    public func reading<T>(_ body: () throws -> T) throws -> T {
        try db.execute("BEGIN")
        defer { try? db.execute("COMMIT") }
        return try body()
    }
}
