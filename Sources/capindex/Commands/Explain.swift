import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp

/// `capindex explain LA --year Y`: the LCI worked by hand.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how an LA's capacity index was made, theme by theme (q, o, n, c, weight).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The LA: 3-digit DfE code or ONS code.")
    var la: String

    @Option(name: .long, help: "The submission year.")
    var year: Int

    func run() throws {
        try Console.guarded {
            let store = try Workspace.openExisting(path: global.databasePath)
            let e = try Explainer(store: store).explain(la: la, year: year)
            if global.json { Console.json(e); return }
            Console.out("\(e.laName) (\(e.laCode)), \(e.region), \(e.year): submission version \(e.version) from \(e.sourceFile)")
            Console.out(
                "framework \(e.frameworkID) \(e.frameworkVersion); c = a·q + b·o + g·(1 − n) with a = \(e.a), b = \(e.b), g = \(e.g)")
            Console.out(
                "q = (4 − rating)/3; o = offer/3 when rating ≤ 2, else 0; n = max(need/3, floor: 0 for 1–2, 1/3 for 3, 2/3 for 4)\n")
            func cell(_ x: Exact) -> String { "\(x) = \(String(format: "%.3f", x.double))" }
            let t = TextTable(
                header: ["theme", "rating", "offer", "need", "q", "o", "n", "c", "weight"],
                rows: e.themes.map { s in
                    [
                        s.theme, "\(s.rating.rawValue) \(s.rating.title)", "\(s.offer)", "\(s.need)",
                        "\(s.q)", "\(s.o)", "\(s.n)", cell(s.c), "\(s.weight)",
                    ]
                })
            Console.out(t.render())
            Console.out("\nLCI = 100 × Σ w·c / Σ w = 100 × \(e.weightedSum) / \(e.weightTotal) = \(e.lci) = \(e.lci.double)")
            Console.out("shown as \(Fmt.one(e.lci.double)) → band \(e.band)")
            if let p = e.previousLCI {
                Console.out("\(e.year - 1): \(Fmt.one(p.double)); change \(Fmt.signed((e.lci - p).double))")
            }
        }
    }
}
