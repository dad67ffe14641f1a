import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

/// `capindex evidence`: published indicators and Ofsted judgements beside the self-assessments.
struct Evidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import published evidence: indicator files (EES, LAIT, tidy) and Ofsted ILACS outcomes.",
        subcommands: [EvidenceImport.self, EvidenceOfsted.self]
    )
}

/// `capindex evidence import PATH...`: indicator files in any of the three layouts.
struct EvidenceImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import indicator files (EES open data, LAIT download or tidy; files or folders), recognised by their content.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A statistical-neighbour CSV to use instead of the shipped Data/statistical_neighbours_2025.csv.")
    var neighbours: String?

    @Argument(help: "Indicator files or folders (.csv and .txt files in them, in file-name order).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one indicator file or folder to import.") }
    }

    func run() throws {
        var report = EvidenceImportReport()
        try Console.guarded {
            let now = Workspace.now()
            let store = try Workspace.openInitialised(path: global.databasePath, now: now)
            if let n = neighbours {
                report.neighbourRows = try store.saveStatisticalNeighbours(try StatisticalNeighbours.load(path: n), sourceFile: n)
            } else {
                report.neighbourRows = try ShippedNeighbours.loadIfEmpty(store)
            }
            let imported = try EvidenceImporter(store: store, now: now).importIndicators(paths: paths)
            report.files = imported.files
            report.diagnostics = imported.diagnostics
        }
        EvidencePrinter.print(report, global: global)
        if report.rejectedFiles > 0 { throw ExitCode(1) }
    }
}

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
        var report = EvidenceImportReport()
        try Console.guarded {
            let now = Workspace.now()
            let store = try Workspace.openInitialised(path: global.databasePath, now: now)
            report = try OfstedImporter(store: store, now: now).importFiles(files)
        }
        EvidencePrinter.print(report, global: global)
        if report.rejectedFiles > 0 { throw ExitCode(1) }
    }
}

/// Prints an evidence report the way compilers print diagnostics.
enum EvidencePrinter {
    static func print(_ report: EvidenceImportReport, global: GlobalOptions) {
        if global.json { Console.json(report); return }
        for d in report.diagnostics {
            if global.quiet && d.severity != .warning { continue }
            if d.severity == .warning { Console.err(d.rendered) } else { Console.out(d.rendered) }
        }
        if global.quiet { return }
        if let n = report.neighbourRows { Console.out("statistical neighbours: \(n) rows loaded") }
        Console.out(report.summary)
    }
}
