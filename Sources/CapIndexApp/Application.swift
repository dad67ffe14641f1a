import CapIndexStore

/// The application layer: one method per use case (init, ingest, evidence, score,
/// explain, match, status, report, export, template, run, demo), each over one injected
/// environment — the clock, the shipped data, the default database. It owns the
/// decisions that cut across commands: how a database is opened and what a new one
/// holds, which regions a command covers (``RegionScope``), scoring on demand, and the
/// lock a run takes. The command line parses, calls one method and prints what it returns.
public struct Application: Sendable {
    /// The clock, the shipped data and the default database.
    public var environment: AppEnvironment

    /// The application over an environment.
    public init(environment: AppEnvironment) {
        self.environment = environment
    }

    /// The database `--db` names, or the default one.
    public func databasePath(_ given: String?) -> String { given ?? environment.defaultDatabasePath }

    /// Opens the database for a command that may create it: refused files are refused
    /// before anything is written; a new database gets the shipped defaults.
    func openCreating(_ path: String) throws -> Store {
        try Workspace.openInitialised(path: path, now: environment.now, data: environment.data)
    }

    /// Opens an existing database.
    func openExisting(_ path: String) throws -> Store {
        try Workspace.openExisting(path: path)
    }
}
