import CapIndexDomain
import CapIndexFormats

/// The SPEC 6 export tables, built from value snapshots: the recorded results of a
/// scoring run (the same rows the reports read), the imported indicator values and the
/// suggested pairings. The rows are sorted by their key columns, so unchanged inputs
/// give identical files.
public enum ExportTables {
    /// Every export table for `years` and `regions` (nil = all): the recorded results of
    /// a run, the imported indicator values, and the suggested pairings.
    public static func build(
        results: ScoreSet, evidence: EvidenceIndex, matching: [RegionMatching], register: LARegister, years: YearScope,
        regions: Set<String>?
    ) -> [ExportTable] {
        func inRegions(_ region: String) -> Bool { regions?.contains(region) ?? true }
        func laInRegions(_ la: String, _ year: Int) -> Bool {
            regions == nil || regions!.contains(register.row(la, in: year)?.region ?? "")
        }
        func number(_ e: Exact?) -> ExportValue { e.map { .number($0.double) } ?? .null }
        let la: [[ExportValue]] = results.laScores.filter { years.contains($0.year) && inRegions($0.region) }.map { s in
            [.int(s.year), .code(s.laCode), .text(s.laName), .text(s.region), number(s.lci), .code(s.band), number(s.lciChange)]
        }
        let balance: [[ExportValue]] = results.balances.filter { years.contains($0.year) && inRegions($0.region) }.map { b in
            [
                .int(b.year), .text(b.region), .code(b.theme), .int(b.rated), number(b.supply), number(b.demand), number(b.balance),
                number(b.devShare), number(b.strShare), number(b.evidenceShare), b.priorityRank.map { .int($0) } ?? .null,
            ]
        }
        let regional: [[ExportValue]] = results.regional.filter { years.contains($0.year) && inRegions($0.region) }.map { r in
            [.int(r.year), .text(r.region), .int(r.lasSubmitted), number(r.rci), number(r.rciChange)]
        }
        let trends: [[ExportValue]] = results.trends.filter { years.contains($0.year) && laInRegions($0.laCode, $0.year) }.map { t in
            [.int(t.year), .code(t.laCode), .code(t.theme), .code(t.direction.rawValue), .code(t.status.rawValue)]
        }
        let flags: [[ExportValue]] = results.flags.filter { years.contains($0.year) && laInRegions($0.laCode, $0.year) }.map { f in
            [.int(f.year), .code(f.laCode), f.theme.map { .code($0) } ?? .null, .code(f.code.rawValue), .text(f.message)]
        }
        var tables = [
            ExportTable(name: "la_scores", columns: ["year", "la_code", "la_name", "region", "lci", "band", "lci_change"], rows: la),
            ExportTable(
                name: "theme_balance",
                columns: [
                    "year", "region", "theme", "rated", "supply", "demand", "balance",
                    "dev_share", "str_share", "evidence_share", "priority_rank",
                ], rows: balance),
            ExportTable(name: "regional_index", columns: ["year", "region", "las_submitted", "rci", "rci_change"], rows: regional),
            ExportTable(name: "trends", columns: ["year", "la_code", "theme", "direction", "status"], rows: trends),
            ExportTable(name: "flags", columns: ["year", "la_code", "theme", "code", "message"], rows: flags),
        ]
        tables += indicatorTables(evidence: evidence)
        tables += matchTables(matching, years: years, regions: regions, register: register)
        return tables
    }
}
