import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex outcomes import FILE...`: agreed ratings, CSV or the outcomes workbook.
struct OutcomesImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import agreed ratings (la_code, year, theme, agreed_rating, note, agreed_on; CSV or .xlsx, files or folders).",
        discussion: """
            One row per theme the event discussed; a blank agreed_rating confirms the self-rating. A row in error is \
            rejected alone (E201, E203, E204, E210, E212, E217, and E220 when the LA has no current submission that year); \
            the rest loads. A later outcome for the same LA, year and theme replaces the earlier, which stays in the history.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Outcome files or folders (.csv and .xlsx files in them, in file-name order).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one outcomes file or folder to import.") }
    }

    func run() throws { try ImprovementImportCommand.run(.outcomes, Self.self, global, paths) }
}

/// What the three improvement imports share: call the use case, print the diagnostics and the summary.
enum ImprovementImportCommand {
    static func run<C: ParsableCommand>(_ kind: ImprovementKind, _ command: C.Type, _ global: GlobalOptions, _ paths: [String]) throws {
        try CommandRunner.run(command, global) { app, out in
            let report = try app.importImprovement(kind, database: global.db, paths: paths)
            out.document(report)
            out.diagnostics(report.diagnostics)
            out.line("\(kind.rawValue): \(report.summary)")
            return report.exitCode
        }
    }
}
