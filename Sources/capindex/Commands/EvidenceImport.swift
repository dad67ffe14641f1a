import ArgumentParser
import CapIndexApp

/// `capindex evidence import PATH...`: indicator files in any of the three layouts.
struct EvidenceImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import indicator files (EES open data, LAIT download or tidy; files or folders), recognised by their content.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A region's own statistical-neighbour CSV, instead of the shipped one.")
    var neighbours: String?

    @Argument(help: "Indicator files or folders (.csv and .txt files in them, in file-name order).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one indicator file or folder to import.") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let progress = ProgressLine(global)
            let report = try app.importEvidence(database: global.db, paths: paths, neighbours: neighbours, progress: progress.callback)
            progress.clear()
            EvidenceSummary.print(report, out)
            return report.rejectedFiles > 0 ? 1 : 0
        }
    }
}

/// What `evidence import` and `evidence ofsted` print.
enum EvidenceSummary {
    static func print(_ report: EvidenceImportReport, _ out: DiagnosticPrinter) {
        out.document(report)
        out.diagnostics(report.diagnostics)
        if let n = report.neighbourRows { out.line("statistical neighbours: \(n) rows loaded") }
        out.line(report.summary)
    }
}
