import ArgumentParser

/// `capindex outcomes`: the ratings agreed at the January challenge event (SPEC 9).
struct Outcomes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcomes",
        abstract: "Import the ratings agreed at the challenge event; from then on every score uses them.",
        subcommands: [OutcomesImport.self]
    )
}
