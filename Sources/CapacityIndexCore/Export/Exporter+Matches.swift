import CapIndexDomain
import CapIndexFormats
import CapIndexStore

extension Exporter {
    /// `matches.csv` (SPEC 6): the suggested pairs of every region and year in scope.
    func matchTables(run: ScoreRun, years: YearScope, regions: Set<String>?, register: LARegister) throws -> [ExportTable] {
        var yearSet: Set<Int>?
        if case .year(let y) = years { yearSet = [y] }
        let all = try store.supportMatching().matchAll(years: yearSet, regions: regions)
        let rows: [[ExportValue]] = all.flatMap { m in
            m.result.pairs.map { p in
                [.int(m.year), .text(m.region), .code(p.receiver), .code(p.theme), .code(p.provider), .number(p.score)]
            }
        }
        return [ExportTable(name: "matches", columns: ["year", "region", "receiver", "theme", "provider", "score"], rows: rows)]
    }
}
