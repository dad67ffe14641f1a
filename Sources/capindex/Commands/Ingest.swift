import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

/// `capindex ingest PATH...`: validate and store submissions.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate and store submissions (CSV, JSON, Excel .xlsx; files or folders, in file-name order).")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Validate only; store nothing.")
    var dryRun = false

    @Argument(help: "Submission files or folders.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one file or folder to ingest.") }
    }

    func run() throws {
        var report = IngestReport()
        try Console.guarded {
            let now = Workspace.now()
            let store = try Workspace.openInitialised(path: global.databasePath, now: now)
            report = try Ingester(store: store, now: now, dryRun: dryRun).ingest(paths: paths)
        }
        IngestPrinter.print(report, global: global, dryRun: dryRun)
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}

/// Prints an ingest report the way compilers print diagnostics.
enum IngestPrinter {
    static func print(_ report: IngestReport, global: GlobalOptions, dryRun: Bool) {
        if global.json { Console.json(report); return }
        for d in report.diagnostics {
            if global.quiet && d.severity != .error { continue }
            if d.severity == .error { Console.err(d.rendered) } else { Console.out(d.rendered) }
        }
        if !global.quiet { Console.out((dryRun ? "dry run, nothing stored: " : "") + report.summary) }
    }
}
