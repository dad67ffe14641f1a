import CapIndexDomain
import CapIndexFormats

extension ExportTables {
    /// `matches.csv` (SPEC 6): the suggested pairs of every region and year in scope. The
    /// CSV keeps the spec's columns; the JSON form adds each LA's name beside its code.
    static func matchTables(_ matching: [RegionMatching], years: YearScope, regions: Set<String>?, register: LARegister)
        -> [ExportTable]
    {
        let all = matching.filter { years.contains($0.year) && (regions?.contains($0.region) ?? true) }
            .sorted { ($0.year, $0.region) < ($1.year, $1.region) }
        let rows: [[ExportValue]] = all.flatMap { m in
            m.result.pairs.map { p in
                let receiver = register.row(p.receiver, in: m.year)?.name ?? p.receiver
                let provider = register.row(p.provider, in: m.year)?.name ?? p.provider
                return [
                    .int(m.year), .text(m.region), .code(p.receiver), .text(receiver), .code(p.theme), .code(p.provider),
                    .text(provider), .number(p.score),
                ]
            }
        }
        let columns = ["year", "region", "receiver", "receiver_name", "theme", "provider", "provider_name", "score"]
        return [ExportTable(name: "matches", columns: columns, rows: rows, jsonOnly: ["receiver_name", "provider_name"])]
    }
}
