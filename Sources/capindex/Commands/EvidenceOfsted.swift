import ArgumentParser
import CapIndexApp

/// `capindex evidence ofsted FILE...`: Ofsted's published ILACS outcomes.
struct EvidenceOfsted: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ofsted",
        abstract: "Import Ofsted ILACS outcomes (latest and history files): overall effectiveness and the four sub-judgements.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Ofsted ILACS outcomes CSV files, e.g. ofsted_ilacs_latest_2025.csv and ofsted_ilacs_history_2018_2025.csv.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one Ofsted outcomes file to import.") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let progress = ProgressLine(global)
            let report = try app.importOfsted(database: global.db, files: files, progress: progress.callback)
            progress.clear()
            EvidenceSummary.print(report, out)
            return report.rejectedFiles > 0 ? 1 : 0
        }
    }
}
