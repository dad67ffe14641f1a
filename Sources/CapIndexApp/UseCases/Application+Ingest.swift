import CapIndexStore
import Foundation

extension Application {
    /// `ingest`: validates and stores submissions under the write lock; creates the
    /// database when there is none. A dry run only reads: the database if there is one,
    /// else a scratch copy of the shipped defaults in memory, so it writes nothing at all.
    public func ingest(database: String?, paths: [String], dryRun: Bool, progress: FileProgress? = nil) throws -> IngestReport {
        let path = databasePath(database)
        // A path that does not exist is refused before the database is touched (the
        // folders are walked inside the lock, so a file that lands meanwhile is read).
        try InputFiles.requireExisting(paths)
        func ingester(_ store: Store, dryRun: Bool) -> Ingester {
            var ingester = Ingester(store: store, now: environment.now, dryRun: dryRun)
            ingester.progress = progress
            return ingester
        }
        if dryRun {
            if FileManager.default.fileExists(atPath: path) {
                return try reading(path) { try ingester($0, dryRun: true).ingest(paths: paths) }
            }
            let scratch = try Workspace.openInitialised(path: ":memory:", now: environment.now, data: environment.data)
            return try ingester(scratch, dryRun: true).ingest(paths: paths)
        }
        // The files are listed under the lock and read on a second thread while the store
        // opens (the database cannot change what is read, only what is stored).
        var input: IngestInput?
        return try writing(path, command: "capindex ingest", .creating, afterLock: { input = try Ingester.startReading(paths) }) {
            try ingester($0, dryRun: false).ingest(input!)
        }
    }
}
