import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex match --year Y --region R`: the suggested support pairing.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest who supports whom: asks matched to offers, solved exactly (most asks, best fit, fresh eyes).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    func validate() throws {
        if scope.year == nil { throw ValidationError("Give the year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("match shows one year: give --year, not --all-years.") }
        if scope.region == nil && !scope.allRegions { throw ValidationError("Give --region R or --all-regions.") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let year = scope.year!
            let all = try app.match(database: global.db, year: year, regions: scope.regions)
            out.document(all.map(MatchOutput.init))
            let register = try app.register(database: global.db)
            func name(_ code: String) -> String { register.row(code, in: year)?.name ?? code }
            for m in all {
                let r = m.result
                out.line(
                    "\(m.region) \(m.year): \(r.matchedCount) of \(r.matchedCount + r.unmatched.count) asks matched, "
                        + "total score \(Fmt.one(Double(r.totalScoreThirds) / 3)), \(r.freshCount) fresh pairs (C = \(m.capacity))")
                if !r.pairs.isEmpty {
                    out.line(
                        TextTable(
                            header: ["receiver", "theme", "provider", "score", "fresh"],
                            rows: r.pairs.map {
                                [
                                    "\($0.receiver) \(name($0.receiver))", $0.theme, "\($0.provider) \(name($0.provider))",
                                    Fmt.two($0.score), $0.isFresh ? "yes" : "no (paired in \(m.year - 1))",
                                ]
                            }
                        ).render())
                }
                if !r.unmatched.isEmpty {
                    out.line("\nunmatched asks:")
                    out.line(
                        TextTable(
                            header: ["receiver", "theme", "why"],
                            rows: r.unmatched.map {
                                [
                                    "\($0.ask.receiver) \(name($0.ask.receiver))", $0.ask.theme,
                                    $0.reason == .noProvider ? "no provider in the region for that theme" : "providers at capacity",
                                ]
                            }
                        ).render())
                }
                if !r.loads.isEmpty {
                    out.line("\nprovider load (of \(m.capacity)):")
                    out.line(
                        TextTable(
                            header: ["provider", "engagements"],
                            rows: r.loads.map { ["\($0.provider) \(name($0.provider))", "\($0.load)"] }
                        ).render())
                }
                out.line("")
            }
            return 0
        }
    }
}

/// `match --json`: one region's pairing.
struct MatchOutput: Encodable {
    struct Pair: Encodable { var receiver: String, theme: String, provider: String, score: Double, fresh: Bool }
    struct Unmatched: Encodable { var receiver: String, theme: String, reason: String }
    struct Load: Encodable { var provider: String, load: Int }
    var year: Int, region: String, capacity: Int
    var pairs: [Pair], unmatched: [Unmatched], loads: [Load]

    init(_ m: RegionMatching) {
        year = m.year; region = m.region; capacity = m.capacity
        pairs = m.result.pairs.map {
            Pair(receiver: $0.receiver, theme: $0.theme, provider: $0.provider, score: $0.score, fresh: $0.isFresh)
        }
        unmatched = m.result.unmatched.map { Unmatched(receiver: $0.ask.receiver, theme: $0.ask.theme, reason: $0.reason.rawValue) }
        loads = m.result.loads.map { Load(provider: $0.provider, load: $0.load) }
    }
}
