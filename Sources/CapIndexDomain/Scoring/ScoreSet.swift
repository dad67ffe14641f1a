/// An LA's capacity index for one year.
public struct LAScore: Sendable, Equatable, Codable {
    /// The submission year.
    public var year: Int
    /// The 3-digit LA code.
    public var laCode: String
    /// The LA's name, as the register has it.
    public var laName: String
    /// The region, as the register spells it.
    public var region: String
    /// LCI, 0–100, exact.
    public var lci: Exact
    /// Band name from the framework.
    public var band: String
    /// LCI(y) − LCI(y − 1); nil when the LA did not submit in y − 1.
    public var lciChange: Exact?
    /// Per-theme parts, in framework order.
    public var themes: [ThemeScore]

    /// Creates a value with every field given.
    public init(
        year: Int, laCode: String, laName: String, region: String, lci: Exact, band: String, lciChange: Exact? = nil, themes: [ThemeScore]
    ) {
        self.year = year
        self.laCode = laCode
        self.laName = laName
        self.region = region
        self.lci = lci
        self.band = band
        self.lciChange = lciChange
        self.themes = themes
    }
}

/// The theme support balance of one region, year and theme.
public struct ThemeBalance: Sendable, Equatable, Codable {
    /// The submission year.
    public var year: Int
    /// The region, as the register spells it.
    public var region: String
    /// The theme id.
    public var theme: String
    /// N_t: LAs that rated the theme.
    public var rated: Int
    /// Σ o.
    public var supply: Exact
    /// Σ n.
    public var demand: Exact
    /// 100 · (supply − demand) / N_t.
    public var balance: Exact
    /// Share flagging it an area for development.
    public var devShare: Exact
    /// Share flagging it a strength.
    public var strShare: Exact
    /// Share with at least one linked indicator in band D in the period used for the year;
    /// nil when no linked indicator has a band for any LA in England in that period.
    public var evidenceShare: Exact?
    /// 1…K when a regional priority.
    public var priorityRank: Int?
    /// True when it qualifies (any of ``conditions``), priority or not.
    public var isCandidate: Bool

    /// Creates a value with every field given.
    public init(
        year: Int, region: String, theme: String, rated: Int, supply: Exact, demand: Exact, balance: Exact, devShare: Exact,
        strShare: Exact, evidenceShare: Exact? = nil, priorityRank: Int? = nil, isCandidate: Bool
    ) {
        self.year = year
        self.region = region
        self.theme = theme
        self.rated = rated
        self.supply = supply
        self.demand = demand
        self.balance = balance
        self.devShare = devShare
        self.strShare = strShare
        self.evidenceShare = evidenceShare
        self.priorityRank = priorityRank
        self.isCandidate = isCandidate
    }
}

/// The regional capacity index of one region and year.
public struct RegionalIndex: Sendable, Equatable, Codable {
    /// The submission year.
    public var year: Int
    /// The region, as the register spells it.
    public var region: String
    /// LAs of the region with a current submission.
    public var lasSubmitted: Int
    /// Mean LCI.
    public var rci: Exact
    /// RCI(y) − RCI(y − 1); nil when the region had no submission in y − 1.
    public var rciChange: Exact?

    /// Creates a value with every field given.
    public init(year: Int, region: String, lasSubmitted: Int, rci: Exact, rciChange: Exact? = nil) {
        self.year = year
        self.region = region
        self.lasSubmitted = lasSubmitted
        self.rci = rci
        self.rciChange = rciChange
    }
}

/// Everything scoring produces for a set of years and regions.
public struct ScoreSet: Sendable, Equatable, Codable {
    /// Every LA score, by year and LA code.
    public var laScores: [LAScore] = []
    /// Every theme balance, by year, region and framework order.
    public var balances: [ThemeBalance] = []
    /// Every regional index, by year and region.
    public var regional: [RegionalIndex] = []
    /// Every trend row, by year, LA and framework order.
    public var trends: [TrendRow] = []
    /// Every challenge flag, by year, LA, theme and code.
    public var flags: [ChallengeFlag] = []

    /// An empty set.
    public init() {}
}
