import ArgumentParser

/// `capindex challenges`: the peer challenge programme (SPEC 9).
struct Challenges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "challenges",
        abstract: "Import the peer challenge programme: who challenges whom, on which themes, when, endorsed or not.",
        subcommands: [ChallengesImport.self]
    )
}
