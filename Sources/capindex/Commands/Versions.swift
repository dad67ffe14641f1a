import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex versions LA --year Y`: every version of one LA's submission.
struct Versions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions",
        abstract: "Every version of an LA's submission for a year: file, SHA-256, time, state; and every rejected attempt.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The LA: 3-digit DfE code, ONS code or name (e.g. 370, E08000016 or Barnsley).")
    var la: String

    @Option(name: .long, help: "The submission year.")
    var year: Int

    @Option(name: .long, help: "Report settings JSON whose \"deadlines\" mark late versions.")
    var settings: String?

    func validate() throws {
        if let s = settings, let problem = Application.settingsProblem(path: s) { throw ValidationError("--settings: \(problem)") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let h = try app.versions(database: global.db, la: la, year: year, settingsPath: settings)
            out.document(h)
            let current = h.current.map { "version \($0.version) counts" } ?? "no version counts"
            out.line(
                "\(h.laName) (\(h.laCode)) \(h.year): \(h.versions.count) version\(h.versions.count == 1 ? "" : "s"), \(current)"
                    + (h.deadline.map { "; deadline \($0)" } ?? ""))
            let t = TextTable(
                header: ["version", "state", "ingested at", "file", "sha-256", "submitted on", "signed off by"],
                rows: h.versions.map { v in
                    [
                        "v\(v.version)", v.state.rawValue + (v.late ? ", late" : ""), v.ingestedAt, v.sourceFile,
                        String(v.sourceSHA256.prefix(12)),
                        v.submittedOn ?? "", v.cxSignoff ?? "not signed off",
                    ]
                })
            out.line(t.render())
            for v in h.versions where v.state == .withdrawn {
                out.line("v\(v.version) withdrawn \(v.withdrawnAt ?? ""): \(v.withdrawnWhy ?? "")")
            }
            if !h.rejectedAttempts.isEmpty {
                out.line("\nrejected (nothing stored):")
                for a in h.rejectedAttempts {
                    out.line(
                        "  \(a.ingestedAt)  \(a.file)  \(a.errors) error\(a.errors == 1 ? "" : "s")"
                            + (a.sha256.map { "  \($0.prefix(12))" } ?? ""))
                }
            }
            return 0
        }
    }
}
