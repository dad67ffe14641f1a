extension Application {
    /// `init`: creates the database, or binds an existing one to a new register or
    /// framework, re-checking the current submissions against it.
    public func initialise(database: String?, register: String?, framework: String?) throws -> InitSummary {
        try writing(databasePath(database), command: "capindex init", .bare) {
            try Workspace.initialise($0, registerPath: register, frameworkPath: framework, now: environment.now, data: environment.data)
        }
    }
}
