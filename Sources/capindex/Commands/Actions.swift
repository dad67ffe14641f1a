import ArgumentParser

/// `capindex actions`: the region's action tracker (SPEC 9).
struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Import the action tracker: actions from peer challenges, the challenge event and the summit's priorities.",
        subcommands: [ActionsImport.self]
    )
}
