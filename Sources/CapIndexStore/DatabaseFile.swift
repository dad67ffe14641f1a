import CSQLite
import Foundation

/// What a file given as the database is, found without writing a byte (SPEC 7, "the
/// database file is capindex's"): the 100-byte SQLite header is read first, then the
/// file is opened read-only to read its mark and its tables. Only a file that is absent,
/// empty, or capindex's own at a schema this version knows may be opened read-write.
public enum DatabaseFile {
    /// capindex's SQLite `application_id`: the ASCII bytes `CAPI` (0x43415049), set on
    /// every database capindex creates or adopts.
    public static let applicationID: Int32 = 0x4341_5049

    /// The tables every capindex database has had since its first migration: an unmarked
    /// database with these (made before the mark existed) is capindex's and is adopted.
    static let foundationTables: Set<String> = ["las", "register_rows", "frameworks", "submissions", "theme_ratings"]

    /// What the file is.
    public enum State: Equatable, Sendable {
        /// No file: a new database may be created.
        case absent
        /// An empty file, or an SQLite file without tables: capindex may make it its own.
        case blank
        /// capindex's, at `schema` (migrations run); `marked` false for a database made
        /// before capindex set its application_id.
        case capindex(schema: Int, marked: Bool)
    }

    /// Inspects `path`; throws ``StoreError`` for a file capindex must not write to.
    public static func inspect(path: String, knownSchema: Int) throws -> State {
        guard FileManager.default.fileExists(atPath: path) else { return .absent }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadable(file: path, reason: "it cannot be opened for reading")
        }
        let header = [UInt8](handle.readData(ofLength: 100))
        try? handle.close()
        if header.isEmpty { return .blank }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw StoreError.notADatabase(file: path)
        }
        func int32(_ offset: Int) -> Int32 {
            Int32(bitPattern: header[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        // capindex's mark in the header is final (it is set once and never taken away); the
        // schema version there may be stale in WAL mode, so the connection that opens the
        // file checks it again. Nothing needs opening here, so a reader never races a writer.
        if int32(68) == applicationID {
            let schema = Int(int32(60))
            if schema > knownSchema { throw StoreError.newerSchema(file: path, schema: schema, known: knownSchema) }
            return .capindex(schema: schema, marked: true)
        }
        // Otherwise the header can be stale in WAL mode; a read-only connection sees the latest state.
        var (appID, schema, tables) = (int32(68), Int(int32(60)), Set<String>?.none)
        if let live = try readOnlyFacts(path) { (appID, schema, tables) = (live.appID, live.schema, live.tables) }
        if appID == applicationID {
            if schema > knownSchema { throw StoreError.newerSchema(file: path, schema: schema, known: knownSchema) }
            return .capindex(schema: schema, marked: true)
        }
        if appID != 0 { throw StoreError.foreignDatabase(file: path, reason: .otherApplication(appID)) }
        guard let tables else { return .capindex(schema: schema, marked: false) }
        if tables.isEmpty { return .blank }
        guard foundationTables.isSubset(of: tables) else {
            throw StoreError.foreignDatabase(file: path, reason: .otherTables(tables.sorted()))
        }
        if schema > knownSchema { throw StoreError.newerSchema(file: path, schema: schema, known: knownSchema) }
        return .capindex(schema: schema, marked: false)
    }

    /// The mark, schema version and table names through a read-only connection; nil when
    /// the file cannot be opened read-only here (the header's values stand then). Without
    /// a write-ahead log beside the file it is opened immutable, so not even the `-shm`
    /// index a WAL database's readers use is created; with one (a run that did not close
    /// cleanly) the log holds the latest state and is read.
    private static func readOnlyFacts(_ path: String) throws -> (appID: Int32, schema: Int, tables: Set<String>)? {
        _ = Database.configured
        var h: OpaquePointer?
        defer { if let h { sqlite3_close_v2(h) } }
        let wal = FileManager.default.fileExists(atPath: path + "-wal")
        let name = wal ? path : "file:" + uriPath(path) + "?immutable=1"
        let flags = SQLITE_OPEN_READONLY | (wal ? 0 : SQLITE_OPEN_URI)
        guard sqlite3_open_v2(name, &h, flags, nil) == SQLITE_OK, let h else { return nil }
        func query(_ sql: String, _ row: (OpaquePointer) -> Void) -> Int32 {
            var st: OpaquePointer?
            var rc = sqlite3_prepare_v2(h, sql, -1, &st, nil)
            guard rc == SQLITE_OK, let st else { return rc }
            defer { sqlite3_finalize(st) }
            while true {
                rc = sqlite3_step(st)
                guard rc == SQLITE_ROW else { break }
                row(st)
            }
            return rc == SQLITE_DONE ? SQLITE_OK : rc
        }
        var appID: Int32 = 0
        var schema = 0
        var tables = Set<String>()
        let rc = query("PRAGMA application_id") { appID = sqlite3_column_int($0, 0) }
        if rc & 0xFF == SQLITE_NOTADB { throw StoreError.notADatabase(file: path) }
        guard rc == SQLITE_OK,
            query("PRAGMA user_version", { schema = Int(sqlite3_column_int($0, 0)) }) == SQLITE_OK,
            query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                { tables.insert(String(cString: sqlite3_column_text($0, 0))) }) == SQLITE_OK
        else { return nil }
        return (appID, schema, tables)
    }

    /// `path` for a `file:` URI: the characters a URI gives meaning to, percent-encoded.
    static func uriPath(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x21, 0x7F...:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            default: out.unicodeScalars.append(Unicode.Scalar(b))
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
