import ArgumentParser
import CapIndexApp

/// `capindex demo`: `run` on the bundled demo data.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole cycle on the bundled demo data (Yorkshire and The Humber, 2024–2026) into a folder.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Folder for the demo database, reports and exports.")
    var out: String = "capindex-demo"

    @Option(name: .long, help: "Date printed on the reports, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws { try ReportOutputOptions.checkDate(date) }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, printer in
            let outcome = try app.demo(
                outDir: out, database: global.db, reportDate: date, events: RunSummary.events(printer, ProgressLine(global)))
            return RunSummary.print(outcome, out: printer, folder: out)
        }
    }
}
