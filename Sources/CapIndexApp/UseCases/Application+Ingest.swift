import Foundation

extension Application {
    /// `ingest`: validates and stores submissions under the write lock; creates the
    /// database when there is none. A dry run only reads: the database if there is one,
    /// else a scratch copy of the shipped defaults in memory, so it writes nothing at all.
    public func ingest(database: String?, paths: [String], dryRun: Bool) throws -> IngestReport {
        let path = databasePath(database)
        // A path that does not exist is refused before the database is touched.
        _ = try Ingester.inputFiles(paths)
        if dryRun {
            if FileManager.default.fileExists(atPath: path) {
                return try reading(path) { try Ingester(store: $0, now: environment.now, dryRun: true).ingest(paths: paths) }
            }
            let scratch = try Workspace.openInitialised(path: ":memory:", now: environment.now, data: environment.data)
            return try Ingester(store: scratch, now: environment.now, dryRun: true).ingest(paths: paths)
        }
        return try writing(path, command: "capindex ingest", .creating) {
            try Ingester(store: $0, now: environment.now).ingest(paths: paths)
        }
    }
}
