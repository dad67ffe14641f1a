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
        func ingest(_ store: Store, dryRun: Bool) throws -> IngestReport {
            var ingester = Ingester(store: store, now: environment.now, dryRun: dryRun)
            ingester.progress = progress
            return try ingester.ingest(paths: paths)
        }
        if dryRun {
            if FileManager.default.fileExists(atPath: path) { return try reading(path) { try ingest($0, dryRun: true) } }
            return try ingest(try Workspace.openInitialised(path: ":memory:", now: environment.now, data: environment.data), dryRun: true)
        }
        // The files are listed under the lock and read on a second thread while the store
        // opens (the database cannot change what is read, only what is stored).
        var input: IngestInput?
        return try writing(path, command: "capindex ingest", .creating, afterLock: { input = try Ingester.startReading(paths) }) {
            var ingester = Ingester(store: $0, now: environment.now)
            ingester.progress = progress
            return try ingester.ingest(input!)
        }
    }
}
