import CapIndexDomain
import CapIndexFormats
import CapIndexStore

extension Application {
    /// `evidence import`: published indicator files, with a region's own statistical
    /// neighbours when given (the shipped ones are there from the database's creation).
    public func importEvidence(database: String?, paths: [String], neighbours: String?) throws -> EvidenceImportReport {
        try writing(databasePath(database), command: "capindex evidence import", .creating) { store in
            try importEvidence(store, paths: paths, neighbours: neighbours)
        }
    }

    private func importEvidence(_ store: Store, paths: [String], neighbours: String?) throws -> EvidenceImportReport {
        var report = EvidenceImportReport()
        if let n = neighbours {
            report.neighbourRows = try store.saveStatisticalNeighbours(try StatisticalNeighbours.load(path: n), sourceFile: n)
        } else {
            report.neighbourRows = try Workspace.loadShippedNeighboursIfNone(store, data: environment.data)
        }
        let imported = try EvidenceImporter(store: store, now: environment.now).importIndicators(paths: paths)
        report.files = imported.files
        report.diagnostics = imported.diagnostics
        return report
    }

    /// `evidence ofsted`: Ofsted's ILACS outcomes files.
    public func importOfsted(database: String?, files: [String]) throws -> EvidenceImportReport {
        try writing(databasePath(database), command: "capindex evidence ofsted", .creating) {
            try OfstedImporter(store: $0, now: environment.now).importFiles(files)
        }
    }
}
