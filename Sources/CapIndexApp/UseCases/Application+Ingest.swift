extension Application {
    /// `ingest`: validates and stores submissions; creates the database when there is none.
    public func ingest(database: String?, paths: [String], dryRun: Bool) throws -> IngestReport {
        let store = try openCreating(databasePath(database))
        return try Ingester(store: store, now: environment.now, dryRun: dryRun).ingest(paths: paths)
    }
}
