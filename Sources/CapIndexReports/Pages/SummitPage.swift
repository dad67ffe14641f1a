import CapIndexDomain
import CapIndexFormats

/// The March summit (SPEC 6 "summit"): RCI and its change, every LA's LCI, band and
/// change in register order, what the challenge event changed, the theme support
/// balance, the regional priorities with the conditions and the evidence behind them and
/// each one's lead and actions, strengths to draw on with each provider's evidence, the
/// suggested pairings, support to seek beyond the region, and the trends per theme. The
/// priorities and the support sections are built in `SummitPriorities` and
/// `SummitSupport`, the improvement sections in `SummitEventChanges`.
enum SummitPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, packs: Bool) -> ReportPage {
        let rci = ctx.regional(region, year)
        let submitted = ctx.submitted(region, year)
        let balances = ctx.balances(region, year)
        let priorities = SummitPriorities.model(ctx, region: region, year: year)
        let matching = ctx.matching(region, year)
        let result = matching.result

        var facts: [ReportFact] = []
        if let r = rci {
            facts.append(
                ReportFact(
                    label: "Regional capacity index (RCI)", value: ReportDisplay.one(r.rci),
                    note: r.rciChange.map { "\(ReportDisplay.signed($0)) on \(year - 1)" } ?? "no \(year - 1) figure"))
        }
        facts.append(ReportFact(label: "LAs submitted", value: PageKit.of(submitted.count, ctx.las(region, year).count), note: nil))
        facts.append(
            ReportFact(
                label: "Regional priorities", value: "\(priorities.count)",
                note: priorities.isEmpty
                    ? "no theme qualifies" : priorities.map { ctx.shortTitle($0.balance.theme) }.joined(separator: ", ")))
        facts.append(
            ReportFact(
                label: "Support pairings", value: "\(result.pairs.count)",
                note: "of \(result.pairs.count + result.unmatched.count) asks; \(result.unmatched.count) to seek beyond the region"))
        var lead: [ReportBlock] = [.facts(facts)]
        if submitted.isEmpty { lead.append(.note([.text("No LA of \(region) has submitted for \(year).")])) }
        // The published figures the priorities and the strengths quote are numbered as cited,
        // as in the packs, and listed at the end with the licence line (SPEC 5).
        var sources = PackSources()
        let priorityPart = SummitPriorities.section(ctx, region: region, year: year, priorities: priorities, sources: &sources)
        let strengths = SummitSupport.strengthsSection(ctx, region: region, year: year, matching: matching, sources: &sources)

        return ReportPage(
            fileStem: "summit", kind: .summit, title: "Summit \(year): regional capacity and support",
            subtitle: region, region: region, year: year, lead: lead,
            sections: [
                rciSection(ctx, region: region, year: year),
                lciSection(ctx, region: region, year: year, packs: packs),
                SummitEventChanges.section(ctx, region: region, year: year, packs: packs),
                balanceSection(ctx, year: year, balances: balances),
                priorityPart,
                SummitEventChanges.priorityLeads(ctx, region: region, year: year, priorities: priorities.map(\.balance)),
                strengths,
                SummitSupport.pairingSection(ctx, year: year, matching: matching),
                SummitSupport.beyondSection(ctx, year: year, matching: matching),
                TrendsPage.themeSection(ctx, region: region, year: year, id: "trends", title: "Trends by theme"),
            ] + sourcesSection(sources), provenance: ctx.provenance, publicData: !ctx.evidence.index.sourceFiles.isEmpty)
    }

    /// The files the published figures on the page came from, numbered as cited, and the
    /// Open Government Licence line; none when the page quotes no published figure.
    static func sourcesSection(_ sources: PackSources) -> [ReportSection] {
        guard !sources.lines.isEmpty else { return [] }
        return [
            ReportSection(
                id: "sources", title: "Sources",
                blocks: [
                    .paragraph([.text("The source numbers beside each published figure refer to these files.")]),
                    .list(sources.lines, ordered: true), .paragraph([.text(PackSources.licence)]),
                ])
        ]
    }

    /// What an LCI is, said where the index first appears: self-assessed, not inspected.
    /// Once the challenge event has agreed ratings for the region, the LCIs are built from
    /// those where they differ, and the sentence says so.
    static func lciIsSelfAssessed(agreed: Bool) -> String {
        "An LCI is self-assessed: it is built, theme by theme, from the LA's own ratings"
            + (agreed ? " (or the rating the challenge event agreed, where it moved one)" : "")
            + ", the support it can credibly offer and the support it says it needs, not from Ofsted judgements or published data "
            + "(the priorities and the pairings below weigh those)."
    }

    static func rciSection(_ ctx: ReportContext, region: String, year: Int) -> ReportSection {
        let las = Set(ctx.las(region, year))
        let agreed = ctx.data.improvement.outcomes.contains { $0.year == year && las.contains($0.laCode) && $0.agreedRating != nil }
        var t = ReportTable(
            caption: "Regional capacity index, \(year - 2)–\(year)",
            columns: [
                .init("Year"), .init("LAs submitted", numeric: true), .init("RCI", numeric: true),
                .init("Change on the year before", numeric: true),
            ], rows: [], style: "narrow")
        for y in ReportContext.window(year) {
            if let r = ctx.regional(region, y) {
                t.rows.append([
                    .text(String(y)), .text("\(r.lasSubmitted)"), .text(ReportDisplay.one(r.rci)), .text(ReportDisplay.signed(r.rciChange)),
                ])
            } else {
                t.rows.append([.text(String(y)), .text("0"), .text("–"), .text("–")])
            }
        }
        return ReportSection(
            id: "rci", title: "Regional capacity index",
            blocks: [
                .paragraph([
                    .text("The RCI is the mean capacity index (LCI, 0–100) of the LAs that submitted. " + lciIsSelfAssessed(agreed: agreed))
                ]),
                .table(t),
            ])
    }

    static func lciSection(_ ctx: ReportContext, region: String, year: Int, packs: Bool) -> ReportSection {
        let scores = ctx.submittedInRegisterOrder(region, year).compactMap { ctx.score($0, year) }
        let bands = ctx.framework.bands
        let data = LCIBarData(
            bars: scores.map {
                LCIBarData.Bar(
                    label: ctx.name($0.laCode, year), value: $0.lci.double, valueText: ReportDisplay.one($0.lci),
                    band: $0.band, bandIndex: PageKit.bandIndex(ctx, $0.band))
            }, thresholds: bands.map { ($0.name, $0.min) })
        let counts = bands.map { b in "\(scores.filter { $0.band == b.name }.count) \(b.name)" }
        let thresholds = bands.dropLast().map { "\($0.name) from \(ReportSVG.n($0.min))" }.joined(separator: ", ")
        let summary =
            "Horizontal bars, one per LA in register order (not ranked), on a scale of 0 to 100 with the band thresholds marked ("
            + thresholds + "). Bands: " + counts.joined(separator: ", ") + "."
        let moved = PageKit.eventMovedRatings(ctx, las: scores.map(\.laCode), year: year)
        var t = ReportTable(
            caption: moved
                ? "Capacity index by LA, \(year), in register order: self-assessed, with the ratings the challenge event agreed"
                : "Self-assessed capacity index by LA, \(year), in register order",
            columns: [
                .init("LA"), .init("Code"), .init("LCI", numeric: true), .init("Band"), .init("Change on \(year - 1)", numeric: true),
            ], rows: [], emptyText: "No LA has submitted.", style: "scroll")
        for s in scores {
            t.rows.append([
                ReportCell(PageKit.laLink(ctx, s.laCode, year, packs: packs)), .text(s.laCode), .text(ReportDisplay.one(s.lci)),
                ReportCell([.tag(s.band, PageKit.bandTone(ctx, s.band))]),
                .text(ReportDisplay.signed(s.lciChange, none: "no \(year - 1) submission")),
            ])
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "LAs are listed in the order of the register, not ranked: in sector-led improvement every LA has something to give and something to learn. "
                        + "Bands: \(thresholds), otherwise \(bands.last?.name ?? "the lowest band").")
            ])
        ]
        if !scores.isEmpty {
            blocks.append(
                .figure(ReportFigure(id: "lci-chart", title: "Capacity index by LA, \(year)", summary: summary, chart: .lciBars(data))))
        }
        blocks.append(.table(t))
        return ReportSection(id: "lci", title: "Capacity by LA", blocks: blocks)
    }

    static func balanceSection(_ ctx: ReportContext, year: Int, balances: [ThemeBalance]) -> ReportSection {
        let data = DivergingBarData(
            bars: balances.map { b in
                DivergingBarData.Bar(
                    label: ctx.shortTitle(b.theme), value: b.balance.double, valueText: ReportDisplay.signed(b.balance),
                    note: b.priorityRank.map { "priority \($0)" })
            }, negativeLabel: "needs more support than offered", positiveLabel: "offers more than needed")
        let neg = balances.filter { $0.balance < .zero }.map { ctx.shortTitle($0.theme) }
        let summary =
            "Bars either side of zero, one per theme, on an axis from −\(ReportSVG.n(DivergingBarChart.scale(data))) to +\(ReportSVG.n(DivergingBarChart.scale(data))) (balances run from −100 to +100): to the left the region needs more support than it can offer, "
            + "to the right it can offer more than it needs. "
            + (neg.isEmpty ? "No theme is below zero." : "Below zero: \(PageKit.prose(neg)).")
        var t = ReportTable(
            caption: "Theme support balance, \(year) (supply and demand are sums of 0–1 scores over the LAs that rated the theme)",
            columns: [
                .init("Theme"), .init("LAs", numeric: true), .init("Supply", numeric: true), .init("Demand", numeric: true),
                .init("Balance", numeric: true), .init("Development", numeric: true, fullTitle: "Share naming it an area for development"),
                .init("Strength", numeric: true, fullTitle: "Share naming it a key strength"),
                .init("Evidence", numeric: true, fullTitle: "Share with a linked indicator in band D, the worst quartile"),
                .init("Priority"),
            ], rows: [], emptyText: "No theme was rated.", style: "scroll")
        for b in balances {
            t.rows.append([
                .text(ctx.title(b.theme)), .text("\(b.rated)"), .text(ReportDisplay.one(b.supply)), .text(ReportDisplay.one(b.demand)),
                ReportCell([.tag(ReportDisplay.signed(b.balance), b.balance < .zero ? .bad : (b.balance == .zero ? .neutral : .good))]),
                .text(ReportDisplay.percent(b.devShare)), .text(ReportDisplay.percent(b.strShare)),
                .text(b.evidenceShare.map(ReportDisplay.percent) ?? "–"),
                .text(b.priorityRank.map { "\($0)" } ?? (b.isCandidate ? "qualifies, beyond the first \(ctx.framework.priorities)" : "–")),
            ])
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "Balance = 100 × (supply − demand) ÷ LAs that rated the theme, from −100 to +100. "
                        + "Supply counts credible offers (only themes rated Good or better); demand counts declared need, raised to the floor a rating implies. "
                        + "Evidence is the share of those LAs with a linked published indicator in band D, the worst quartile of England's LAs, "
                        + "in the latest period up to \(year); – where no linked indicator is banded.")
            ])
        ]
        if !balances.isEmpty {
            blocks.append(
                .figure(
                    ReportFigure(
                        id: "balance-chart", title: "Theme support balance, \(year)", summary: summary, chart: .divergingBars(data))))
        }
        blocks.append(.table(t))
        return ReportSection(id: "balance", title: "Theme support balance", blocks: blocks)
    }
}
