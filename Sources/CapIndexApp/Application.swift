import CapIndexDomain
import CapIndexStore
import Foundation

/// The application layer: one method per use case (init, ingest, evidence, score,
/// explain, match, status, report, export, template, run, demo), each over one injected
/// environment — the clock, the shipped data, the default database. It owns the
/// decisions that cut across commands: how a database is opened and what a new one
/// holds, which regions a command covers (``RegionScope``), scoring on demand, and the
/// write lock every writing command takes. The command line parses, calls one method
/// and prints what it returns.
public struct Application: Sendable {
    /// The clock, the shipped data and the default database.
    public var environment: AppEnvironment

    /// The application over an environment.
    public init(environment: AppEnvironment) {
        self.environment = environment
    }

    /// The database `--db` names, or the default one.
    public func databasePath(_ given: String?) -> String { given ?? environment.defaultDatabasePath }

    /// How a writing command opens the database.
    enum Opening {
        /// Create it with the shipped defaults when there is none (`ingest`, `evidence`, `run`).
        case creating
        /// It must exist and be initialised (`score`, scoring on demand).
        case existing
        /// Open or create it bare: `init` decides what it holds.
        case bare
    }

    /// Runs `body` on the database opened for writing, under its write lock: a file
    /// capindex must refuse is refused before anything is written, another writer is waited
    /// for (``AppEnvironment/lockWait``), and the connection is closed before the lock goes.
    /// `afterLock` runs once the lock is held, before the database is opened (an ingest
    /// lists its files there and starts reading them).
    func writing<T>(
        _ path: String, command: String, _ opening: Opening, afterLock: () throws -> Void = {}, _ body: (Store) throws -> T
    ) throws -> T {
        if opening == .existing { try requireFile(path) }
        if path != ":memory:" { _ = try Store.inspectFile(path: path) }
        let lock = path == ":memory:" ? nil : try WriteLock.acquire(database: path, command: command, wait: environment.lockWait)
        defer { lock?.release() }
        try afterLock()
        let store: Store
        switch opening {
        case .creating: store = try Workspace.openInitialised(path: path, now: environment.now, data: environment.data)
        case .existing: store = try Workspace.openExisting(path: path)
        case .bare: store = try Store(path: path)
        }
        defer { store.close() }
        return try body(store)
    }

    /// Runs `body` on one snapshot of the database opened read-only: no lock, no byte
    /// written, nothing created beside a database in a folder that cannot be written. A
    /// database an older capindex made is brought up to date first, under the lock.
    func reading<T>(_ path: String, _ body: (Store) throws -> T) throws -> T {
        try requireFile(path)
        let store: Store
        do {
            store = try Workspace.openReading(path: path)
        } catch let e as StoreError {
            guard case .needsUpgrade = e else { throw e }
            do { try writing(path, command: "capindex (bringing the database up to date)", .existing) { _ in } } catch { throw e }
            store = try Workspace.openReading(path: path)
        }
        defer { store.close() }
        return try store.reading { try body(store) }
    }

    /// Reads when the recorded scores are current; otherwise scores first, which writes,
    /// so the command then runs as a writer (`report`, `export`: SPEC 7's scoring on demand).
    /// `body` gets the current run, and whether it was scored just now.
    func readingScored<T>(_ path: String, command: String, _ body: (Store, ScoreRun, _ rescored: Bool) throws -> T) throws -> T {
        do {
            return try reading(path) { store in
                guard let run = try ScoreStage.latestIfFresh(store: store) else { throw Stale() }
                return try body(store, run, false)
            }
        } catch is Stale {
            return try writing(path, command: command, .existing) { store in
                let (run, rescored) = try ScoreStage.ensureFresh(store: store, now: environment.now)
                return try body(store, run, rescored)
            }
        }
    }

    /// Thrown inside a read when the scores must be computed first.
    private struct Stale: Error {}

    private func requireFile(_ path: String) throws {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else { throw WorkspaceError.noDatabase(path) }
    }
}
