extension Application {
    /// `ingest`: validates and stores submissions; creates the database when there is none.
    public func ingest(database: String?, paths: [String], dryRun: Bool, progress: FileProgress? = nil) throws -> IngestReport {
        let store = try openCreating(databasePath(database))
        var ingester = Ingester(store: store, now: environment.now, dryRun: dryRun)
        ingester.progress = progress
        return try ingester.ingest(paths: paths)
    }
}
