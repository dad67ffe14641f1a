/// The distribution of one indicator in one period over every LA with a value (regions
/// and England excluded; a combined return counts once for each of its LAs), with each
/// LA's band and ranks (SPEC 5).
public struct IndicatorDistribution: Sendable, Equatable {
    /// Catalogue id.
    public var indicator: String
    /// The year the period counts as.
    public var period: Int
    /// The period as published.
    public var periodLabel: String
    /// Polarity from the catalogue.
    public var polarity: Polarity
    /// Every LA row of the period, values and missing ones, by LA code.
    public var rows: [String: IndicatorValueRecord]
    /// LA values in the distribution.
    public var count: Int
    /// Q1–Q3 when there are at least 4 values.
    public var quartiles: Quartiles?
    /// Mean of the LA values.
    public var englandMean: Double?
    /// Each LA's region in the period.
    public var regionOf: [String: String]
    /// Mean and count of LA values per region.
    public var regionMeans: [String: Double]
    /// LA values per region.
    public var regionCounts: [String: Int]
    /// Bands, national and regional ranks (banded indicators with at least 4 values only).
    public var bands: [String: QuartileBand]
    /// Each LA's rank in England (1 is best).
    public var nationalRanks: [String: Int]
    /// Each LA's rank in its region.
    public var regionalRanks: [String: Int]
    /// LA rows of LAs the register has in the period, and how many of them have no value
    /// (small cohorts: suppressed, missing or not a number), in England and per region.
    public var suppression: (rows: Int, missing: Int, regionRows: [String: Int], regionMissing: [String: Int])

    public static func == (a: IndicatorDistribution, b: IndicatorDistribution) -> Bool {
        a.indicator == b.indicator && a.period == b.period && a.rows == b.rows && a.bands == b.bands
            && a.nationalRanks == b.nationalRanks && a.regionalRanks == b.regionalRanks
    }

    /// Builds the distribution of `rows` (one per LA).
    init(indicator: IndicatorDefinition, period: Int, rows: [IndicatorValueRecord], register: LARegister) {
        self.indicator = indicator.id
        self.period = period
        self.periodLabel = rows.first?.periodLabel ?? String(period)
        self.polarity = indicator.polarity
        self.rows = Dictionary(rows.map { ($0.laCode, $0) }, uniquingKeysWith: { _, b in b })
        let valued = rows.compactMap { r in r.value.map { (r.laCode, $0) } }
        count = valued.count
        quartiles = QuartileBanding.quartiles(valued.map(\.1))
        englandMean = valued.isEmpty ? nil : valued.map(\.1).reduce(0, +) / Double(valued.count)
        var regionOf: [String: String] = [:]
        var byRegion: [String: [(String, Double)]] = [:]
        var counted = (rows: 0, missing: 0, regionRows: [String: Int](), regionMissing: [String: Int]())
        for r in rows {
            guard let region = register.row(r.laCode, in: period)?.region else { continue }
            regionOf[r.laCode] = region
            counted.rows += 1
            counted.regionRows[region, default: 0] += 1
            if let v = r.value {
                byRegion[region, default: []].append((r.laCode, v))
            } else {
                counted.missing += 1
                counted.regionMissing[region, default: 0] += 1
            }
        }
        suppression = counted
        self.regionOf = regionOf
        regionMeans = byRegion.mapValues { vs in vs.map(\.1).reduce(0, +) / Double(vs.count) }
        regionCounts = byRegion.mapValues(\.count)
        bands = [:]
        nationalRanks = [:]
        regionalRanks = [:]
        guard let q = quartiles, indicator.polarity != .none else { return }
        for (la, v) in valued { bands[la] = QuartileBanding.band(v, q, polarity: indicator.polarity) }
        nationalRanks = QuartileBanding.ranks(valued, polarity: indicator.polarity) ?? [:]
        for (_, vs) in byRegion {
            for (la, r) in QuartileBanding.ranks(vs, polarity: indicator.polarity) ?? [:] { regionalRanks[la] = r }
        }
    }
}
