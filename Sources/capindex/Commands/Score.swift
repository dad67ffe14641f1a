import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

/// `capindex score`: compute and record a scoring run.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compute capacity indices, theme balance, priorities, trends and challenge flags, and record the run.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    func run() throws {
        try Console.guarded {
            let store = try Workspace.openExisting(path: global.databasePath)
            let register = try store.loadRegister()
            let (run, set) = try ScoreStage.run(store: store, now: Workspace.now())
            let regions = try scope.regions(register)
            let years = scope.year.map { [$0] } ?? Array(Set(set.regional.map(\.year))).sorted()
            let shown = set.regional.filter { years.contains($0.year) && (regions?.contains($0.region) ?? true) }
            if global.json {
                Console.json(
                    ScoreOutput(
                        run: run, regional: shown.map { RegionalLine($0) },
                        las: set.laScores.filter { s in shown.contains { $0.year == s.year && $0.region == s.region } }.map { LALine($0) }))
                return
            }
            if global.quiet { return }
            Console.out("score run \(run.id): framework \(run.frameworkID) \(run.frameworkVersion), \(run.submissions) current submissions")
            for r in shown {
                let change = r.rciChange.map { " (\(Fmt.signed($0.double)) on \(r.year - 1))" } ?? ""
                let pri = set.balances.filter { $0.year == r.year && $0.region == r.region && $0.priorityRank != nil }
                    .sorted { $0.priorityRank! < $1.priorityRank! }.map(\.theme)
                Console.out(
                    "\(r.year) \(r.region): RCI \(Fmt.one(r.rci.double))\(change), \(r.lasSubmitted) LAs; priorities: \(pri.isEmpty ? "none" : pri.joined(separator: ", "))"
                )
                let flags = set.flags.filter { f in
                    f.year == r.year && set.laScores.contains { $0.laCode == f.laCode && $0.year == f.year && $0.region == r.region }
                }
                Console.out("  challenge flags: \(flags.count)")
            }
        }
    }
}

struct ScoreOutput: Encodable {
    var run: ScoreRun
    var regional: [RegionalLine]
    var las: [LALine]
}

struct RegionalLine: Encodable {
    var year: Int, region: String, las_submitted: Int, rci: Double, rci_change: Double?
    init(_ r: RegionalIndex) {
        year = r.year; region = r.region; las_submitted = r.lasSubmitted; rci = r.rci.double; rci_change = r.rciChange?.double
    }
}

struct LALine: Encodable {
    var year: Int, la_code: String, la_name: String, lci: Double, band: String, lci_change: Double?
    init(_ s: LAScore) {
        year = s.year; la_code = s.laCode; la_name = s.laName; lci = s.lci.double; band = s.band; lci_change = s.lciChange?.double
    }
}

/// Display rounding: one decimal place (exports carry full precision).
enum Fmt {
    static func one(_ d: Double) -> String { String(format: "%.1f", d) }
    static func signed(_ d: Double) -> String { (d >= 0 ? "+" : "") + String(format: "%.1f", d) }
    static func two(_ d: Double) -> String { String(format: "%.2f", d) }
}

extension ScopeOptions {
    /// The regions asked for, resolved against the register; nil = every region.
    func regions(_ register: LARegister) throws -> Set<String>? {
        guard let r = region else { return nil }
        guard let found = register.resolveRegion(r) else {
            throw ValidationError("--region '\(r)' is not a region of the register: \(register.regions.joined(separator: ", ")).")
        }
        return [found]
    }

    /// The regions a one-year command covers: the one named, every region with
    /// --all-regions, else those with submissions in the year.
    func regionList(_ store: Store, year: Int) throws -> [String] {
        let register = try store.loadRegister()
        if let named = try regions(register) { return named.sorted() }
        if allRegions { return register.regions }
        return try DefaultRegions.of(store, year: year)
    }
}
