import CapIndexDomain

/// Section 4 of an LA's challenge pack (SPEC 6 and 9), once any of it exists: what the
/// challenge event agreed for the LA, its peer challenges of the cycle (received and
/// led), its actions, and last cycle's actions with where they ended.
enum PackImprovementSection {
    /// The section, or nil when the LA has no outcome, challenge or action on record;
    /// `idPrefix` keeps element ids unique when several packs share a page (`challenge-all`).
    static func build(_ ctx: ReportContext, la: String, year: Int, idPrefix: String = "") -> ReportSection? {
        let view = ImprovementView(ctx: ctx)
        let imp = ctx.data.improvement
        let name = ctx.name(la, year)
        let outcomes = imp.outcomes.filter { $0.laCode == la && $0.year == year }
        let received = imp.challenges.filter { $0.laCode == la && $0.cycleYear == year }.sorted { $0.startsOn < $1.startsOn }
        let led = imp.challenges.filter { $0.leadLACode == la && $0.cycleYear == year }.sorted { $0.startsOn < $1.startsOn }
        let actions = view.ordered(imp.actions.filter { $0.laCode == la && view.year(of: $0) == year })
        let lastYear = view.ordered(imp.actions.filter { $0.laCode == la && view.year(of: $0) == year - 1 })
        guard !(outcomes.isEmpty && received.isEmpty && led.isEmpty && actions.isEmpty && lastYear.isEmpty) else { return nil }
        var subsections: [ReportSection] = []
        if !outcomes.isEmpty {
            let order = Dictionary(uniqueKeysWithValues: ctx.framework.themes.enumerated().map { ($1.id, $0) })
            let items: [[ReportInline]] = outcomes.sorted { (order[$0.theme] ?? 0) < (order[$1.theme] ?? 0) }.map { o in
                let what =
                    view.agreedWords(o)
                    ?? "self-assessment confirmed at the challenge event\(o.agreedOn.map { " on \(ReportDisplay.date($0))" } ?? "")"
                return [
                    .strong(ctx.title(o.theme) + ":"),
                    .text(" " + what + (o.note.isEmpty ? "." : ". " + o.note + (o.note.hasSuffix(".") ? "" : "."))),
                ]
            }
            subsections.append(
                ReportSection(id: idPrefix + "agreed", title: "What the challenge event agreed", blocks: [.list(items, ordered: false)]))
        }
        var challengeBlocks: [ReportBlock] = [
            .table(
                view.challengeTable(
                    received, caption: "\(name): peer challenges received in \(ImprovementView.cycle(year))", year: year, showLA: false))
        ]
        if !led.isEmpty {
            challengeBlocks.append(
                .paragraph([
                    .text(
                        "\(name) leads: "
                            + led.map {
                                "\($0.challengeID) at \(ctx.name($0.laCode, year)) (\($0.themes.map(ctx.shortTitle).joined(separator: ", ")))"
                            }
                            .joined(separator: "; ") + ".")
                ]))
        }
        subsections.append(ReportSection(id: idPrefix + "peer-challenges", title: "Peer challenges", blocks: challengeBlocks))
        subsections.append(
            ReportSection(
                id: idPrefix + "actions", title: "Actions",
                blocks: [
                    .table(
                        view.actionTable(
                            actions, caption: "\(name): actions of \(ImprovementView.cycle(year)), overdue and stale first", year: year,
                            emptyText: "No action of \(ImprovementView.cycle(year)) on the tracker yet."))
                ]))
        subsections.append(
            ReportSection(
                id: idPrefix + "last-year", title: "Last year's actions and where they ended",
                blocks: [
                    .table(
                        view.actionTable(
                            lastYear, caption: "\(name): actions of \(ImprovementView.cycle(year - 1)) as last recorded", year: year,
                            emptyText: "No action of \(ImprovementView.cycle(year - 1)) on record."))
                ]))
        return ReportSection(
            id: idPrefix + "improvement", title: "Peer challenge and actions",
            blocks: [
                .paragraph([
                    .text(
                        "As at \(ReportDisplay.date(imp.reportDate)); overdue and stale actions (not updated for more than 90 days) are judged at that date."
                    )
                ])
            ], subsections: subsections)
    }

    /// The pack's rating cell for the report year: the effective rating, with the
    /// self-rating beside it where the challenge event agreed another.
    static func ratingCell(_ ctx: ReportContext, la: String, year: Int, theme: String, rating: Rating?, blank: String) -> ReportCell {
        var cell = PageKit.ratingCell(rating, blank: blank)
        if let o = ImprovementView(ctx: ctx).outcome(la, year, theme), let words = ImprovementView(ctx: ctx).agreedWords(o) {
            cell.content += [.lineBreak, .aside(words)]
        }
        return cell
    }
}
