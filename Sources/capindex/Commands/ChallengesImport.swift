import ArgumentParser

/// `capindex challenges import FILE...`: the peer challenge programme, CSV or workbook.
struct ChallengesImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import peer challenges (challenge_id, la_code, round, theme, lead_la_code, starts_on, ends_on, cx_endorsed_on, report_on).",
        discussion: """
            One row per theme of a challenge. A challenge belongs to the cycle of submission year Y when it starts between \
            1 November Y and 31 October Y+1. W113 (a theme that is not an area for development) and W114 (no chief \
            executive endorsement by the start) are shown at once; W115 (no action plan 56 days after the end) on the pages.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Challenge files or folders (.csv and .xlsx files in them, in file-name order).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one peer challenge file or folder to import.") }
    }

    func run() throws { try ImprovementImportCommand.run(.challenges, Self.self, global, paths) }
}
