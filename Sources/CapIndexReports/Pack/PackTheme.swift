import CapIndexDomain

/// Everything a pack says about one theme of one LA: the rating now and in the window,
/// the trend, the linked evidence and Ofsted judgement, and the theme's flags. Built
/// once per pack; the theme section, the questions and the key points all read it.
struct PackTheme {
    /// The framework's theme.
    let theme: ThemeDefinition
    /// Short name for running text (`Front door`).
    let name: String
    /// This year's entry; nil when the submission does not rate the theme.
    let entry: ThemeEntry?
    /// The entry of each window year (oldest first), nil where not submitted or not rated.
    let history: [(year: Int, entry: ThemeEntry?)]
    /// The trend row of the year.
    let trend: TrendRow?
    /// Linked indicators and the latest Ofsted judgement of the linked area.
    let evidence: ThemeEvidence
    /// The theme's challenge flags, in code order.
    let flags: [ChallengeFlag]
    /// The window years the LA submitted in.
    var submittedYears: Set<Int> = []
    /// "self-assessed Good, agreed Requires improvement at the challenge event on …" when
    /// the event agreed another rating for this year (SPEC 9); the entry holds the agreed one.
    var agreed: String? = nil

    /// Linked indicators with data in the period used (no data: listed apart).
    var indicatorsWithData: [IndicatorEvidence] { evidence.indicators.filter { $0.period != nil } }

    /// Linked indicators in band D for the LA.
    var bandD: [IndicatorEvidence] { evidence.indicators.filter { $0.band == .d } }

    /// The entry of `year`, if any.
    func entry(in year: Int) -> ThemeEntry? { history.first { $0.year == year }?.entry }

    /// Builds the facts of every framework theme for one LA and year.
    static func all(_ ctx: ReportContext, la: String, year: Int) -> [PackTheme] {
        let window = ReportContext.window(year)
        let evidence = ctx.evidence.index.themeEvidence(laCode: la, year: year)
        let trends = ctx.trends(la, year)
        let flags = ctx.flags(la, year)
        let view = ImprovementView(ctx: ctx)
        return ctx.framework.themes.enumerated().map { i, t in
            PackTheme(
                theme: t, name: ctx.shortTitle(t.id), entry: ctx.submission(la, year)?.theme(t.id),
                history: window.map { y in (y, ctx.submission(la, y)?.theme(t.id)) },
                trend: trends.first { $0.theme == t.id },
                evidence: i < evidence.count ? evidence[i] : ThemeEvidence(theme: t.id, title: t.title, indicators: []),
                flags: flags.filter { $0.theme == t.id }, submittedYears: Set(window.filter { ctx.submission(la, $0) != nil }),
                agreed: view.outcome(la, year, t.id).flatMap(view.agreedWords))
        }
    }
}
