/// The scoring stage: capacity indices, balances, priorities, trends and challenge
/// flags for every year and region, from the current submissions and the evidence.
public struct ScoringEngine {
    public let framework: Framework
    public let register: LARegister
    public let evidence: EvidenceSource
    private let formula: CapacityFormula
    private let themeOrder: [String: Int]

    /// An engine for one framework, register and evidence source.
    public init(framework: Framework, register: LARegister, evidence: EvidenceSource = NoEvidence()) {
        self.framework = framework
        self.register = register
        self.evidence = evidence
        formula = CapacityFormula(framework.componentWeights)
        themeOrder = Dictionary(uniqueKeysWithValues: framework.themes.enumerated().map { ($1.id, $0) })
    }

    /// Scores every current submission given (all years; pass only current versions).
    public func score(_ submissions: [StoredSubmission]) -> ScoreSet {
        var byKey: [String: StoredSubmission] = [:]
        for s in submissions { byKey["\(s.laCode)|\(s.year)"] = s }
        func sub(_ la: String, _ y: Int) -> StoredSubmission? { byKey["\(la)|\(y)"] }
        var set = ScoreSet()
        var lciByKey: [String: Exact] = [:]
        let ordered = submissions.sorted { ($0.year, $0.laCode) < ($1.year, $1.laCode) }
        for s in ordered { lciByKey["\(s.laCode)|\(s.year)"] = laScore(s, previous: nil).lci }
        for s in ordered {
            var score = laScore(s, previous: nil)
            if let prev = lciByKey["\(s.laCode)|\(s.year - 1)"] { score.lciChange = score.lci - prev }
            set.laScores.append(score)
        }
        // Regions and years.
        var groups: [String: [LAScore]] = [:]
        for l in set.laScores { groups["\(l.year)|\(l.region)", default: []].append(l) }
        let keys = groups.keys.sorted { a, b in
            let (ya, ra) = split(a), (yb, rb) = split(b)
            return (ya, ra) < (yb, rb)
        }
        var rciByKey: [String: Exact] = [:]
        for key in keys {
            let ls = groups[key]!
            rciByKey[key] = ls.map(\.lci).exactSum() / Exact(Int128(ls.count))
        }
        for key in keys {
            let (year, region) = split(key)
            let ls = groups[key]!
            let rci = rciByKey[key]!
            set.regional.append(RegionalIndex(year: year, region: region, lasSubmitted: ls.count, rci: rci,
                                              rciChange: rciByKey["\(year - 1)|\(region)"].map { rci - $0 }))
            var balances: [ThemeBalance] = framework.themes.map { t in
                let scores = ls.compactMap { l in l.themes.first { $0.theme == t.id } }
                let entries = ls.compactMap { l in sub(l.laCode, year)?.theme(t.id) }
                return BalanceRules.balance(year: year, region: region, theme: t.id, scores: scores, entries: entries)
            }
            BalanceRules.assignPriorities(&balances, k: framework.priorities)
            set.balances += balances
        }
        for s in ordered {
            for t in framework.themes {
                let window = (0..<3).map { k -> (Bool, ThemeEntry?) in
                    let w = sub(s.laCode, s.year - 2 + k)
                    return (w != nil, w?.theme(t.id))
                }
                set.trends.append(TrendRules.trend(year: s.year, laCode: s.laCode, theme: t.id, window: window))
            }
            set.flags += flags(s, sub: sub)
        }
        set.flags.sort { a, b in
            let ka = (a.year, a.laCode, a.theme.map { (themeOrder[$0] ?? 999) + 1 } ?? 0, a.code)
            let kb = (b.year, b.laCode, b.theme.map { (themeOrder[$0] ?? 999) + 1 } ?? 0, b.code)
            return ka < kb
        }
        return set
    }

    private func split(_ key: String) -> (Int, String) {
        let i = key.firstIndex(of: "|")!
        return (Int(key[..<i])!, String(key[key.index(after: i)...]))
    }

    /// One LA's capacity index for one year.
    public func laScore(_ s: StoredSubmission, previous: Exact?) -> LAScore {
        let themes = framework.themes.compactMap { t in
            s.theme(t.id).map { formula.score($0, weight: Exact(double: t.weight)) }
        }
        let lci = CapacityFormula.lci(themes)
        let row = register.row(s.laCode, in: s.year)
        return LAScore(year: s.year, laCode: s.laCode, laName: row?.name ?? s.laCode, region: row?.region ?? "",
                       lci: lci, band: framework.band(for: lci).name, lciChange: previous.map { lci - $0 }, themes: themes)
    }

    /// Every challenge flag of one submission: the single-submission rules, history
    /// (W104, W110) and evidence (W105, W106, W111).
    func flags(_ s: StoredSubmission, sub: (String, Int) -> StoredSubmission?) -> [ChallengeFlag] {
        var out = ChallengeRules.singleSubmission(laCode: s.laCode, year: s.year, cxSignoff: s.cxSignoff, themes: s.themes)
        let prev = sub(s.laCode, s.year - 1)
        let prev2 = sub(s.laCode, s.year - 2)
        for e in s.themes {
            guard let t = framework.theme(id: e.theme) else { continue }
            if let p = prev?.theme(e.theme), abs(p.rating.rawValue - e.rating.rawValue) >= 2 {
                out.append(ChallengeFlag(year: s.year, laCode: s.laCode, theme: e.theme, code: "W104",
                                         message: "Rating moved from \(p.rating.title) (\(s.year - 1)) to \(e.rating.title) (\(s.year))"))
            }
            if e.development, e.need == 0, prev?.theme(e.theme)?.development == true, prev2?.theme(e.theme)?.development == true {
                out.append(ChallengeFlag(year: s.year, laCode: s.laCode, theme: e.theme, code: "W110",
                                         message: "Area for development in \(s.year - 2), \(s.year - 1) and \(s.year) but no support need declared now"))
            }
            let bands = evidence.bands(laCode: s.laCode, indicators: t.indicators, year: s.year)
            out += ChallengeRules.indicatorFlags(year: s.year, laCode: s.laCode, entry: e, bands: bands)
            if let area = t.ofsted,
               let f = ChallengeRules.ofstedFlag(year: s.year, laCode: s.laCode, entry: e, area: area,
                                                 judgement: evidence.latestJudgement(laCode: s.laCode, area: area,
                                                                                     publishedBefore: "\(s.year)-11-01")) {
                out.append(f)
            }
        }
        return out
    }
}
