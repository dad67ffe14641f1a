import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// Everything the reports read, loaded from the store once per `ReportWriter.write`:
/// view models are built from this, never from the database directly.
struct ReportContext {
    let store: Store
    let framework: Framework
    let register: LARegister
    /// The recorded scoring run the pages name.
    let run: ScoreRun
    /// The scores of that run (recomputed exactly from the same inputs).
    let scores: ScoreSet
    /// Current submissions, every year.
    let current: [StoredSubmission]
    let matching: SupportMatching
    let settings: ReportSettings
    /// Indicator and Ofsted evidence for the challenge packs.
    let evidence: ReportEvidence

    private let subByKey: [String: StoredSubmission]
    private let scoreByKey: [String: LAScore]

    init(store: Store, run: ScoreRun, settings: ReportSettings) throws {
        guard let bound = try store.currentFramework() else {
            throw ReportError(.notInitialised, "the database has no framework yet — run capindex init or capindex ingest first")
        }
        self.store = store
        self.framework = bound.framework
        self.register = try store.loadRegister()
        self.run = run
        self.current = try store.currentSubmissions()
        self.evidence = try ReportEvidence(store: store, framework: bound.framework)
        let engine = ScoringEngine(framework: framework, register: register, evidence: evidence.index)
        self.scores = engine.score(current)
        self.matching = SupportMatching(framework: framework, register: register, submissions: current)
        self.settings = settings
        var s: [String: StoredSubmission] = [:]
        for x in current { s["\(x.laCode)|\(x.year)"] = x }
        subByKey = s
        var l: [String: LAScore] = [:]
        for x in scores.laScores { l["\(x.laCode)|\(x.year)"] = x }
        scoreByKey = l
    }

    /// The current submission of an LA for a year.
    func submission(_ la: String, _ year: Int) -> StoredSubmission? { subByKey["\(la)|\(year)"] }

    /// An LA's score for a year.
    func score(_ la: String, _ year: Int) -> LAScore? { scoreByKey["\(la)|\(year)"] }

    /// The LA's name as the register has it that year.
    func name(_ la: String, _ year: Int) -> String { register.row(la, in: year)?.name ?? la }

    /// The region's LAs valid in `year`, by name.
    func las(_ region: String, _ year: Int) -> [String] {
        register.laCodes(in: region, year: year).sorted { (name($0, year), $0) < (name($1, year), $1) }
    }

    /// The region's LAs with a current submission in `year`, by name.
    func submitted(_ region: String, _ year: Int) -> [String] { las(region, year).filter { submission($0, year) != nil } }

    /// The region's index for a year.
    func regional(_ region: String, _ year: Int) -> RegionalIndex? {
        scores.regional.first { $0.region == region && $0.year == year }
    }

    /// The region's theme balances for a year, in framework order.
    func balances(_ region: String, _ year: Int) -> [ThemeBalance] {
        scores.balances.filter { $0.region == region && $0.year == year }
    }

    /// An LA's trend rows for a year, in framework order.
    func trends(_ la: String, _ year: Int) -> [TrendRow] { scores.trends.filter { $0.laCode == la && $0.year == year } }

    /// An LA's challenge flags for a year, submission-level first, then framework order.
    func flags(_ la: String, _ year: Int) -> [ChallengeFlag] { scores.flags.filter { $0.laCode == la && $0.year == year } }

    /// Short theme name for charts and narrow columns.
    func shortTitle(_ theme: String) -> String {
        if let s = settings.themeShortTitles?[theme], !s.isEmpty { return s }
        if let s = Self.builtInShortTitles[theme] { return s }
        let title = framework.theme(id: theme)?.title ?? theme
        let cut = title.split(whereSeparator: { $0 == ":" || $0 == "," }).first.map(String.init) ?? title
        return cut.count <= 24 ? cut : String(cut.prefix(23)) + "…"
    }

    /// Full theme title.
    func title(_ theme: String) -> String { framework.theme(id: theme)?.title ?? theme }

    /// Short names of the default framework's themes.
    static let builtInShortTitles: [String: String] = [
        "front-door": "Front door", "help-protection": "Help and protection", "children-in-care": "Children in care",
        "care-leavers": "Care leavers", "placement-sufficiency": "Placement sufficiency", "send": "SEND",
        "ks12-attainment": "KS1 and KS2", "vulnerable-outcomes": "Vulnerable groups",
        "exploitation-missing": "Exploitation, missing", "workforce": "Workforce", "leadership": "Leadership",
        "partnerships": "Partnerships",
    ]

    /// Where the numbers come from, for the foot of every page.
    var provenance: [String] {
        [
            "Scores from scoring run \(run.id) of \(ReportDisplay.timestamp(run.createdAt)), \(run.submissions) current submissions.",
            "Framework \(framework.title) (id \(run.frameworkID), version \(run.frameworkVersion), SHA-256 \(run.frameworkHash.prefix(12))…); inputs SHA-256 \(run.inputsHash.prefix(12))…",
        ]
    }

    /// Years of the three-year window ending in `year`.
    static func window(_ year: Int) -> [Int] { [year - 2, year - 1, year] }
}
