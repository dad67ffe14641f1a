import CapIndexDomain

/// Everything the pages of one year read, as value snapshots the application layer
/// assembles from the store: the recorded scoring run and its results (the rows the
/// exports read), the submissions (effective ratings: agreed where the challenge event
/// agreed one), the status boards, the evidence, the matching and the improvement loop.
/// Pages never see the database and never score or match again.
public struct ReportData: Sendable {
    /// The framework the database is bound to.
    public var framework: Framework
    /// The LA register.
    public var register: LARegister
    /// The recorded scoring run the pages name.
    public var run: ScoreRun
    /// Its recorded results, every year (LA scores, balances, RCI, trends, flags).
    public var results: ScoreSet
    /// Current submissions, every year, with their themes and narratives.
    public var current: [StoredSubmission]
    /// Every version of the report year's submissions, oldest first.
    public var versions: [StoredSubmission]
    /// The status board of each region, for the report year.
    public var statusBoards: [String: StatusBoard]
    /// Warnings and notices stored with each current version of the report year, by submission id.
    public var notices: [Int: [StoredNotice]]
    /// The suggested support pairing of each region, for the report year.
    public var matching: [String: RegionMatching]
    /// The imported indicator values and Ofsted inspections, indexed.
    public var evidence: EvidenceIndex
    /// True when any Ofsted inspection has been imported.
    public var ofstedImported: Bool
    /// Agreed ratings, peer challenges and actions, with W113–W117 at the report date (SPEC 9).
    public var improvement: ImprovementData

    /// A snapshot.
    public init(
        framework: Framework, register: LARegister, run: ScoreRun, results: ScoreSet, current: [StoredSubmission],
        versions: [StoredSubmission], statusBoards: [String: StatusBoard], notices: [Int: [StoredNotice]],
        matching: [String: RegionMatching], evidence: EvidenceIndex, ofstedImported: Bool,
        improvement: ImprovementData = ImprovementData(reportDate: "")
    ) {
        self.framework = framework
        self.register = register
        self.run = run
        self.results = results
        self.current = current
        self.versions = versions
        self.statusBoards = statusBoards
        self.notices = notices
        self.matching = matching
        self.evidence = evidence
        self.ofstedImported = ofstedImported
        self.improvement = improvement
    }
}
