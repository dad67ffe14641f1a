import CapIndexDomain
import CapIndexFormats
import CapIndexStore

/// What `export` wrote.
public struct ExportSummary: Sendable {
    /// The run the files come from.
    public var run: ScoreRun
    /// True when the scores were older than their inputs and were computed again.
    public var rescored: Bool
    /// Each file written with its row count (the manifest has none).
    public var files: [(path: String, rows: Int?)]
}

extension Application {
    /// `export`: the SPEC 6 and SPEC 9 files of the latest run, scoring first when it is
    /// stale; W115–W117 are judged at `reportDate` (default the clock's date). A year or
    /// region without submissions writes nothing.
    public func export(
        database: String?, years: YearScope, regions choice: RegionChoice, format: ExportFormat, outDir: String,
        reportDate: String? = nil
    ) throws -> ExportSummary {
        try readingScored(databasePath(database), command: "capindex export") { store, run, rescored in
            try export(
                store, run: run, rescored: rescored, years: years, regions: choice, format: format, outDir: outDir,
                reportDate: reportDate)
        }
    }

    private func export(
        _ store: Store, run: ScoreRun, rescored: Bool, years: YearScope, regions choice: RegionChoice, format: ExportFormat, outDir: String,
        reportDate: String?
    ) throws -> ExportSummary {
        let scope = try RegionScope(store: store)
        let regions: Set<String>?
        if case .year(let y) = years {
            regions = Set(try scope.regions(choice, year: y))
        } else {
            regions = try scope.regions(choice)
        }
        let tables = try Exporter(store: store).tables(
            run: run, years: years, regions: regions, reportDate: reportDate ?? String(environment.now.prefix(10)))
        let paths = try Exporter.write(tables, run: run, format: format, to: outDir)
        let rows: [Int?] = tables.map { $0.rows.count } + [nil]
        return ExportSummary(run: run, rescored: rescored, files: Array(zip(paths, rows)).map { (path: $0.0, rows: $0.1) })
    }
}
