import CSQLite
import Foundation

/// An SQLite failure, with the file it happened on, SQLite's own message and the
/// statement it came from.
public struct DatabaseError: Error, Equatable, CustomStringConvertible {
    /// The database file.
    public var file: String
    /// SQLite's (extended) result code.
    public var code: Int32
    /// SQLite's message.
    public var message: String
    /// The SQL, when there was one.
    public var sql: String?

    /// `capindex.sqlite: database error: disk I/O error (code 10) in: INSERT …`.
    public var description: String {
        let statement = sql.map { " in: \($0.split(separator: "\n").first.map(String.init) ?? $0)" } ?? ""
        return "\(file): database error: \(message) (SQLite code \(code))\(statement)"
    }
}

/// A value bound to or read from a statement.
enum SQLValue: Sendable, Equatable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case blob([UInt8])
}

/// Converts Swift values to `SQLValue` for binding.
protocol SQLBindable { var sqlValue: SQLValue { get } }
extension Int: SQLBindable { var sqlValue: SQLValue { .int(Int64(self)) } }
extension Int64: SQLBindable { var sqlValue: SQLValue { .int(self) } }
extension Double: SQLBindable { var sqlValue: SQLValue { .double(self) } }
extension String: SQLBindable { var sqlValue: SQLValue { .text(self) } }
extension Bool: SQLBindable { var sqlValue: SQLValue { .int(self ? 1 : 0) } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
extension SQLValue: SQLBindable { var sqlValue: SQLValue { self } }

private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One connection to an SQLite file, through the C API. Owns nothing of the schema:
/// `Store` does. Used from one thread at a time.
final class Database {
    let handle: OpaquePointer
    /// The file, for messages.
    let path: String
    private var cache: [String: Statement] = [:]
    private var byAddress: [UnsafeRawPointer: Statement] = [:]
    private var closed = false

    /// Opens (creating if needed) the database at `path`; `:memory:` for tests.
    init(path: String, create: Bool = true) throws {
        handle = try Self.open(path, path: path, flags: SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
        self.path = path
    }

    /// Opens `path` for reading only (the store then sets `query_only`): no statement can
    /// write and the file is never switched to WAL. Where the file and its folder can be
    /// written, the connection is an ordinary one, so that, like any WAL reader, it shares
    /// SQLite's index beside the file (`-shm`) and, closing last, removes it again; elsewhere
    /// it is read-only, and in a folder that cannot be written and with no write-ahead log
    /// beside the file (so no writer is at work) it is opened immutable: nothing is created.
    init(readOnlyPath path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        let writable = access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
        let plain = try Self.open(path, path: path, flags: writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY)
        let rc = Self.probe(plain)
        // SQLITE_IOERR_SHMOPEN is SQLITE_IOERR | (18 << 8); the C macro does not come through.
        let cannotIndex = [SQLITE_CANTOPEN, SQLITE_READONLY].contains(rc & 0xFF) || rc == SQLITE_IOERR | (18 << 8)
        if rc == SQLITE_OK || !cannotIndex || FileManager.default.fileExists(atPath: path + "-wal") {
            handle = plain
        } else {
            sqlite3_close_v2(plain)
            handle = try Self.open(
                "file:" + DatabaseFile.uriPath(path) + "?immutable=1", path: path, flags: SQLITE_OPEN_READONLY | SQLITE_OPEN_URI)
        }
    }

    /// SQLite's process-wide settings (the shim says which and why), made once before any
    /// connection opens: SQLite refuses them after.
    static let configured: Void = { _ = capindex_sqlite3_configure() }()

    private static func open(_ name: String, path: String, flags: Int32) throws -> OpaquePointer {
        _ = configured
        var h: OpaquePointer?
        let rc = sqlite3_open_v2(name, &h, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let h else {
            let msg = h.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let h { sqlite3_close_v2(h) }
            throw DatabaseError(file: path, code: rc, message: msg, sql: nil)
        }
        sqlite3_busy_timeout(h, 5000)
        sqlite3_extended_result_codes(h, 1)
        return h
    }

    /// The result of reading the schema through `h`: SQLite reads lazily, so a file it
    /// cannot read shows here, not at open.
    private static func probe(_ h: OpaquePointer) -> Int32 {
        var st: OpaquePointer?
        var rc = sqlite3_prepare_v2(h, "SELECT count(*) FROM sqlite_master", -1, &st, nil)
        if rc == SQLITE_OK {
            rc = sqlite3_step(st)
            if rc == SQLITE_ROW { rc = SQLITE_OK }
        }
        sqlite3_finalize(st)
        return rc
    }

    /// Closes the connection now (the write lock is released only after this, so no other
    /// writer can start while this one still holds SQLite's locks).
    func close() {
        guard !closed else { return }
        closed = true
        cache.removeAll()
        byAddress.removeAll()
        sqlite3_close_v2(handle)
    }

    deinit { close() }

    /// Runs one or more statements without results.
    func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &err)
        if rc != SQLITE_OK {
            let msg = err.map { String(cString: $0) } ?? "error"
            sqlite3_free(err)
            throw DatabaseError(file: path, code: rc, message: msg, sql: sql)
        }
    }

    /// A prepared statement for SQL written in the source, cached by the address of its
    /// text: a run of thousands of inserts hashed a few hundred bytes of SQL for each. The
    /// bindings of the last run are kept: the caller binds every parameter before each run.
    func prepared(_ sql: StaticString) throws -> Statement {
        let key = UnsafeRawPointer(sql.utf8Start)
        if let s = byAddress[key] {
            s.rearm()
            return s
        }
        let s = try Statement(db: self, sql: sql.description)
        byAddress[key] = s
        return s
    }

    /// A prepared statement for SQL made at run time, cached by a short key of the caller's
    /// (the SQL is only made the first time). As with ``prepared(_:)``, bind every parameter.
    func statement(key: String, _ sql: () -> String) throws -> Statement {
        if let s = cache[key] {
            s.rearm()
            return s
        }
        let s = try Statement(db: self, sql: sql())
        cache[key] = s
        return s
    }

    /// A prepared statement, cached by its SQL text.
    func statement(_ sql: String) throws -> Statement {
        if let s = cache[sql] { s.reset(); return s }
        let s = try Statement(db: self, sql: sql)
        cache[sql] = s
        return s
    }

    /// Runs a statement with arguments; returns nothing.
    func run(_ sql: String, _ args: SQLBindable...) throws {
        let s = try statement(sql)
        try s.bind(args)
        while try s.step() {}
    }

    /// Runs a query and maps each row.
    func query<T>(_ sql: String, _ args: [SQLBindable] = [], _ map: (Row) throws -> T) throws -> [T] {
        let s = try statement(sql)
        try s.bind(args)
        var out: [T] = []
        while try s.step() { out.append(try map(Row(statement: s))) }
        return out
    }

    /// The first column of the first row, if any.
    func scalar(_ sql: String, _ args: SQLBindable...) throws -> SQLValue {
        let s = try statement(sql)
        try s.bind(args)
        guard try s.step() else { return .null }
        let v = Row(statement: s).value(0)
        s.reset()
        return v
    }

    /// rowid of the last insert.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// True while a transaction is open on this connection.
    var inTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in one IMMEDIATE transaction: all of it is stored, or none. Inside a
    /// transaction already (a batch), it is part of that one, which is all or nothing too.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        try execute("BEGIN IMMEDIATE")
        do {
            let r = try body()
            try execute("COMMIT")
            return r
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in one IMMEDIATE transaction that commits once at the end; every
    /// ``transaction(_:)`` inside it is part of it. All or nothing: when `body` throws (or
    /// the process dies) none of it is stored.
    ///
    /// The page cache is SQLite's default 2 MB while it runs: full pages go to the log as
    /// the batch goes, on a thread that has time between files, rather than all at the
    /// commit, which waits for them (a national ingest's commit and checkpoint 15.5 -> 12.3
    /// ms). The store's usual 64 MB cache comes back after.
    func batch<T>(_ body: () throws -> T) throws -> T {
        if inTransaction { return try body() }
        try execute("PRAGMA cache_size = -2048")
        defer { try? execute("PRAGMA cache_size = \(Self.cacheSize)") }
        return try transaction(body)
    }

    /// The page cache a connection keeps, as `PRAGMA cache_size` takes it (negative: KiB).
    /// A national store is tens of MB; the 2 MB default cache makes SQLite evict and
    /// re-zero pages during a scoring run's bulk writes (seen in callgrind).
    static let cacheSize = -65536

    func error(_ rc: Int32, _ sql: String?) -> DatabaseError {
        DatabaseError(file: path, code: rc, message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

/// A prepared statement.
final class Statement {
    let pointer: OpaquePointer
    unowned let db: Database
    let sql: String

    init(db: Database, sql: String) throws {
        var p: OpaquePointer?
        let rc = sqlite3_prepare_v3(db.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &p, nil)
        guard rc == SQLITE_OK, let p else { throw db.error(rc, sql) }
        pointer = p
        self.db = db
        self.sql = sql
    }

    deinit { sqlite3_finalize(pointer) }

    /// Clears bindings and rewinds.
    func reset() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    /// Readies the statement to run again keeping its bindings, for callers that bind every
    /// parameter before each run (``Database/prepared(_:)``): SQLite then reuses each
    /// parameter's buffer instead of freeing it and allocating it again (clearing the
    /// bindings was 6% of storing a national ingest).
    func rearm() {
        sqlite3_reset(pointer)
    }

    /// Binds positional arguments (1-based in SQL, 0-based here).
    func bind(_ args: [SQLBindable]) throws {
        for (i, a) in args.enumerated() {
            let idx = Int32(i + 1)
            let rc: Int32
            switch a.sqlValue {
            case .null: rc = sqlite3_bind_null(pointer, idx)
            case .int(let v): rc = sqlite3_bind_int64(pointer, idx, v)
            case .double(let v): rc = sqlite3_bind_double(pointer, idx, v)
            case .text(let v): rc = sqlite3_bind_text(pointer, idx, v, -1, SQLITE_TRANSIENT)
            case .blob(let v):
                rc = v.withUnsafeBytes { sqlite3_bind_blob(pointer, idx, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT) }
            }
            if rc != SQLITE_OK { throw db.error(rc, sql) }
        }
    }

    /// Steps once; true when a row is available.
    func step() throws -> Bool {
        let rc = sqlite3_step(pointer)
        if rc == SQLITE_ROW { return true }
        if rc == SQLITE_DONE { sqlite3_reset(pointer); return false }
        let e = db.error(rc, sql)
        sqlite3_reset(pointer)
        throw e
    }

    /// Binds, runs to completion and resets: for inserts in a loop.
    func execute(_ args: SQLBindable...) throws {
        reset()
        try bind(args)
        while try step() {}
    }
}

/// A view of the current row of a statement.
struct Row {
    let statement: Statement

    /// Column `i` as a value.
    func value(_ i: Int) -> SQLValue {
        let p = statement.pointer
        switch sqlite3_column_type(p, Int32(i)) {
        case SQLITE_INTEGER: return .int(sqlite3_column_int64(p, Int32(i)))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(p, Int32(i)))
        case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(p, Int32(i))))
        case SQLITE_BLOB:
            let n = Int(sqlite3_column_bytes(p, Int32(i)))
            guard n > 0, let b = sqlite3_column_blob(p, Int32(i)) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: b, count: n)))
        default: return .null
        }
    }

    /// Column `i` as text (nil for NULL).
    func string(_ i: Int) -> String? {
        guard sqlite3_column_type(statement.pointer, Int32(i)) != SQLITE_NULL,
            let c = sqlite3_column_text(statement.pointer, Int32(i))
        else { return nil }
        return String(cString: c)
    }

    /// Column `i` as an integer (nil for NULL).
    func int(_ i: Int) -> Int? {
        sqlite3_column_type(statement.pointer, Int32(i)) == SQLITE_NULL
            ? nil : Int(sqlite3_column_int64(statement.pointer, Int32(i)))
    }

    /// Column `i` as a double (nil for NULL).
    func double(_ i: Int) -> Double? {
        sqlite3_column_type(statement.pointer, Int32(i)) == SQLITE_NULL
            ? nil : sqlite3_column_double(statement.pointer, Int32(i))
    }

    /// Column `i` as a blob (nil for NULL).
    func blob(_ i: Int) -> [UInt8]? {
        if case .blob(let b) = value(i) { return b }
        if case .text(let t) = value(i) { return Array(t.utf8) }
        return nil
    }
}

extension Statement {
    // Allocation-free binding for bulk inserts: no argument arrays, no existentials.
    // Indexes are 1-based, as in SQL.

    /// Binds an integer.
    @inline(__always) func bind(_ i: Int32, _ v: Int) { sqlite3_bind_int64(pointer, i, Int64(v)) }
    /// Binds a double.
    @inline(__always) func bind(_ i: Int32, _ v: Double) { sqlite3_bind_double(pointer, i, v) }
    /// Binds a double or NULL.
    @inline(__always) func bind(_ i: Int32, _ v: Double?) {
        if let v { sqlite3_bind_double(pointer, i, v) } else { sqlite3_bind_null(pointer, i) }
    }
    /// Binds an integer or NULL.
    @inline(__always) func bind(_ i: Int32, _ v: Int?) {
        if let v { sqlite3_bind_int64(pointer, i, Int64(v)) } else { sqlite3_bind_null(pointer, i) }
    }
    /// Binds text (copied by SQLite).
    @inline(__always) func bind(_ i: Int32, _ v: String) {
        var s = v
        s.withUTF8 { b in
            if let base = b.baseAddress, b.count > 0 {
                _ = sqlite3_bind_text(
                    pointer, i, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(b.count), SQLITE_TRANSIENT)
            } else {
                _ = sqlite3_bind_text(pointer, i, "", 0, SQLITE_TRANSIENT)
            }
        }
    }
    /// Binds text or NULL.
    @inline(__always) func bind(_ i: Int32, _ v: String?) {
        if let v { bind(i, v) } else { sqlite3_bind_null(pointer, i) }
    }

    /// Runs the bound statement once (an insert or update) and readies it for the next row.
    func insertBound() throws {
        let rc = sqlite3_step(pointer)
        sqlite3_reset(pointer)
        if rc != SQLITE_DONE && rc != SQLITE_ROW { throw db.error(rc, sql) }
    }
}
