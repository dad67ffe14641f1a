import CapIndexDomain
import CapIndexFormats

extension ExportTables {
    /// `matches.csv` (SPEC 6): the suggested pairs of every region and year in scope.
    static func matchTables(_ matching: [RegionMatching], years: YearScope, regions: Set<String>?) -> [ExportTable] {
        let all = matching.filter { years.contains($0.year) && (regions?.contains($0.region) ?? true) }
            .sorted { ($0.year, $0.region) < ($1.year, $1.region) }
        let rows: [[ExportValue]] = all.flatMap { m in
            m.result.pairs.map { p in
                [.int(m.year), .text(m.region), .code(p.receiver), .code(p.theme), .code(p.provider), .number(p.score)]
            }
        }
        return [ExportTable(name: "matches", columns: ["year", "region", "receiver", "theme", "provider", "score"], rows: rows)]
    }
}
