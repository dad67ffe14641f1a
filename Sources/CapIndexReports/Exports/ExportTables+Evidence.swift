import CapIndexDomain
import CapIndexFormats

extension ExportTables {
    /// `indicators.csv` (SPEC 6): every imported LA value of the catalogue's indicators, all
    /// periods, with its band and ranks; sorted by catalogue order, period and LA code.
    /// With `regions`, only LAs of those regions (by the register row valid in the period).
    static func indicatorTables(evidence index: EvidenceIndex, regions: Set<String>?, register: LARegister) -> [ExportTable] {
        var rows: [[ExportValue]] = []
        for r in index.allValues() {
            if let regions, !regions.contains(register.row(r.laCode, in: r.period)?.region ?? "") { continue }
            let d = index.distribution(indicator: r.indicator, period: r.period)
            rows.append([
                .code(r.indicator), .int(r.period), .code(r.laCode),
                r.value.map { .number($0) } ?? .null,
                r.missingCode.map { .code($0) } ?? .null,
                d?.bands[r.laCode].map { .code($0.rawValue) } ?? .null,
                d?.nationalRanks[r.laCode].map { .int($0) } ?? .null,
                d?.regionalRanks[r.laCode].map { .int($0) } ?? .null,
            ])
        }
        return [
            ExportTable(
                name: "indicators",
                columns: ["indicator", "period", "la_code", "value", "missing_code", "band", "national_rank", "regional_rank"],
                rows: rows)
        ]
    }
}
