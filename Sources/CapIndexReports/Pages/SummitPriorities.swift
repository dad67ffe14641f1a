import CapIndexDomain

/// One regional priority as the summit shows it: its balance row, the conditions that
/// made it a priority and the published evidence behind it. Its lead DCS and its
/// task-and-finish group's actions (SPEC 9) follow in `SummitEventChanges.priorityLeads`.
struct SummitPriority: Sendable, Equatable {
    /// The theme's balance row (rank, shares).
    var balance: ThemeBalance
    /// The conditions of SPEC 3 the theme meets, in the spec's order.
    var conditions: [PriorityCondition]
    /// The region's LAs that rated the theme and have a linked indicator in band D, in
    /// register order, with those indicators.
    var bandD: [LAEvidence]

    /// One LA's linked indicators in band D.
    struct LAEvidence: Sendable, Equatable {
        var la: String
        var rating: Rating?
        var indicators: [IndicatorEvidence]
    }
}

/// The regional priorities section of the summit: the rule, each priority with the
/// condition(s) that made it one, the themes that qualify beyond the first K, and the
/// evidence behind each priority (its LAs in band D, with the indicators).
enum SummitPriorities {
    /// The priorities of a region and year, in rank order.
    static func model(_ ctx: ReportContext, region: String, year: Int) -> [SummitPriority] {
        let las = ctx.submittedInRegisterOrder(region, year)
        return ctx.balances(region, year).filter { $0.priorityRank != nil }.sorted { $0.priorityRank! < $1.priorityRank! }.map { b in
            let bandD = las.compactMap { la -> SummitPriority.LAEvidence? in
                guard let entry = ctx.submission(la, year)?.theme(b.theme) else { return nil }
                let d = ctx.bandD(la, theme: b.theme, year: year)
                return d.isEmpty ? nil : SummitPriority.LAEvidence(la: la, rating: entry.rating, indicators: d)
            }
            return SummitPriority(balance: b, conditions: b.conditions, bandD: bandD)
        }
    }

    /// How many of the `rated` LAs a share stands for (shares are counts over `rated`, exactly).
    static func count(_ share: Exact, of rated: Int) -> Int { Int((share * Exact(rated)).numerator) }

    /// The conditions a priority meets, in words with their figures, joined as prose.
    static func because(_ conditions: [PriorityCondition], _ b: ThemeBalance) -> String {
        let parts = conditions.map { c -> String in
            // After the development share, "of the LAs that rated it" goes without saying.
            if c == .evidence && conditions.contains(.development) {
                return "\(ReportDisplay.percent(b.evidenceShare ?? .zero)) (\(count(b.evidenceShare ?? .zero, of: b.rated)) of \(b.rated)) "
                    + "have a linked published indicator in band D, the worst quartile of England's LAs"
            }
            return phrase(c, b)
        }
        return PageKit.prose(parts)
    }

    /// Each condition in words, with its figure.
    static func phrase(_ c: PriorityCondition, _ b: ThemeBalance) -> String {
        switch c {
        case .negativeBalance:
            "the region needs more support in it than it can offer (balance \(ReportDisplay.signed(b.balance)))"
        case .development:
            "\(ReportDisplay.percent(b.devShare)) of the LAs that rated it (\(count(b.devShare, of: b.rated)) of \(b.rated)) name it an area for development"
        case .evidence:
            "\(ReportDisplay.percent(b.evidenceShare ?? .zero)) of the LAs that rated it (\(count(b.evidenceShare ?? .zero, of: b.rated)) of \(b.rated)) "
                + "have a linked published indicator in band D, the worst quartile of England's LAs"
        }
    }

    /// The figures of the conditions a theme does not meet, for context.
    static func otherFigures(_ b: ThemeBalance, met: [PriorityCondition]) -> String {
        var out: [String] = []
        if !met.contains(.negativeBalance) { out.append("balance \(ReportDisplay.signed(b.balance))") }
        if !met.contains(.development) { out.append("\(ReportDisplay.percent(b.devShare)) name it an area for development") }
        if !met.contains(.evidence) {
            out.append(
                b.evidenceShare.map { "\(ReportDisplay.percent($0)) with a linked indicator in band D" } ?? "no banded linked indicator")
        }
        return out.isEmpty ? "" : " Also: " + out.joined(separator: "; ") + "."
    }

    static func section(
        _ ctx: ReportContext, region: String, year: Int, priorities: [SummitPriority], sources: inout PackSources
    ) -> ReportSection {
        let k = ctx.framework.priorities
        let items: [[ReportInline]] = priorities.map { p in
            let because = because(p.conditions, p.balance)
            return [
                .strong(ctx.title(p.balance.theme)), .text(": a priority because \(because).\(otherFigures(p.balance, met: p.conditions))"),
            ]
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "Themes for task-and-finish groups. A theme qualifies when its balance is below zero, or a third or more of the LAs that rated it "
                        + "name it an area for development, or a third or more have a linked published indicator in band D (the worst quartile of "
                        + "England's LAs, in the latest period up to \(year)). Qualifying themes are ordered by balance (lowest first), then the "
                        + "development share, then the evidence share (highest first), then the framework's order; the first \(k) are the priorities."
                )
            ]),
            items.isEmpty ? .paragraph([.text("No theme qualifies as a priority in \(year).")]) : .list(items, ordered: true),
        ]
        let beyond = ctx.balances(region, year).filter { $0.isCandidate && $0.priorityRank == nil }
        if !beyond.isEmpty {
            let names = beyond.map { b in
                "\(ctx.shortTitle(b.theme)) (\(b.conditions.map { short($0, b) }.joined(separator: ", ")))"
            }
            blocks.append(.paragraph([.text("Also qualifying, beyond the first \(k): \(PageKit.prose(names)).")]))
        }
        return ReportSection(
            id: "priorities", title: "Regional priorities", blocks: blocks,
            subsections: priorities.map { evidenceSection(ctx, year: year, priority: $0, sources: &sources) })
    }

    /// A condition in a few words, for the themes beyond the first K.
    static func short(_ c: PriorityCondition, _ b: ThemeBalance) -> String {
        switch c {
        case .negativeBalance: "balance \(ReportDisplay.signed(b.balance))"
        case .development: "\(ReportDisplay.percent(b.devShare)) development"
        case .evidence: "\(ReportDisplay.percent(b.evidenceShare ?? .zero)) in band D"
        }
    }

    /// The LAs in band D on one priority theme, with the indicators.
    static func evidenceSection(_ ctx: ReportContext, year: Int, priority p: SummitPriority, sources: inout PackSources) -> ReportSection {
        let b = p.balance
        let title = "Evidence: \(ctx.shortTitle(b.theme))"
        let id = "evidence-\(b.theme)"
        guard let theme = ctx.framework.theme(id: b.theme), !theme.indicators.isEmpty else {
            return ReportSection(
                id: id, title: title, blocks: [.paragraph([.text("The theme has no linked published indicator.")])])
        }
        guard b.evidenceShare != nil else {
            return ReportSection(
                id: id, title: title,
                blocks: [
                    .paragraph([
                        .text(
                            "None of the linked indicators (\(theme.indicators.map(ctx.indicatorTitle).joined(separator: "; "))) has a band "
                                + "for the \(year) submissions: none is imported or none is banded, so there is no evidence share.")
                    ])
                ])
        }
        var byIndicator: [String: Int] = [:]
        for la in p.bandD { for e in la.indicators { byIndicator[e.indicator, default: 0] += 1 } }
        let counts = theme.indicators.compactMap { i in byIndicator[i].map { "\(ctx.indicatorTitle(i)): \(PageKit.plural($0, "LA"))" } }
        var t = ReportTable(
            caption: "\(ctx.shortTitle(b.theme)): LAs with a linked indicator in band D, for the \(year) submissions",
            columns: [.init("LA"), .init("Rating"), .init("Indicators in band D (value, period, source)")], rows: [],
            emptyText: "No LA of the region has a linked indicator in band D.", style: "scroll")
        for la in p.bandD {
            t.rows.append([
                .text(ctx.nameCode(la.la, year)), PageKit.ratingCell(ctx, la: la.la, year: year, theme: b.theme, rating: la.rating),
                .text(la.indicators.map { ctx.indicatorPhrase($0, sources: &sources) }.joined(separator: "; ")),
            ])
        }
        let lead =
            "\(PageKit.plural(p.bandD.count, "LA")) of the \(b.rated) that rated the theme "
            + (p.bandD.count == 1 ? "has" : "have") + " a linked indicator in band D"
            + (counts.isEmpty ? "." : " (" + counts.joined(separator: "; ") + ").")
        return ReportSection(id: id, title: title, blocks: [.paragraph([.text(lead)]), .table(t)])
    }
}
