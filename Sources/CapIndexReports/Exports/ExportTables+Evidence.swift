import CapIndexDomain
import CapIndexFormats

extension ExportTables {
    /// `indicators.csv` (SPEC 6): every imported LA value of the catalogue's indicators, all
    /// periods, with its band and ranks; sorted by catalogue order, period and LA code.
    /// Every LA of England, whatever the year or region exported (SPEC 6 "every LA value
    /// imported"; audit 20): the bands and national ranks are read against all of them, and
    /// a one-year and an all-years export hold the same table.
    static func indicatorTables(evidence index: EvidenceIndex) -> [ExportTable] {
        var rows: [[ExportValue]] = []
        for r in index.allValues() {
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
