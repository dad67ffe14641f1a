/// Everything imported, indexed for scoring (W105, W106, W111, W112), exports and reports.
/// Build it once with ``Store/evidenceIndex()`` and ask it per LA and year.
public struct EvidenceIndex: EvidenceSource, Sendable {
    /// The framework's indicator catalogue, in order.
    public let catalogue: [IndicatorDefinition]
    /// The framework's themes.
    public let themes: [ThemeDefinition]
    let distributions: [String: [Int: IndicatorDistribution]]
    let periodsWithValues: [String: [Int]]
    private let published: [String: [Int: [String: PublishedFigure]]]
    private let inspections: [String: [OfstedInspection]]
    private let neighbours: [String: [String]]
    /// Every file evidence came from, by the store's id.
    public let sourceFiles: [Int: EvidenceSourceFile]
    /// What imports of one file replaced of another's values (I008), oldest import first.
    public let replacements: [EvidenceReplacement]

    /// Indexes stored values, published figures, inspections and neighbours, with the
    /// files they came from.
    public init(
        framework: Framework, register: LARegister, values: [IndicatorValueRecord],
        published: [(indicator: String, period: Int, figure: PublishedFigure)],
        inspections: [OfstedInspection], neighbours: StatisticalNeighbours,
        sourceFiles: [EvidenceSourceFile] = [], replacements: [EvidenceReplacement] = []
    ) {
        catalogue = framework.indicators
        themes = framework.themes
        self.sourceFiles = Dictionary(sourceFiles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.replacements = replacements
        let byID = Dictionary(framework.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var grouped: [String: [Int: [IndicatorValueRecord]]] = [:]
        for v in values where byID[v.indicator] != nil { grouped[v.indicator, default: [:]][v.period, default: []].append(v) }
        var dists: [String: [Int: IndicatorDistribution]] = [:]
        var periods: [String: [Int]] = [:]
        for (ind, byPeriod) in grouped {
            for (p, rows) in byPeriod {
                let d = IndicatorDistribution(indicator: byID[ind]!, period: p, rows: rows, register: register)
                dists[ind, default: [:]][p] = d
                if d.count > 0 { periods[ind, default: []].append(p) }
            }
        }
        distributions = dists
        periodsWithValues = periods.mapValues { $0.sorted() }
        var pub: [String: [Int: [String: PublishedFigure]]] = [:]
        for p in published {
            pub[p.indicator, default: [:]][p.period, default: [:]][EvidenceIndex.areaKey(p.figure.level, p.figure.area)] = p.figure
        }
        self.published = pub
        self.inspections = Dictionary(grouping: inspections, by: \.laCode)
        var n: [String: [String]] = [:]
        for e in neighbours.entries.sorted(by: { ($0.laCode, $0.rank) < ($1.laCode, $1.rank) }) {
            n[e.laCode, default: []].append(e.neighbour)
        }
        self.neighbours = n
    }

    static func areaKey(_ level: ComparatorLevel, _ area: String) -> String {
        level.rawValue + "|" + (level == .national ? "england" : Framework.normalise(area))
    }

    // MARK: periods and distributions

    /// SPEC 5: the latest period not after `year` in which any LA has a value of `indicator`.
    public func periodUsed(indicator: String, year: Int) -> Int? {
        periodsWithValues[indicator]?.last { $0 <= year }
    }

    /// The distribution of an indicator in a period.
    public func distribution(indicator: String, period: Int) -> IndicatorDistribution? {
        distributions[indicator]?[period]
    }

    /// Periods (ascending) with any stored row of `indicator`.
    public func periods(indicator: String) -> [Int] {
        (distributions[indicator].map { Array($0.keys) } ?? []).sorted()
    }

    /// Every stored LA row of the catalogue's indicators: catalogue order, then period, then LA code.
    public func allValues() -> [IndicatorValueRecord] {
        catalogue.flatMap { ind in
            periods(indicator: ind.id).flatMap { p in
                distributions[ind.id]![p]!.rows.values.sorted { $0.laCode < $1.laCode }
            }
        }
    }

    /// A published national or regional figure.
    public func publishedFigure(indicator: String, period: Int, level: ComparatorLevel, area: String = "England") -> PublishedFigure? {
        published[indicator]?[period]?[EvidenceIndex.areaKey(level, area)]
    }

    // MARK: per LA

    /// One indicator's evidence for an LA in submission year `year`.
    public func evidence(laCode: String, indicator id: String, year: Int) -> IndicatorEvidence? {
        guard let ind = catalogue.first(where: { $0.id == id }) else { return nil }
        var e = IndicatorEvidence(
            indicator: ind.id, title: ind.title, unit: ind.unit, polarity: ind.polarity, combined: false,
            nationalCount: 0, regionalCount: 0, neighbourCount: 0)
        e.description = ind.description
        e.periodMeaning = ind.periodMeaning
        e.publication = ind.publication
        guard let p = periodUsed(indicator: id, year: year), let d = distributions[id]?[p] else { return e }
        e.period = p
        e.periodLabel = d.periodLabel
        let row = d.rows[laCode]
        e.periodName = row.map { label($0, ind) } ?? majorityLabel(d, ind)
        e.source = row?.sourceFile.flatMap { sourceFiles[$0] }
        e.travel = travel(laCode: laCode, indicator: ind, period: p)
        let s = d.suppression
        let region = d.regionOf[laCode]
        e.suppression = Suppression(
            missing: s.missing, rows: s.rows, regionMissing: region.flatMap { s.regionMissing[$0] } ?? 0,
            regionRows: region.flatMap { s.regionRows[$0] } ?? 0)
        e.value = row?.value
        e.missingCode = row?.missingCode
        e.missingMeaning = row?.missingCode.map(MissingCode.meaning)
        e.combined = row?.combined ?? false
        e.band = d.bands[laCode]
        e.nationalRank = d.nationalRanks[laCode]
        e.nationalCount = d.count
        e.regionalRank = d.regionalRanks[laCode]
        e.quartiles = d.quartiles
        e.englandMean = d.englandMean
        e.region = region
        var comparatorFiles: [Int] = []
        if let region {
            e.regionMean = d.regionMeans[region]
            e.regionalCount = d.regionCounts[region] ?? 0
            let figure = publishedFigure(indicator: id, period: p, level: .regional, area: region)
            e.publishedRegional = figure?.value
            e.publishedRegionalArea = figure?.area
            comparatorFiles += figure?.sourceFile.map { [$0] } ?? []
        }
        let national = publishedFigure(indicator: id, period: p, level: .national)
        e.publishedNational = national?.value
        comparatorFiles += national?.sourceFile.map { [$0] } ?? []
        if let f = comparatorFiles.first, f != row?.sourceFile { e.comparatorSource = sourceFiles[f] }
        let nv = (neighbours[laCode] ?? []).compactMap { d.rows[$0]?.value }
        e.neighbourCount = nv.count
        e.neighbourMean = nv.isEmpty ? nil : nv.reduce(0, +) / Double(nv.count)
        return e
    }

    /// Evidence of several indicators (e.g. a theme's linked ones), in the order given.
    public func evidence(laCode: String, indicators: [String], year: Int) -> [IndicatorEvidence] {
        indicators.compactMap { evidence(laCode: laCode, indicator: $0, year: year) }
    }

    /// Every framework theme's evidence for an LA and submission year: linked indicators
    /// and the latest Ofsted judgement published before 1 November of the year.
    public func themeEvidence(laCode: String, year: Int) -> [ThemeEvidence] {
        themes.map { t in
            let inspection = t.ofsted.flatMap { latestInspection(laCode: laCode, judging: $0, publishedBefore: "\(year)-11-01") }
            return ThemeEvidence(
                theme: t.id, title: t.title, indicators: evidence(laCode: laCode, indicators: t.indicators, year: year),
                ofstedArea: t.ofsted, ofstedGrade: t.ofsted.flatMap { inspection?.grade($0) },
                ofstedInspection: inspection)
        }
    }

    /// Every inspection imported, of every LA.
    public var allInspections: [OfstedInspection] { inspections.values.flatMap { $0 } }

    /// Every inspection of an LA, oldest first.
    public func inspections(laCode: String) -> [OfstedInspection] {
        (inspections[laCode] ?? []).sorted { ($0.publicationDate, $0.inspectionDate) < ($1.publicationDate, $1.inspectionDate) }
    }

    /// The latest inspection published before `before` (`YYYY-MM-DD`); with `area`, the latest that judged it.
    public func latestInspection(laCode: String, judging area: OfstedArea? = nil, publishedBefore before: String) -> OfstedInspection? {
        (inspections[laCode] ?? []).latest(judging: area, publishedBefore: before)
    }

    // MARK: EvidenceSource

    /// Bands of the indicators with one, in the period used for `year`.
    public func bands(laCode: String, indicators: [String], year: Int) -> [IndicatorBandFact] {
        indicators.compactMap { id in
            guard let p = periodUsed(indicator: id, year: year), let b = distributions[id]?[p]?.bands[laCode] else { return nil }
            return IndicatorBandFact(indicator: id, period: p, band: b.rawValue)
        }
    }

    /// True when any LA has a band of `indicator` in the period used for `year`.
    public func hasBands(indicator: String, year: Int) -> Bool {
        guard let p = periodUsed(indicator: indicator, year: year) else { return false }
        return !(distributions[indicator]?[p]?.bands.isEmpty ?? true)
    }

    /// The latest judgement of `area` published before `before`.
    public func latestJudgement(laCode: String, area: OfstedArea, publishedBefore before: String) -> OfstedFact? {
        guard let i = latestInspection(laCode: laCode, judging: area, publishedBefore: before), let g = i.grade(area) else { return nil }
        return OfstedFact(grade: g, published: i.publicationDate)
    }
}
