import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex score`: compute and record a scoring run.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Compute capacity indices, theme balance, priorities, trends and challenge flags, and record the run.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let s = try app.score(database: global.db, year: scope.year, regions: scope.regions)
            let set = s.scores
            // Indexed once by year and region: filtering every row per region and year grew
            // with the cube of the register (4.5 s of a 1,000-LA score).
            func key(_ year: Int, _ region: String) -> String { "\(year)|\(region)" }
            let shown = Set(s.shown.map { key($0.year, $0.region) })
            out.document(
                ScoreOutput(
                    run: s.run, regional: s.shown.map(RegionalLine.init),
                    las: set.laScores.filter { shown.contains(key($0.year, $0.region)) }.map(LALine.init)))
            out.line(
                "score run \(s.run.id): framework \(s.run.frameworkID) \(s.run.frameworkVersion), \(s.run.submissions) current submissions")
            var regionOf: [String: String] = [:]
            for l in set.laScores { regionOf["\(l.laCode)|\(l.year)"] = l.region }
            var flagCounts: [String: Int] = [:]
            for f in set.flags {
                if let region = regionOf["\(f.laCode)|\(f.year)"] { flagCounts[key(f.year, region), default: 0] += 1 }
            }
            let ranked = Dictionary(grouping: set.balances.filter { $0.priorityRank != nil }) { key($0.year, $0.region) }
            for r in s.shown {
                let change = r.rciChange.map { " (\(Fmt.signed($0.double)) on \(r.year - 1))" } ?? ""
                let pri = (ranked[key(r.year, r.region)] ?? []).sorted { $0.priorityRank! < $1.priorityRank! }.map(\.theme)
                out.line(
                    "\(r.year) \(r.region): RCI \(Fmt.one(r.rci.double))\(change), \(r.lasSubmitted) LAs; priorities: \(pri.isEmpty ? "none" : pri.joined(separator: ", "))"
                )
                out.line("  challenge flags: \(flagCounts[key(r.year, r.region)] ?? 0)")
            }
            return 0
        }
    }
}

/// `score --json`.
struct ScoreOutput: Encodable {
    var run: ScoreRun
    var regional: [RegionalLine]
    var las: [LALine]
}

/// One region and year of `score --json`.
struct RegionalLine: Encodable {
    var year: Int, region: String, lasSubmitted: Int, rci: Double, rciChange: Double?
    init(_ r: RegionalIndex) {
        year = r.year; region = r.region; lasSubmitted = r.lasSubmitted; rci = r.rci.double; rciChange = r.rciChange?.double
    }
}

/// One LA and year of `score --json`.
struct LALine: Encodable {
    var year: Int, laCode: String, laName: String, lci: Double, band: String, lciChange: Double?
    init(_ s: LAScore) {
        year = s.year; laCode = s.laCode; laName = s.laName; lci = s.lci.double; band = s.band; lciChange = s.lciChange?.double
    }
}
