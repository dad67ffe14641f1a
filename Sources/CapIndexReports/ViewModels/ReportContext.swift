import CapIndexDomain
import Foundation

/// Everything the pages of one write read, indexed once: view models are built from
/// this, and this from the ``ReportData`` snapshot, never from the database.
struct ReportContext {
    let data: ReportData
    let framework: Framework
    let register: LARegister
    /// The recorded scoring run the pages name.
    let run: ScoreRun
    /// Its recorded results.
    let scores: ScoreSet
    let settings: ReportSettings
    /// Indicator and Ofsted evidence for the challenge packs.
    let evidence: ReportEvidence

    private let subByKey: [String: StoredSubmission]
    private let scoreByKey: [String: LAScore]
    private let versionsByKey: [String: [StoredSubmission]]
    private let trendsByKey: [String: [TrendRow]]
    private let flagsByKey: [String: [ChallengeFlag]]
    private let scoresByRegion: [String: [LAScore]]
    private let balancesByRegion: [String: [ThemeBalance]]
    private let regionalByKey: [String: RegionalIndex]

    init(data: ReportData, settings: ReportSettings) {
        self.data = data
        self.framework = data.framework
        self.register = data.register
        self.run = data.run
        self.scores = data.results
        self.settings = settings
        self.evidence = ReportEvidence(index: data.evidence, ofstedImported: data.ofstedImported, framework: data.framework)
        var s: [String: StoredSubmission] = [:]
        for x in data.current { s["\(x.laCode)|\(x.year)"] = x }
        subByKey = s
        var l: [String: LAScore] = [:]
        for x in data.results.laScores { l["\(x.laCode)|\(x.year)"] = x }
        scoreByKey = l
        versionsByKey = Dictionary(grouping: data.versions) { "\($0.laCode)|\($0.year)" }
        trendsByKey = Dictionary(grouping: data.results.trends) { "\($0.laCode)|\($0.year)" }
        flagsByKey = Dictionary(grouping: data.results.flags) { "\($0.laCode)|\($0.year)" }
        // Grouped once by region and year: a page asks per region, and filtering every row
        // of every region per question grew with the square of the register.
        scoresByRegion = Dictionary(grouping: data.results.laScores) { "\($0.region)|\($0.year)" }
        balancesByRegion = Dictionary(grouping: data.results.balances) { "\($0.region)|\($0.year)" }
        regionalByKey = Dictionary(data.results.regional.map { ("\($0.region)|\($0.year)", $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every version of an LA's submission for the report year, oldest first.
    func versions(_ la: String, _ year: Int) -> [StoredSubmission] { versionsByKey["\(la)|\(year)"] ?? [] }

    /// The status board of a region for the report year.
    func statusBoard(_ region: String, _ year: Int) -> StatusBoard {
        data.statusBoards[region] ?? StatusBoard(year: year, region: region, rows: [])
    }

    /// The status-board rows of the region's LAs that sent something for the year (a
    /// version stored or an attempt rejected), by name: those get a feedback page.
    func attempted(_ region: String, _ year: Int) -> [StatusRow] {
        statusBoard(region, year).rows.filter(\.attempted).sorted {
            (name($0.laCode, year), $0.laCode) < (name($1.laCode, year), $1.laCode)
        }
    }

    /// Warnings and notices stored with one submission version.
    func notices(_ submissionID: Int) -> [StoredNotice] { data.notices[submissionID] ?? [] }

    /// The support pairing of a region for the report year.
    func matching(_ region: String, _ year: Int) -> RegionMatching {
        data.matching[region]
            ?? RegionMatching(
                year: year, region: region, capacity: framework.matchingCapacity,
                result: MatchResult(pairs: [], unmatched: [], loads: []), previousPairs: [])
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
    func regional(_ region: String, _ year: Int) -> RegionalIndex? { regionalByKey["\(region)|\(year)"] }

    /// The region's theme balances for a year, in framework order.
    func balances(_ region: String, _ year: Int) -> [ThemeBalance] { balancesByRegion["\(region)|\(year)"] ?? [] }

    /// The scores of the region's LAs for a year, by LA code.
    func regionScores(_ region: String, _ year: Int) -> [LAScore] { scoresByRegion["\(region)|\(year)"] ?? [] }

    /// An LA's trend rows for a year, in framework order.
    func trends(_ la: String, _ year: Int) -> [TrendRow] { trendsByKey["\(la)|\(year)"] ?? [] }

    /// An LA's challenge flags for a year, submission-level first, then framework order.
    func flags(_ la: String, _ year: Int) -> [ChallengeFlag] { flagsByKey["\(la)|\(year)"] ?? [] }

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
