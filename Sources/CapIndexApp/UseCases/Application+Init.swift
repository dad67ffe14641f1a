import CapIndexStore

extension Application {
    /// `init`: creates the database, or binds an existing one to a new register or
    /// framework, re-checking the current submissions against it.
    public func initialise(database: String?, register: String?, framework: String?) throws -> InitSummary {
        let store = try Store(path: databasePath(database))
        return try Workspace.initialise(
            store, registerPath: register, frameworkPath: framework, now: environment.now, data: environment.data)
    }
}
