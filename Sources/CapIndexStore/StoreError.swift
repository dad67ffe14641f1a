/// Why the store cannot do what was asked (beyond SQLite's own failures, ``DatabaseError``).
/// The refusals name the file and say what to do; nothing was written when they are thrown.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// Why a file belongs to another application.
    public enum Foreign: Equatable, Sendable {
        /// Its SQLite `application_id` is another application's.
        case otherApplication(Int32)
        /// It has tables of its own and no capindex mark.
        case otherTables([String])
    }

    /// The file is not an SQLite database at all.
    case notADatabase(file: String)
    /// The file is another application's SQLite database.
    case foreignDatabase(file: String, reason: Foreign)
    /// The file is capindex's, written by a newer capindex with a schema this one does not know.
    case newerSchema(file: String, schema: Int, known: Int)
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// A recorded run lacks a value it should have: the database was changed by hand.
    case resultsIncomplete(run: Int, column: String)
    /// The file is damaged: SQLite's `quick_check` found `detail`.
    case corrupt(file: String, detail: String)
    /// Made by an older capindex: a command that only reads cannot bring it up to date.
    case needsUpgrade(file: String, schema: Int, known: Int)

    /// What to do with a damaged database.
    public static let restoreHint =
        "restore the latest backup copy of the database and run the command again (keep the damaged file aside for inspection)"

    /// The file the error is about, when it is about one.
    public var file: String? {
        switch self {
        case .notADatabase(let f), .foreignDatabase(let f, _), .newerSchema(let f, _, _), .unreadable(let f, _), .corrupt(let f, _),
            .needsUpgrade(let f, _, _):
            f
        case .resultsIncomplete: nil
        }
    }

    /// The message: the file and what is wrong with it.
    public var message: String {
        switch self {
        case .notADatabase(let f):
            "\(f) is not a capindex database: it is not an SQLite file at all; nothing was written to it"
        case .foreignDatabase(let f, .otherApplication(let id)):
            "\(f) is another application's SQLite database (application_id 0x\(String(UInt32(bitPattern: id), radix: 16))); "
                + "nothing was written to it"
        case .foreignDatabase(let f, .otherTables(let tables)):
            "\(f) is an SQLite database of another application (tables \(tables.prefix(5).joined(separator: ", "))"
                + "\(tables.count > 5 ? ", …" : "")) without capindex's mark; nothing was written to it"
        case .newerSchema(let f, let schema, let known):
            "\(f) was written by a newer capindex (schema \(schema); this capindex knows schemas up to \(known)); "
                + "nothing was written to it"
        case .unreadable(let f, let reason):
            "\(f) cannot be used as the database: \(reason)"
        case .resultsIncomplete(let run, let column):
            "scoring run \(run) has no \(column) recorded"
        case .corrupt(let f, let detail):
            "\(f) is damaged (SQLite's check found: \(detail)); capindex stopped without writing to it"
        case .needsUpgrade(let f, let schema, let known):
            "\(f) was made by an older capindex (schema \(schema); this one uses \(known)) and must be brought up to date, "
                + "which a command that only reads cannot do here"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .notADatabase, .foreignDatabase:
            "give --db (or CAPINDEX_DB) the path of a capindex database, or of a new file for capindex to create"
        case .newerSchema:
            "install the capindex that wrote it (Scripts/install.sh in its source folder), or work on a copy made by this version"
        case .unreadable:
            "check the path and its permissions"
        case .resultsIncomplete:
            "run `capindex score` to record a complete run"
        case .corrupt:
            StoreError.restoreHint
        case .needsUpgrade:
            "run any writing command once where the database can be written (capindex init, say), or work on a copy"
        }
    }

    public var description: String { "\(message) — \(hint)" }
}
