import ArgumentParser
import CapIndexApp

/// `capindex ingest PATH...`: validate and store submissions.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
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
        try CommandRunner.run(Self.self, global) { app, out in
            let progress = ProgressLine(global)
            let report = try app.ingest(database: global.db, paths: paths, dryRun: dryRun, progress: progress.callback)
            progress.clear()
            out.document(report)
            out.diagnostics(report.diagnostics)
            out.line((dryRun ? "dry run, nothing stored: " : "") + report.summary)
            return report.errorCount > 0 ? 1 : 0
        }
    }
}
