import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex export`: write the SPEC 6 export files.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write la_scores, theme_balance, regional_index, trends, flags, indicators, matches, outcomes, peer_challenges and actions (CSV or JSON); scores first if stale."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "Folder to write the files into.")
    var out: String

    @Option(name: .long, help: "csv (UTF-8 with BOM, for Excel) or json.")
    var format: String = "csv"

    @Option(name: .long, help: "The date W115–W117 (no action plan, overdue, stale) are judged at, YYYY-MM-DD (default today).")
    var date: String?

    func validate() throws {
        if ExportFormat(rawValue: format) == nil { throw ValidationError("--format must be csv or json, not '\(format)'.") }
        if scope.year == nil && !scope.allYears { throw ValidationError("Give --year Y or --all-years.") }
        try ReportOutputOptions.checkDate(date)
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, printer in
            let s = try app.export(
                database: global.db, years: scope.year.map { .year($0) } ?? .all, regions: scope.regions,
                format: ExportFormat(rawValue: format)!, outDir: out, reportDate: date)
            printer.document(ExportOutput(scoreRun: s.run.id, files: s.files.map(\.path)))
            if s.rescored { printer.line("scores were older than their inputs: scored again (run \(s.run.id))") }
            for f in s.files { printer.line(f.rows.map { "\(f.path): \($0) rows" } ?? f.path) }
            printer.line("from score run \(s.run.id) (\(s.run.createdAt), framework \(s.run.frameworkID) \(s.run.frameworkVersion))")
            return 0
        }
    }
}

/// `export --json`.
struct ExportOutput: Encodable {
    var scoreRun: Int
    var files: [String]
}
