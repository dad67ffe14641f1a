import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

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
        try Console.guarded {
            let store = try Workspace.openExisting(path: global.databasePath)
            let regions = try scope.regionList(store, year: scope.year!)
            let boards = try regions.map { try store.statusBoard(year: scope.year!, region: $0) }
            if global.json { Console.json(boards); return }
            for b in boards {
                Console.out("\(b.region) \(b.year): \(b.submittedCount) of \(b.rows.count) LAs submitted, \(b.signedOffCount) signed off")
                let t = TextTable(
                    header: ["LA", "name", "state", "submitted on", "version", "signed off by", "errors", "warnings"],
                    rows: b.rows.map { r in
                        [
                            r.laCode, r.laName, r.state, r.submittedOn ?? "", r.version.map { "v\($0) of \(r.versions)" } ?? "",
                            r.cxSignoff ?? (r.submitted ? "NOT SIGNED OFF" : ""), "\(r.errors)", "\(r.warnings)",
                        ]
                    })
                Console.out(t.render())
                for r in b.rows where !r.errorMessages.isEmpty {
                    for m in r.errorMessages { Console.out("  \(r.laCode): \(m)") }
                }
                Console.out("")
            }
        }
    }
}
