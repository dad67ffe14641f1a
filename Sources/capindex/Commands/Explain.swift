import ArgumentParser
import CapIndexApp
import CapIndexDomain
import Foundation

/// `capindex explain LA --year Y`: the LCI worked by hand.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how an LA's capacity index was made, theme by theme (q, o, n, c, weight).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The LA: 3-digit DfE code, ONS code or name (e.g. 383, E08000035 or Leeds).")
    var la: String

    @Option(name: .long, help: "The submission year.")
    var year: Int

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let e = try app.explain(database: global.db, la: la, year: year)
            out.document(e)
            out.line("\(e.laName) (\(e.laCode)), \(e.region), \(e.year): submission version \(e.version) from \(e.sourceFile)")
            out.line("framework \(e.frameworkID) \(e.frameworkVersion); c = a·q + b·o + g·(1 − n) with a = \(e.a), b = \(e.b), g = \(e.g)")
            out.line("q = (4 − rating)/3; o = offer/3 when rating ≤ 2, else 0; n = max(need/3, floor: 0 for 1–2, 1/3 for 3, 2/3 for 4)\n")
            func cell(_ x: Exact) -> String { "\(x) = \(String(format: "%.3f", x.double))" }
            let t = TextTable(
                header: ["theme", "rating", "offer", "need", "q", "o", "n", "c", "weight"],
                rows: e.themes.map { s in
                    [
                        s.theme, "\(s.rating.rawValue) \(s.rating.title)", "\(s.offer)", "\(s.need)",
                        "\(s.q)", "\(s.o)", "\(s.n)", cell(s.c), "\(s.weight)",
                    ]
                })
            out.line(t.render())
            out.line("\nLCI = 100 × Σ w·c / Σ w = 100 × \(e.weightedSum) / \(e.weightTotal) = \(e.lci) = \(e.lci.double)")
            out.line("shown as \(Fmt.one(e.lci.double)) → band \(e.band)")
            if let p = e.previousLCI {
                out.line("\(e.year - 1): \(Fmt.one(p.double)); change \(Fmt.signed((e.lci - p).double))")
            }
            return 0
        }
    }
}
