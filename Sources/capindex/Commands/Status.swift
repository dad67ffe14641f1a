import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex status`: the November status board.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The November status board: the chase list, who has submitted, when, which version, sign-off, late versions, errors.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "Report settings JSON whose \"deadlines\" mark late versions, e.g. {\"2026\": \"2026-11-28\"}.")
    var settings: String?

    func validate() throws {
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("status shows one year: give --year, not --all-years.") }
        if let s = settings, let problem = Application.settingsProblem(path: s) { throw ValidationError("--settings: \(problem)") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let boards = try app.status(database: global.db, year: scope.year!, regions: scope.regions, settingsPath: settings)
            out.document(boards)
            for b in boards { Self.print(b, out) }
            return 0
        }
    }

    static func print(_ b: StatusBoard, _ out: DiagnosticPrinter) {
        var head = "\(b.region) \(b.year): \(b.submittedCount) of \(b.rows.count) LAs submitted, \(b.signedOffCount) signed off"
        head += b.deadline.map { "; deadline \($0), \(b.lateCount) late" } ?? "; no deadline set"
        out.line(head)
        if b.chaseList.isEmpty {
            out.line("chase list: nobody")
        } else {
            out.line("chase list:")
            for c in b.chaseList {
                out.line("  \(c.laCode) \(c.laName): \(c.reasons.map(\.rawValue).joined(separator: ", ")) — \(c.reasons[0].action)")
            }
        }
        let t = TextTable(
            header: ["LA", "name", "state", "submitted on", "version", "signed off by", "errors", "warnings"],
            rows: b.rows.map { r in
                [
                    r.laCode, r.laName, r.state, r.submittedOn ?? "",
                    (r.version.map { "v\($0) of \(r.versions)" } ?? "") + (r.late ? " LATE" : ""),
                    r.cxSignoff ?? (r.submitted ? "NOT SIGNED OFF" : ""), "\(r.errors)", "\(r.warnings)",
                ]
            })
        out.line(t.render())
        for r in b.rows where !r.errorDetails.isEmpty {
            for e in r.errorDetails {
                let theme = e.themeTitle.map { " [\($0)]" } ?? ""
                out.line("  \(r.laCode): \(e.line)\(theme)" + FeedbackAdvice.advice(code: e.code, hint: e.hint).withDash)
            }
        }
        for r in b.rows {
            for v in r.withdrawnVersions {
                out.line("  \(r.laCode): v\(v.version) (\(v.sourceFile)) withdrawn \(v.withdrawnAt ?? ""): \(v.withdrawnWhy ?? "")")
            }
            for v in r.history where v.late && v.state != .current {
                out.line("  \(r.laCode): v\(v.version) (\(v.sourceFile)) came late, \(v.ingestedAt) (\(v.state.rawValue))")
            }
        }
        out.line("")
    }
}

extension String {
    /// ` — text`, for a hint after a message.
    var withDash: String { isEmpty ? "" : " — " + self }
}
