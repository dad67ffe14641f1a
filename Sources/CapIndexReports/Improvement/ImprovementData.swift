import CapIndexDomain

/// The improvement loop as the pages and exports read it (SPEC 9), a value snapshot the
/// application layer assembles: the agreed ratings (current and replaced), the peer
/// challenge programme, the action tracker with each action's progress history, the
/// self-ratings the agreed ones replaced, the scores as self-assessed (for "what the
/// event changed"), and the W113–W117 flags at the report date.
public struct ImprovementData: Sendable {
    /// Current agreed outcomes, one per LA, year and theme.
    public var outcomes: [AgreedOutcome]
    /// Every outcome imported, oldest first.
    public var outcomeHistory: [AgreedOutcome]
    /// Current peer challenges.
    public var challenges: [PeerChallenge]
    /// Current actions.
    public var actions: [ActionItem]
    /// Every state of every action, oldest first.
    public var actionHistory: [ActionItem]
    /// The self-rating of each theme of each current submission, keyed `la|year|theme`.
    public var selfRatings: [String: Rating]
    /// LA scores and regional indices of the report year computed from the self-ratings
    /// alone (nil when no outcome changed a rating that year): the "before" of the summit.
    public var selfAssessedScores: ScoreSet?
    /// The report date the flags were judged at, `YYYY-MM-DD`.
    public var reportDate: String
    /// W113–W117 at the report date, in `flags.csv` order.
    public var flags: [ChallengeFlag]

    /// A snapshot.
    public init(
        outcomes: [AgreedOutcome] = [], outcomeHistory: [AgreedOutcome] = [], challenges: [PeerChallenge] = [],
        actions: [ActionItem] = [], actionHistory: [ActionItem] = [], selfRatings: [String: Rating] = [:],
        selfAssessedScores: ScoreSet? = nil, reportDate: String, flags: [ChallengeFlag] = []
    ) {
        self.outcomes = outcomes
        self.outcomeHistory = outcomeHistory
        self.challenges = challenges
        self.actions = actions
        self.actionHistory = actionHistory
        self.selfRatings = selfRatings
        self.selfAssessedScores = selfAssessedScores
        self.reportDate = reportDate
        self.flags = flags
    }

    /// True when nothing of the loop has been imported.
    public var isEmpty: Bool { outcomes.isEmpty && challenges.isEmpty && actions.isEmpty }

    /// The self-rating of a theme of an LA's current submission.
    public func selfRating(_ la: String, _ year: Int, _ theme: String) -> Rating? { selfRatings["\(la)|\(year)|\(theme)"] }

    /// The year an action counts in (its challenge's cycle, or its source's year).
    public func year(of a: ActionItem, framework: Framework) -> Int {
        ImprovementRules(framework: framework, challenges: challenges, actions: []).year(of: a)
    }
}
