import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex match --year Y --region R`: the suggested support pairing.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
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
            let register = try app.register(database: global.db)
            func name(_ code: String) -> String { register.row(code, in: year)?.name ?? code }
            out.document(all.map { MatchOutput($0, name: name) })
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
                            rows: r.unmatched.map { u in
                                let excluded =
                                    u.reason == .providersScreened
                                    ? ": "
                                        + u.excluded.map { "\($0.provider) \(name($0.provider))" }
                                        .joined(separator: ", ") : ""
                                return ["\(u.ask.receiver) \(name(u.ask.receiver))", u.ask.theme, u.reason.words + excluded]
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

/// `match --json`: one region's pairing, each LA by code and name.
struct MatchOutput: Encodable {
    struct Pair: Encodable {
        var receiver: String, receiverName: String, theme: String, provider: String, providerName: String, score: Double, fresh: Bool
    }
    struct Excluded: Encodable { var provider: String, providerName: String, why: [String] }
    struct Unmatched: Encodable { var receiver: String, receiverName: String, theme: String, reason: String, excluded: [Excluded] }
    struct Load: Encodable { var provider: String, providerName: String, load: Int }
    var year: Int, region: String, capacity: Int
    var pairs: [Pair], unmatched: [Unmatched], loads: [Load]

    init(_ m: RegionMatching, name: (String) -> String) {
        year = m.year; region = m.region; capacity = m.capacity
        pairs = m.result.pairs.map {
            Pair(
                receiver: $0.receiver, receiverName: name($0.receiver), theme: $0.theme, provider: $0.provider,
                providerName: name($0.provider), score: $0.score, fresh: $0.isFresh)
        }
        unmatched = m.result.unmatched.map { u in
            Unmatched(
                receiver: u.ask.receiver, receiverName: name(u.ask.receiver), theme: u.ask.theme, reason: u.reason.rawValue,
                excluded: u.excluded.map { Excluded(provider: $0.provider, providerName: name($0.provider), why: $0.reasons.map(\.words)) })
        }
        loads = m.result.loads.map { Load(provider: $0.provider, providerName: name($0.provider), load: $0.load) }
    }
}
