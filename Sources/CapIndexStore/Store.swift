import Foundation

/// The capindex database: owns the schema, its migrations and every write.
/// One SQLite file in WAL mode; each submission is written in one transaction.
public final class Store {
    /// The connection: private to the store module, so no SQL is written anywhere else.
    let db: Database
    /// Where the file is (`:memory:` in tests).
    public let path: String

    /// Opens the store at `path`, creating the file and running migrations as needed.
    /// A file that is not capindex's (not SQLite, another application's, a newer schema)
    /// is refused before anything is opened for writing; a capindex database made before
    /// the mark existed is adopted, and one made before the shipped migrations were final
    /// is repaired first (``PreReleaseRepair``).
    public init(path: String) throws {
        self.path = path
        if path != ":memory:" { _ = try DatabaseFile.inspect(path: path, knownSchema: Schema.migrations.count) }
        db = try Database(path: path)
        if path != ":memory:" {
            try db.execute("PRAGMA journal_mode = WAL")
            try db.execute("PRAGMA synchronous = NORMAL")
        }
        try db.execute("PRAGMA foreign_keys = ON")
        // A national store is tens of MB; the 2 MB default cache makes SQLite evict and
        // re-zero pages during a scoring run's bulk writes (seen in callgrind).
        try db.execute("PRAGMA cache_size = -65536")
        try PreReleaseRepair.apply(db)
        try migrate()
        if try db.scalar("PRAGMA application_id") != .int(Int64(DatabaseFile.applicationID)) {
            try db.execute("PRAGMA application_id = \(DatabaseFile.applicationID)")
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
}
