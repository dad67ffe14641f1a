import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

/// `capindex init`: create the database with the register and framework.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database and load the LA register and the framework (shipped defaults or your own).")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "A region's own register CSV (default: the shipped Data/register.csv).")
    var register: String?

    @Option(name: .long, help: "A region's own framework JSON (default: the shipped Data/framework.json).")
    var framework: String?

    func run() throws {
        try Console.guarded {
            let store = try Store(path: global.databasePath)
            let s = try Workspace.initialise(store, registerPath: register, frameworkPath: framework, now: Workspace.now())
            if global.json {
                Console.json(s)
            } else {
                for d in s.problems { Console.err(d.rendered) }
                if !global.quiet {
                    Console.out(
                        """
                        \(global.databasePath): register \(s.registerRows) rows (\(s.las) LAs); framework \(s.frameworkID) \(s.frameworkVersion), \
                        \(s.themes) themes, \(s.indicators) indicators, SHA-256 \(s.frameworkHash.prefix(12))…
                        """)
                    if let old = s.changedFrom {
                        let subs = Set(s.problems.map { "\($0.laCode ?? "") \($0.year ?? 0)" }).count
                        Console.out("framework changed from \(old): \(subs) current submission\(subs == 1 ? "" : "s") no longer satisfy it")
                    }
                }
            }
            if !s.problems.isEmpty { throw ExitCode(1) }
        }
    }
}
