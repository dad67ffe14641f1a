import CapIndexDomain
import CapIndexFormats
import CapIndexStore

extension Application {
    /// `evidence import`: published indicator files, with a region's own statistical
    /// neighbours when given (the shipped ones are there from the database's creation).
    public func importEvidence(
        database: String?, paths: [String], neighbours: String?, progress: FileProgress? = nil
    ) throws -> EvidenceImportReport {
        try writing(databasePath(database), command: "capindex evidence import", .creating) { store in
            try importEvidence(store, paths: paths, neighbours: neighbours, progress: progress)
        }
    }

    private func importEvidence(_ store: Store, paths: [String], neighbours: String?, progress: FileProgress?) throws
        -> EvidenceImportReport
    {
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
        try writing(databasePath(database), command: "capindex evidence ofsted", .creating) { store in
            var importer = OfstedImporter(store: store, now: environment.now)
            importer.progress = progress
            return try importer.importFiles(files)
        }
    }
}
