import ArgumentParser
import CapIndexApp

/// `capindex withdraw LA --year Y --why TEXT`: a wrongly filed submission stops counting.
struct Withdraw: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw an LA's current submission for a year (filed under the wrong LA or year); it is kept, marked withdrawn.",
        discussion: """
            The current version stops counting and stays in the history, marked withdrawn with the time and
            the reason. The latest earlier version that was not withdrawn counts again, if there is one; else
            nothing counts until the LA sends a submission, which then becomes current as usual.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The LA: 3-digit DfE code, ONS code or name.")
    var la: String

    @Option(name: .long, help: "The submission year.")
    var year: Int

    @Option(name: .long, help: "Why it is withdrawn (kept with the version and shown on the status board).")
    var why: String

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let w = try app.withdraw(database: global.db, la: la, year: year, why: why)
            out.document(w)
            out.line("\(w.laName) (\(w.laCode)) \(w.year): version \(w.withdrawn.version) (\(w.withdrawn.sourceFile)) withdrawn: \(why)")
            if let r = w.restored {
                out.line("version \(r.version) (\(r.sourceFile)) counts again")
            } else {
                out.line("no version counts now; the next valid submission \(w.laName) sends for \(w.year) will count")
            }
            return 0
        }
    }
}
