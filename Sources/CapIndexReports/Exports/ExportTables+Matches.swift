import CapIndexDomain
import CapIndexFormats

extension ExportTables {
    /// `matches.csv` (SPEC 6): the suggested pairs of every region and year in scope, as
    /// the scoring run recorded them (year, region, then receiver and theme). The CSV keeps
    /// the spec's columns; the JSON form adds each LA's name beside its code.
    static func matchTables(_ pairs: [SuggestedPair], years: YearScope, regions: Set<String>?, register: LARegister)
        -> [ExportTable]
    {
        let rows: [[ExportValue]] = pairs.filter { years.contains($0.year) && (regions?.contains($0.region) ?? true) }.map { s in
            let p = s.pair
            let receiver = register.row(p.receiver, in: s.year)?.name ?? p.receiver
            let provider = register.row(p.provider, in: s.year)?.name ?? p.provider
            return [
                .int(s.year), .text(s.region), .code(p.receiver), .text(receiver), .code(p.theme), .code(p.provider),
                .text(provider), .number(p.score),
            ]
        }
        let columns = ["year", "region", "receiver", "receiver_name", "theme", "provider", "provider_name", "score"]
        return [ExportTable(name: "matches", columns: columns, rows: rows, jsonOnly: ["receiver_name", "provider_name"])]
    }
}
