import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

/// `capindex export`: write the SPEC 6 export files.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write la_scores, theme_balance, regional_index, trends and flags (CSV for Excel, or JSON); scores first if stale.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "Folder to write the files into.")
    var out: String

    @Option(name: .long, help: "csv (UTF-8 with BOM, for Excel) or json.")
    var format: String = "csv"

    func validate() throws {
        if ExportFormat(rawValue: format) == nil { throw ValidationError("--format must be csv or json, not '\(format)'.") }
        if scope.year == nil && !scope.allYears { throw ValidationError("Give --year Y or --all-years.") }
    }

    func run() throws {
        try Console.guarded {
            let store = try Workspace.openExisting(path: global.databasePath)
            let (run, rescored) = try ScoreStage.ensureFresh(store: store, now: Workspace.now())
            let regions = try scope.regions(try store.loadRegister())
            let tables = try Exporter(store: store).tables(run: run, years: scope.year.map { .year($0) } ?? .all, regions: regions)
            let paths = try Exporter.write(tables, run: run, format: ExportFormat(rawValue: format)!, to: out)
            if global.json { Console.json(["score_run": "\(run.id)", "files": paths.joined(separator: ",")]); return }
            if global.quiet { return }
            if rescored { Console.out("scores were older than their inputs: scored again (run \(run.id))") }
            for (t, p) in zip(tables, paths) { Console.out("\(p): \(t.rows.count) rows") }
            Console.out("from score run \(run.id) (\(run.createdAt), framework \(run.frameworkID) \(run.frameworkVersion))")
        }
    }
}
