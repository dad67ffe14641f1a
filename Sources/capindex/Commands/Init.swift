import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex init`: create the database with the register, the framework and the neighbours.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database and load the LA register, the framework and the statistical neighbours (shipped or your own).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A region's own register CSV (default: the shipped register).")
    var register: String?

    @Option(name: .long, help: "A region's own framework JSON (default: the shipped framework).")
    var framework: String?

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let s = try app.initialise(database: global.db, register: register, framework: framework)
            out.document(s)
            out.diagnostics(s.problems)
            out.line(
                """
                \(app.databasePath(global.db)): register \(s.registerRows) rows (\(s.las) LAs); framework \(s.frameworkID) \
                \(s.frameworkVersion), \(s.themes) themes, \(s.indicators) indicators, SHA-256 \(s.frameworkHash.prefix(12))…
                """)
            if let n = s.neighbourRows { out.line("statistical neighbours: \(n) rows loaded") }
            if let old = s.changedFrom {
                let subs = Set(s.problems.map { "\($0.laCode ?? "") \($0.year ?? 0)" }).count
                out.line("framework changed from \(old): \(subs) current submission\(subs == 1 ? "" : "s") no longer satisfy it")
            }
            return s.problems.isEmpty ? 0 : 1
        }
    }
}
