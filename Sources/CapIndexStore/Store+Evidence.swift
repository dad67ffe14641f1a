import CapIndexDomain
import CapIndexFormats

extension Store {
    /// What scoring reads of the imported evidence (W105, W106, W111, W112).
    public func evidenceSource() throws -> EvidenceSource { try evidenceIndex() }

    /// A fingerprint of the imported evidence, for the scoring inputs: it changes with
    /// every import that stored a new or changed value or inspection.
    func evidenceFingerprint() throws -> String {
        let changes = try db.query(
            """
            SELECT id, kind, sha256, values_new, values_changed FROM evidence_files
            WHERE values_new + values_changed > 0 ORDER BY id
            """
        ) { "\($0.int(0)!):\($0.string(1)!):\($0.string(2)!):\($0.int(3)!):\($0.int(4)!)" }
        return changes.isEmpty ? "none" : SHA256.hex(changes.joined(separator: "\n"))
    }

    /// Every imported value, published figure, inspection and statistical neighbour,
    /// indexed against the current framework and register.
    public func evidenceIndex() throws -> EvidenceIndex {
        let framework =
            try currentFramework()?.framework
            ?? Framework(
                id: "none", version: "0", title: "", componentWeights: ComponentWeights(quality: 1, offer: 1, need: 1),
                bands: [], priorities: 0, matchingCapacity: 0, narrativeLimit: nil, themes: [], indicators: [])
        return EvidenceIndex(
            framework: framework, register: try loadRegister(), values: try indicatorValues(),
            published: try publishedFigures(), inspections: try ofstedInspections(),
            neighbours: try statisticalNeighbours(), sourceFiles: try evidenceSourceFiles(), replacements: try evidenceReplacements())
    }

    /// Each framework theme's evidence for an LA and submission year (linked indicators with
    /// band, ranks and comparators; the latest Ofsted judgement of the linked area). For many
    /// LAs, build ``evidenceIndex()`` once and ask it instead.
    public func themeEvidence(laCode: String, year: Int) throws -> [ThemeEvidence] {
        try evidenceIndex().themeEvidence(laCode: laCode, year: year)
    }

    /// The latest Ofsted inspection of an LA published before `date` (`YYYY-MM-DD`, exclusive).
    public func latestOfstedInspection(laCode: String, publishedBefore date: String) throws -> OfstedInspection? {
        try ofstedInspections().filter { $0.laCode == laCode }.latest(judging: nil, publishedBefore: date)
    }

    /// Every stored LA value, by indicator, period and LA.
    public func indicatorValues() throws -> [IndicatorValueRecord] {
        try db.query(
            """
            SELECT indicator, period, period_label, la_code, value, missing_code, combined, time_identifier, source_file
            FROM indicator_values ORDER BY indicator, period, la_code
            """
        ) { r in
            IndicatorValueRecord(
                indicator: r.string(0)!, period: r.int(1)!, periodLabel: r.string(2)!, laCode: r.string(3)!,
                value: r.double(4), missingCode: r.string(5), combined: r.int(6)! == 1, timeIdentifier: r.string(7),
                sourceFile: r.int(8))
        }
    }

    /// Every stored national and regional figure.
    public func publishedFigures() throws -> [(indicator: String, period: Int, figure: PublishedFigure)] {
        try db.query(
            """
            SELECT indicator, period, level, area, value, missing_code, source_file FROM indicator_comparators
            ORDER BY indicator, period, level, area_key
            """
        ) { r in
            (
                r.string(0)!, r.int(1)!,
                PublishedFigure(
                    level: ComparatorLevel(rawValue: r.string(2)!)!, area: r.string(3)!,
                    value: r.double(4), missingCode: r.string(5), sourceFile: r.int(6))
            )
        }
    }
}
