import CapIndexDomain

/// The improvement page (SPEC 6 and 9): what the challenge event agreed, the peer
/// challenge programme of the cycle round by round (who has received a challenge and who
/// has not; each challenge with its themes, lead, dates, endorsement, report and flags),
/// and the action tracker by LA and source, overdue and stale first, with counts by
/// status. W115–W117 are judged at the report date the page carries.
enum ImprovementPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, packs: Bool) -> ReportPage {
        let view = ImprovementView(ctx: ctx)
        let cycle = ImprovementView.cycle(year)
        let las = ctx.las(region, year)
        let challenges = view.challenges(region: region, year: year)
        let actions = view.actions(region: region, year: year)
        let actionFlags = actions.flatMap(view.flags(action:))
        let challenged = Set(challenges.map(\.laCode))
        let outcomes = ctx.data.improvement.outcomes.filter { $0.year == year && las.contains($0.laCode) }
        let facts = [
            ReportFact(
                label: "Ratings the event moved", value: "\(outcomes.filter { view.agreedWords($0) != nil }.count)",
                note: "of \(outcomes.count) outcomes recorded"),
            ReportFact(
                label: "LAs challenged", value: PageKit.of(challenged.count, las.count),
                note: "\(PageKit.plural(challenges.count, "peer challenge")) in \(cycle)"),
            ReportFact(label: "Actions", value: "\(actions.count)", note: "\(actions.filter { $0.status == .complete }.count) complete"),
            ReportFact(
                label: "Overdue", value: "\(actionFlags.filter { $0.code == .w116 }.count)", note: "past the due date, not complete"),
            ReportFact(label: "Stale", value: "\(actionFlags.filter { $0.code == .w117 }.count)", note: "no update for more than 90 days"),
        ]
        let lead: [ReportBlock] = [
            .facts(facts),
            .paragraph([
                .text(
                    "As at \(ReportDisplay.date(ctx.data.improvement.reportDate)). A peer challenge belongs to the \(cycle) cycle when it starts between 1 November \(year) and 31 October \(year + 1). Flags: not an area for development (a theme challenged that the LA did not name as one), not endorsed before the start (no chief executive endorsement by the first day), no action plan (none 56 days after the challenge ended), overdue (past the due date, not complete) and stale (not updated for more than 90 days); the last three are judged at the date of this page."
                )
            ]),
        ]
        var sections = [outcomesSection(ctx, view, outcomes: outcomes, year: year, packs: packs)]
        sections.append(programmeSection(ctx, view, challenges: challenges, las: las, year: year))
        sections.append(trackerSection(ctx, view, actions: actions, year: year))
        return ReportPage(
            fileStem: "improvement", kind: .improvement, title: "Improvement programme \(cycle)",
            subtitle: "\(region): agreed ratings, peer challenges and the action tracker", region: region, year: year, lead: lead,
            sections: sections, provenance: ctx.provenance)
    }

    /// What the challenge event agreed, LA by LA.
    static func outcomesSection(
        _ ctx: ReportContext, _ view: ImprovementView, outcomes: [AgreedOutcome], year: Int, packs: Bool
    ) -> ReportSection {
        var t = ReportTable(
            caption: "Ratings agreed at the challenge event, \(ImprovementView.cycle(year))",
            columns: [
                .init("LA"), .init("Theme"), .init("Self-assessed"), .init("Agreed"), .init("Note"), .init("Agreed on", nowrap: true),
            ],
            rows: [], emptyText: "No outcome of the challenge event recorded yet (capindex outcomes import).", style: "compact")
        let order = Dictionary(uniqueKeysWithValues: ctx.framework.themes.enumerated().map { ($1.id, $0) })
        for o in outcomes.sorted(by: {
            (ctx.name($0.laCode, year), order[$0.theme] ?? 0) < (ctx.name($1.laCode, year), order[$1.theme] ?? 0)
        }) {
            let own = ctx.data.improvement.selfRating(o.laCode, o.year, o.theme)
            t.rows.append([
                ReportCell(PageKit.laLink(ctx, o.laCode, year, packs: packs)), .text(ctx.title(o.theme)), PageKit.ratingCell(own),
                o.agreedRating.map { PageKit.ratingCell($0) } ?? .text("confirmed"), .text(o.note.isEmpty ? "–" : o.note),
                .text(o.agreedOn.map(ReportDisplay.date) ?? "–"),
            ])
        }
        let moved = outcomes.compactMap { o -> Int? in
            guard let a = o.agreedRating, let s = ctx.data.improvement.selfRating(o.laCode, o.year, o.theme), a != s else { return nil }
            return a.rawValue - s.rawValue
        }
        var blocks: [ReportBlock] = []
        if !outcomes.isEmpty {
            blocks.append(
                .paragraph([
                    .text(
                        "\(PageKit.plural(moved.filter { $0 < 0 }.count, "rating")) moved up, \(moved.filter { $0 > 0 }.count) down, \(outcomes.count - moved.count) confirmed. From the event on, every score, trend, flag and pairing uses the agreed rating."
                    )
                ]))
        }
        blocks.append(.table(t))
        return ReportSection(id: "outcomes", title: "What the challenge event agreed", blocks: blocks)
    }

    /// The programme round by round.
    static func programmeSection(
        _ ctx: ReportContext, _ view: ImprovementView, challenges: [PeerChallenge], las: [String], year: Int
    ) -> ReportSection {
        let rounds = challenges.map(\.round).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var subsections: [ReportSection] = []
        var soFar = Set<String>()
        for round in rounds {
            let these = challenges.filter { $0.round == round }
            let received = las.filter { la in these.contains { $0.laCode == la } }
            soFar.formUnion(received)
            let notYet = las.filter { !soFar.contains($0) }
            subsections.append(
                ReportSection(
                    id: "round-\(ReportDisplay.slug(round))", title: "Round \(round)",
                    blocks: [
                        .paragraph([
                            .strong("Received a challenge in this round:"),
                            .text(" " + names(ctx, received, year, none: "none.")),
                        ]),
                        .paragraph([
                            .strong("Not yet challenged in \(ImprovementView.cycle(year)):"),
                            .text(" " + names(ctx, notYet, year, none: "none: every LA of the region has had one.")),
                        ]),
                        .table(view.challengeTable(these, caption: "Peer challenges of round \(round)", year: year)),
                    ]))
        }
        let blocks: [ReportBlock] =
            challenges.isEmpty
            ? [.paragraph([.text("No peer challenge on record for \(ImprovementView.cycle(year)) (capindex challenges import).")])]
            : [
                .paragraph([
                    .text(
                        "\(PageKit.plural(challenges.count, "peer challenge")) in \(PageKit.plural(rounds.count, "round")); \(PageKit.of(Set(challenges.map(\.laCode)).count, las.count)) LAs challenged."
                    )
                ])
            ]
        return ReportSection(id: "programme", title: "Peer challenge programme", blocks: blocks, subsections: subsections)
    }

    /// LA names as a list: semicolons, since a name may hold a comma ("Kingston upon Hull, City of").
    static func names(_ ctx: ReportContext, _ las: [String], _ year: Int, none: String) -> String {
        las.isEmpty ? none : las.map { ctx.name($0, year) }.joined(separator: "; ") + "."
    }

    /// The tracker: counts by status, then each LA's actions by source, overdue and stale first.
    static func trackerSection(_ ctx: ReportContext, _ view: ImprovementView, actions: [ActionItem], year: Int) -> ReportSection {
        var counts = ReportTable(
            caption: "Actions by status", columns: [.init("Status"), .init("Actions", numeric: true)], rows: [], style: "compact")
        for s in ActionStatus.allCases {
            counts.rows.append([view.statusCell(s), .text("\(actions.filter { $0.status == s }.count)")])
        }
        var subsections: [ReportSection] = []
        let owners = actions.map(\.laCode).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .sorted { (ctx.name($0, year), $0) < (ctx.name($1, year), $1) }
        for la in owners {
            let mine = view.ordered(actions.filter { $0.laCode == la })
            subsections.append(
                ReportSection(
                    id: "actions-\(la)", title: ctx.name(la, year),
                    blocks: [.table(view.actionTable(mine, caption: "\(ctx.name(la, year)): actions, overdue and stale first", year: year))]
                ))
        }
        let blocks: [ReportBlock] =
            actions.isEmpty
            ? [.paragraph([.text("No action on record for \(ImprovementView.cycle(year)) (capindex actions import).")])]
            : [
                .paragraph([
                    .text(
                        "The region's tracker as last imported: actions of the \(ImprovementView.cycle(year)) cycle, and those of earlier cycles not yet complete. For the summit's priorities the LA is the lead LA."
                    )
                ]), .table(counts),
            ]
        return ReportSection(id: "tracker", title: "Action tracker", blocks: blocks, subsections: subsections)
    }
}
