import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// The export use case: the SPEC 6 tables of the latest scoring run, written as files.
public struct Exporter {
    /// The store it works on.
    public let store: Store

    /// An exporter on a store.
    public init(store: Store) { self.store = store }

    /// Every export table for `years` and `regions` (nil = all), from the recorded
    /// results of `run` (its suggested pairings included), the imported evidence and the
    /// improvement loop (SPEC 9), whose W113–W117 join `flags.csv` as judged at `reportDate`.
    public func tables(run: ScoreRun, years: YearScope, regions: Set<String>?, reportDate: String) throws -> [ExportTable] {
        let register = try store.loadRegister()
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let improvement = try ImprovementSnapshot.load(
            store: store, framework: bound.framework, register: register, reportDate: reportDate, year: nil)
        var results = try store.scoreResults(run: run, years: years)
        if !improvement.flags.isEmpty {
            results.flags = ImprovementRules.sorted(results.flags + improvement.flags, framework: bound.framework)
        }
        return ExportTables.build(
            results: results, evidence: try store.evidenceIndex(),
            pairs: try store.matchPairs(run: run, years: years), register: register,
            years: years, regions: regions)
            + ExportTables.improvementTables(improvement, framework: bound.framework, register: register, years: years, regions: regions)
    }
}

extension Exporter {
    /// Writes tables into `dir` atomically (temporary file, then rename), with a
    /// manifest naming the scoring run. Returns the paths written.
    public static func write(_ tables: [ExportTable], run: ScoreRun, format: ExportFormat, to dir: String) throws -> [String] {
        try AtomicFile.prepareFolder(dir)
        var written: [String] = []
        for t in tables {
            let path = (dir as NSString).appendingPathComponent("\(t.name).\(format.rawValue)")
            try AtomicFile.write(format == .csv ? Data(t.csvBytes()) : Data(t.json().utf8), to: path)
            written.append(path)
        }
        let manifest = """
            {
              "score_run": \(run.id),
              "scored_at": \(ExportTable.jsonString(run.createdAt)),
              "framework_id": \(ExportTable.jsonString(run.frameworkID)),
              "framework_version": \(ExportTable.jsonString(run.frameworkVersion)),
              "framework_sha256": \(ExportTable.jsonString(run.frameworkHash)),
              "inputs_sha256": \(ExportTable.jsonString(run.inputsHash)),
              "submissions": \(run.submissions),
              "files": [\(tables.map { ExportTable.jsonString("\($0.name).\(format.rawValue)") }.joined(separator: ", "))]
            }

            """
        let mpath = (dir as NSString).appendingPathComponent("export-manifest.json")
        try AtomicFile.write(manifest, to: mpath)
        return written + [mpath]
    }
}
