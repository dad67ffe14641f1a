import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex status`: the November status board.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The November status board: who has submitted, when, which version, sign-off, errors and warnings.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    func validate() throws {
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("status shows one year: give --year, not --all-years.") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let boards = try app.status(database: global.db, year: scope.year!, regions: scope.regions)
            out.document(boards)
            for b in boards {
                out.line("\(b.region) \(b.year): \(b.submittedCount) of \(b.rows.count) LAs submitted, \(b.signedOffCount) signed off")
                let t = TextTable(
                    header: ["LA", "name", "state", "submitted on", "version", "signed off by", "errors", "warnings"],
                    rows: b.rows.map { r in
                        [
                            r.laCode, r.laName, r.state, r.submittedOn ?? "", r.version.map { "v\($0) of \(r.versions)" } ?? "",
                            r.cxSignoff ?? (r.submitted ? "NOT SIGNED OFF" : ""), "\(r.errors)", "\(r.warnings)",
                        ]
                    })
                out.line(t.render())
                for r in b.rows where !r.errorMessages.isEmpty {
                    for m in r.errorMessages { out.line("  \(r.laCode): \(m)") }
                }
                out.line("")
            }
            return 0
        }
    }
}
