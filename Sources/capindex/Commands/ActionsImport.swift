import ArgumentParser

/// `capindex actions import FILE...`: the whole tracker, re-imported after each update.
struct ActionsImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the action tracker (action_id, la_code, source, theme, action, owner, due_on, status, updated_on, note).",
        discussion: """
            source is a challenge_id, event:YEAR or summit:YEAR (YEAR the submission year of the cycle); status one of \
            not started, on track, at risk, off track, complete. The latest import of an action_id is current; earlier \
            states are kept as its progress history. W116 (overdue) and W117 (stale) are judged at the report date.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Tracker files or folders (.csv and .xlsx files in them, in file-name order).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give the action tracker file or folder to import.") }
    }

    func run() throws { try ImprovementImportCommand.run(.actions, Self.self, global, paths) }
}
