/// The scoring stage: capacity indices, balances, priorities, trends and challenge
/// flags for every year and region, from the current submissions and the evidence.
public struct ScoringEngine {
    /// The framework in force.
    public let framework: Framework
    /// The LA register.
    public let register: LARegister
    /// What the evidence flags read.
    public let evidence: EvidenceSource
    private let formula: CapacityFormula
    private let themeOrder: [String: Int]
    /// Band thresholds as exact values, derived once (each derivation parses a decimal).
    private let bandThresholds: [(name: String, min: Exact)]

    /// An engine for one framework, register and evidence source.
    public init(framework: Framework, register: LARegister, evidence: EvidenceSource = NoEvidence()) {
        self.framework = framework
        self.register = register
        self.evidence = evidence
        formula = CapacityFormula(framework.componentWeights)
        themeOrder = Dictionary(uniqueKeysWithValues: framework.themes.enumerated().map { ($1.id, $0) })
        bandThresholds = framework.bands.map { ($0.name, $0.threshold) }
    }

    /// The band an LCI falls in: the first whose inclusive lower bound it reaches.
    private func band(for lci: Exact) -> String {
        bandThresholds.first { !(lci < $0.min) }?.name ?? bandThresholds.last?.name ?? ""
    }

    /// An LA and year, the key of everything per submission.
    private struct LAYear: Hashable {
        let la: String
        let year: Int
    }

    /// Scores every current submission given (all years; pass only current versions).
    public func score(_ submissions: [StoredSubmission]) -> ScoreSet {
        let themes = framework.themes
        let weights = themes.map { Exact(double: $0.weight) }
        // Each submission's entries at their framework positions, looked up once.
        var subs: [LAYear: StoredSubmission] = [:]
        var aligned: [LAYear: [ThemeEntry?]] = [:]
        for s in submissions {
            let key = LAYear(la: s.laCode, year: s.year)
            subs[key] = s
            var row = [ThemeEntry?](repeating: nil, count: themes.count)
            for e in s.themes { if let i = themeOrder[e.theme] { row[i] = e } }
            aligned[key] = row
        }
        // Only 4 × 4 × 4 rating/offer/need combinations exist: compute each capacity once.
        var memo = [ThemeScore?](repeating: nil, count: 5 * 16)
        func themeScore(_ e: ThemeEntry, _ i: Int) -> ThemeScore {
            let k = e.rating.rawValue * 16 + e.offer * 4 + e.need
            var t = memo[k] ?? formula.score(e, weight: .one)
            memo[k] = t
            t.theme = e.theme
            t.weight = weights[i]
            return t
        }
        var set = ScoreSet()
        var laScores: [LAYear: LAScore] = [:]
        let ordered = submissions.sorted { ($0.year, $0.laCode) < ($1.year, $1.laCode) }
        for s in ordered {
            let key = LAYear(la: s.laCode, year: s.year)
            let ts = aligned[key]!.enumerated().compactMap { i, e in e.map { themeScore($0, i) } }
            let lci = CapacityFormula.lci(ts)
            let row = register.row(s.laCode, in: s.year)
            laScores[key] = LAScore(
                year: s.year, laCode: s.laCode, laName: row?.name ?? s.laCode, region: row?.region ?? "",
                lci: lci, band: band(for: lci), lciChange: nil, themes: ts)
        }
        for s in ordered {
            var score = laScores[LAYear(la: s.laCode, year: s.year)]!
            if let prev = laScores[LAYear(la: s.laCode, year: s.year - 1)] { score.lciChange = score.lci - prev.lci }
            set.laScores.append(score)
        }
        // Regions and years.
        struct RegionYear: Hashable, Comparable {
            let year: Int
            let region: String
            static func < (a: RegionYear, b: RegionYear) -> Bool { (a.year, a.region) < (b.year, b.region) }
        }
        var groups: [RegionYear: [LAScore]] = [:]
        for l in set.laScores { groups[RegionYear(year: l.year, region: l.region), default: []].append(l) }
        var rci: [RegionYear: Exact] = [:]
        for (k, ls) in groups { rci[k] = ls.map(\.lci).exactSum() / Exact(Int128(ls.count)) }
        for key in groups.keys.sorted() {
            let ls = groups[key]!
            let mean = rci[key]!
            set.regional.append(
                RegionalIndex(
                    year: key.year, region: key.region, lasSubmitted: ls.count, rci: mean,
                    rciChange: rci[RegionYear(year: key.year - 1, region: key.region)].map { mean - $0 }))
            let rows = ls.map { (la: $0.laCode, entries: aligned[LAYear(la: $0.laCode, year: key.year)]!) }
            var balances: [ThemeBalance] = themes.indices.map { i in
                let rated = rows.filter { $0.entries[i] != nil }
                let entries = rated.compactMap { $0.entries[i] }
                return BalanceRules.balance(
                    year: key.year, region: key.region, theme: themes[i].id,
                    scores: entries.map { themeScore($0, i) }, entries: entries,
                    evidenceD: evidenceD(theme: themes[i], las: rated.map(\.la), year: key.year))
            }
            BalanceRules.assignPriorities(&balances, k: framework.priorities)
            set.balances += balances
        }
        for s in ordered {
            let window = (0..<3).map { aligned[LAYear(la: s.laCode, year: s.year - 2 + $0)] }
            for (i, t) in themes.enumerated() {
                set.trends.append(
                    TrendRules.trend(
                        year: s.year, laCode: s.laCode, theme: t.id,
                        window: window.map { ($0 != nil, $0?[i]) }))
            }
            set.flags += flags(s, sub: { la, y in subs[LAYear(la: la, year: y)] })
        }
        // Sorted by year, LA, theme in framework order (submission-level first), code.
        set.flags = set.flags.map { f in (f, f.theme.map { (themeOrder[$0] ?? 999) + 1 } ?? 0) }
            .sorted { a, b in (a.0.year, a.0.laCode, a.1, a.0.code) < (b.0.year, b.0.laCode, b.1, b.0.code) }
            .map(\.0)
        return set
    }

    /// How many of `las` have a linked indicator of `theme` in band D in the period used
    /// for `year`; nil when no linked indicator has a band for any LA in England then.
    func evidenceD(theme: ThemeDefinition, las: [String], year: Int) -> Int? {
        guard theme.indicators.contains(where: { evidence.hasBands(indicator: $0, year: year) }) else { return nil }
        return las.filter { la in evidence.bands(laCode: la, indicators: theme.indicators, year: year).contains { $0.band == "D" } }.count
    }

    /// One LA's capacity index for one year.
    public func laScore(_ s: StoredSubmission, previous: Exact?) -> LAScore {
        let themes = framework.themes.compactMap { t in
            s.theme(t.id).map { formula.score($0, weight: Exact(double: t.weight)) }
        }
        let lci = CapacityFormula.lci(themes)
        let row = register.row(s.laCode, in: s.year)
        return LAScore(
            year: s.year, laCode: s.laCode, laName: row?.name ?? s.laCode, region: row?.region ?? "",
            lci: lci, band: band(for: lci), lciChange: previous.map { lci - $0 }, themes: themes)
    }

    /// Every challenge flag of one submission: the single-submission rules, history
    /// (W104, W110) and evidence (W105, W106, W111, W112); `sub` gives the LA's submission
    /// of an earlier year. `diff` and the pages' "what changed" read a version's flags here
    /// too, so they raise and clear the flags scoring raises.
    public func flags(_ s: StoredSubmission, sub: (String, Int) -> StoredSubmission?) -> [ChallengeFlag] {
        var out = ChallengeRules.singleSubmission(laCode: s.laCode, year: s.year, cxSignoff: s.cxSignoff, themes: s.themes)
        let prev = sub(s.laCode, s.year - 1)
        let prev2 = sub(s.laCode, s.year - 2)
        for e in s.themes {
            guard let i = themeOrder[e.theme] else { continue }
            let t = framework.themes[i]
            out += ChallengeRules.history(
                year: s.year, laCode: s.laCode, entry: e, previous: prev?.theme(e.theme), beforePrevious: prev2?.theme(e.theme))
            let bands = evidence.bands(laCode: s.laCode, indicators: t.indicators, year: s.year)
            out += ChallengeRules.indicatorFlags(year: s.year, laCode: s.laCode, entry: e, bands: bands)
            if let area = t.ofsted,
                let f = ChallengeRules.ofstedFlag(
                    year: s.year, laCode: s.laCode, entry: e, area: area,
                    judgement: evidence.latestJudgement(
                        laCode: s.laCode, area: area,
                        publishedBefore: "\(s.year)-11-01"))
            {
                out.append(f)
            }
        }
        return out
    }
}
