import CapIndexDomain

/// The summit's two improvement sections (SPEC 9): what the challenge event changed (how
/// many ratings moved up or down per theme, each LCI and the RCI before and after), and
/// each regional priority's lead and actions (the `summit:YEAR` actions on its theme).
enum SummitEventChanges {
    /// "What the challenge event changed".
    static func section(_ ctx: ReportContext, region: String, year: Int, packs: Bool) -> ReportSection {
        let imp = ctx.data.improvement
        let las = Set(ctx.las(region, year))
        let outcomes = imp.outcomes.filter { $0.year == year && las.contains($0.laCode) }
        guard !outcomes.isEmpty else {
            return ReportSection(
                id: "event-changes", title: "What the challenge event changed",
                blocks: [
                    .paragraph([
                        .text(
                            "No outcome of the \(ImprovementView.cycle(year)) challenge event is recorded yet: every figure here is as the LAs assessed themselves."
                        )
                    ])
                ])
        }
        var byTheme = ReportTable(
            caption: "Ratings the challenge event moved, by theme",
            columns: [
                .init("Theme"), .init("Moved up", numeric: true), .init("Moved down", numeric: true), .init("Confirmed", numeric: true),
            ],
            rows: [], style: "compact")
        var up = 0, down = 0
        for t in ctx.framework.themes {
            let these = outcomes.filter { $0.theme == t.id }
            guard !these.isEmpty else { continue }
            let moves = these.map { o in (o.agreedRating?.rawValue ?? 0, imp.selfRating(o.laCode, year, o.theme)?.rawValue ?? 0) }
            let u = moves.filter { $0.0 != 0 && $0.0 < $0.1 }.count
            let d = moves.filter { $0.0 != 0 && $0.0 > $0.1 }.count
            up += u
            down += d
            byTheme.rows.append([.text(t.title), .text("\(u)"), .text("\(d)"), .text("\(these.count - u - d)")])
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "The challenge event agreed \(PageKit.plural(up + down, "rating")) different from the self-assessment (\(up) up, \(down) down) and confirmed \(outcomes.count - up - down). Every score on this page uses the agreed ratings; the self-assessed figures are shown beside them here."
                )
            ]),
            .table(byTheme),
        ]
        if let before = imp.selfAssessedScores, let after = ctx.regional(region, year),
            let was = before.regional.first(where: { $0.region == region && $0.year == year })
        {
            blocks.append(
                .facts([
                    ReportFact(label: "RCI as self-assessed", value: ReportDisplay.one(was.rci), note: "before the event"),
                    ReportFact(
                        label: "RCI after the event", value: ReportDisplay.one(after.rci),
                        note: ReportDisplay.signed(after.rci - was.rci) + " points"),
                ]))
            var lci = ReportTable(
                caption: "LCIs the challenge event changed",
                columns: [
                    .init("LA"), .init("LCI as self-assessed", numeric: true), .init("LCI after the event", numeric: true),
                    .init("Change", numeric: true), .init("Band"),
                ], rows: [], emptyText: "No LCI changed.", style: "compact")
            for la in ctx.las(region, year) {
                guard let b = before.laScores.first(where: { $0.laCode == la && $0.year == year }), let a = ctx.score(la, year),
                    a.lci != b.lci
                else { continue }
                lci.rows.append([
                    ReportCell(PageKit.laLink(ctx, la, year, packs: packs)), .text(ReportDisplay.one(b.lci)),
                    .text(ReportDisplay.one(a.lci)),
                    .text(ReportDisplay.signed(a.lci - b.lci)), .text(a.band == b.band ? a.band : "\(b.band) → \(a.band)"),
                ])
            }
            blocks.append(.table(lci))
        }
        return ReportSection(id: "event-changes", title: "What the challenge event changed", blocks: blocks)
    }

    /// Each priority's lead and actions, from the `summit:YEAR` actions on its theme.
    static func priorityLeads(_ ctx: ReportContext, region: String, year: Int, priorities: [ThemeBalance]) -> ReportSection {
        let view = ImprovementView(ctx: ctx)
        let actions = ctx.data.improvement.actions.filter {
            $0.source == .summit(year) && ctx.register.row($0.laCode, in: year)?.region == region
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "Each priority gets a task-and-finish group led by a DCS; its actions are on the tracker with source summit:\(year), the lead LA as the action's LA and the lead DCS as its owner."
                )
            ])
        ]
        for p in priorities {
            let mine = view.ordered(actions.filter { $0.theme == p.theme })
            let leads = mine.map { "\($0.owner.isEmpty ? "a DCS" : $0.owner) (\(ctx.name($0.laCode, year)))" }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            blocks.append(
                .paragraph([
                    .strong("\(p.priorityRank ?? 0). \(ctx.title(p.theme)):"),
                    .text(leads.isEmpty ? " no lead or action recorded yet." : " led by " + leads.joined(separator: "; ") + "."),
                ]))
            if !mine.isEmpty {
                blocks.append(
                    .table(view.actionTable(mine, caption: "Actions of the \(ctx.shortTitle(p.theme)) group", year: year, showLA: true)))
            }
        }
        if priorities.isEmpty { blocks = [.paragraph([.text("No regional priority in \(year), so no task-and-finish group.")])] }
        return ReportSection(id: "priority-leads", title: "Priority leads and actions", blocks: blocks)
    }
}
