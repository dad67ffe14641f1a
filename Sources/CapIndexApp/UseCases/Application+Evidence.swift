import CapIndexDomain
import CapIndexFormats
import CapIndexStore

extension Application {
    /// `evidence import`: published indicator files, with a region's own statistical
    /// neighbours when given (the shipped ones are there from the database's creation).
    public func importEvidence(
        database: String?, paths: [String], neighbours: String?, progress: FileProgress? = nil
    ) throws -> EvidenceImportReport {
        let store = try openCreating(databasePath(database))
        var report = EvidenceImportReport()
        if let n = neighbours {
            report.neighbourRows = try store.saveStatisticalNeighbours(try StatisticalNeighbours.load(path: n), sourceFile: n)
        } else {
            report.neighbourRows = try Workspace.loadShippedNeighboursIfNone(store, data: environment.data)
        }
        var importer = EvidenceImporter(store: store, now: environment.now)
        importer.progress = progress
        let imported = try importer.importIndicators(paths: paths)
        report.files = imported.files
        report.diagnostics = imported.diagnostics
        return report
    }

    /// `evidence ofsted`: Ofsted's ILACS outcomes files.
    public func importOfsted(database: String?, files: [String], progress: FileProgress? = nil) throws -> EvidenceImportReport {
        let store = try openCreating(databasePath(database))
        var importer = OfstedImporter(store: store, now: environment.now)
        importer.progress = progress
        return try importer.importFiles(files)
    }
}
