import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default ./capindex.sqlite, or CAPINDEX_DB).")
    var db: String?

    @Flag(name: .long, help: "Print one machine-readable JSON document on standard output, errors included.")
    var json = false

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false
}
