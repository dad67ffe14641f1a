import CapIndexDomain
import CapIndexStore

extension Application {
    /// `outcomes import`, `challenges import`, `actions import` (SPEC 9): the agreed
    /// ratings of the challenge event, the peer challenge programme, the action tracker.
    /// The database must exist: outcomes overlay submissions already stored.
    public func importImprovement(_ kind: ImprovementKind, database: String?, paths: [String]) throws -> ImprovementImportReport {
        try writing(databasePath(database), command: "capindex \(kind.rawValue) import", .existing) {
            try ImprovementImporter(store: $0, now: environment.now).importFiles(kind, paths: paths)
        }
    }

    /// `template --kind outcomes|challenges|actions`: one workbook per region for the year
    /// (the region given, else the regions with submissions that year).
    public func improvementTemplates(
        _ kind: ImprovementKind, database: String?, year: Int, region: String?, outDir: String
    ) throws -> [ImprovementTemplateFile] {
        try reading(databasePath(database)) { store in
            let scope = try RegionScope(store: store)
            let regions = try region.map { [try scope.resolve($0)] } ?? scope.regions(.withSubmissions, year: year)
            return try ImprovementTemplateBatch.write(store: store, kind: kind, year: year, regions: regions, to: outDir)
        }
    }
}
