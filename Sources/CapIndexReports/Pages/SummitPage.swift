import CapIndexDomain
import CapIndexFormats

/// The March summit (SPEC 6 "summit"): RCI and its change, every LA's LCI, band and
/// change, the theme support balance, the regional priorities, strengths to draw on,
/// the suggested support pairings and the trends per theme.
enum SummitPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, packs: Bool) -> ReportPage {
        let rci = ctx.regional(region, year)
        let submitted = ctx.submitted(region, year)
        let balances = ctx.balances(region, year)
        let priorities = balances.filter { $0.priorityRank != nil }.sorted { $0.priorityRank! < $1.priorityRank! }
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
                note: priorities.isEmpty ? "no theme qualifies" : priorities.map { ctx.shortTitle($0.theme) }.joined(separator: ", ")))
        facts.append(
            ReportFact(
                label: "Support pairings", value: "\(result.pairs.count)",
                note: "of \(result.pairs.count + result.unmatched.count) asks"))
        var lead: [ReportBlock] = [.facts(facts)]
        if submitted.isEmpty { lead.append(.note([.text("No LA of \(region) has submitted for \(year).")])) }

        return ReportPage(
            fileStem: "summit", kind: .summit, title: "Summit \(year): regional capacity and support",
            subtitle: region, region: region, year: year, lead: lead,
            sections: [
                rciSection(ctx, region: region, year: year),
                lciSection(ctx, region: region, year: year, packs: packs),
                SummitEventChanges.section(ctx, region: region, year: year, packs: packs),
                balanceSection(ctx, year: year, balances: balances),
                prioritiesSection(ctx, year: year, priorities: priorities),
                SummitEventChanges.priorityLeads(ctx, region: region, year: year, priorities: priorities),
                strengthsSection(ctx, region: region, year: year),
                pairingSection(ctx, year: year, matching: matching),
                TrendsPage.themeSection(ctx, region: region, year: year, id: "trends", title: "Trends by theme"),
            ], provenance: ctx.provenance)
    }

    static func rciSection(_ ctx: ReportContext, region: String, year: Int) -> ReportSection {
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
                    .text(
                        "The RCI is the mean capacity index (LCI, 0–100) of the LAs that submitted. "
                            + "Each LCI weighs, theme by theme, the LA's self-assessed quality, the support it can credibly offer and the support it needs."
                    )
                ]),
                .table(t),
            ])
    }

    static func lciSection(_ ctx: ReportContext, region: String, year: Int, packs: Bool) -> ReportSection {
        let scores = ctx.submitted(region, year).compactMap { ctx.score($0, year) }
            .sorted { ($1.lci, ctx.name($0.laCode, year)) < ($0.lci, ctx.name($1.laCode, year)) }
        let bands = ctx.framework.bands
        let data = LCIBarData(
            bars: scores.map {
                LCIBarData.Bar(
                    label: ctx.name($0.laCode, year), value: $0.lci.double, valueText: ReportDisplay.one($0.lci),
                    band: $0.band, bandIndex: PageKit.bandIndex(ctx, $0.band))
            }, thresholds: bands.map { ($0.name, $0.min) })
        let counts = bands.map { b in "\(scores.filter { $0.band == b.name }.count) \(b.name)" }
        let summary =
            "Horizontal bars, one per LA, highest first, on a scale of 0 to 100 with the band thresholds marked ("
            + bands.dropLast().map { "\($0.name) from \(ReportSVG.n($0.min))" }.joined(separator: ", ") + "). "
            + (scores.first.map { "Highest: \(ctx.name($0.laCode, year)) \(ReportDisplay.one($0.lci)); " } ?? "")
            + (scores.last.map { "lowest: \(ctx.name($0.laCode, year)) \(ReportDisplay.one($0.lci)). " } ?? "")
            + "Bands: " + counts.joined(separator: ", ") + "."
        var t = ReportTable(
            caption: "Capacity index by LA, \(year), highest first",
            columns: [
                .init("LA"), .init("LCI", numeric: true), .init("Band"), .init("Change on \(year - 1)", numeric: true),
            ], rows: [], emptyText: "No LA has submitted.")
        for s in scores {
            t.rows.append([
                ReportCell(PageKit.laLink(ctx, s.laCode, year, packs: packs)), .text(ReportDisplay.one(s.lci)),
                ReportCell([.tag(s.band, PageKit.bandTone(ctx, s.band))]),
                .text(ReportDisplay.signed(s.lciChange, none: "no \(year - 1) submission")),
            ])
        }
        var blocks: [ReportBlock] = []
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
                .init("Strength", numeric: true, fullTitle: "Share naming it a key strength"), .init("Priority"),
            ], rows: [], emptyText: "No theme was rated.")
        for b in balances {
            t.rows.append([
                .text(ctx.title(b.theme)), .text("\(b.rated)"), .text(ReportDisplay.one(b.supply)), .text(ReportDisplay.one(b.demand)),
                ReportCell([.tag(ReportDisplay.signed(b.balance), b.balance < .zero ? .bad : (b.balance == .zero ? .neutral : .good))]),
                .text(ReportDisplay.percent(b.devShare)), .text(ReportDisplay.percent(b.strShare)),
                .text(b.priorityRank.map { "\($0)" } ?? (b.isCandidate ? "qualifies, beyond the first \(ctx.framework.priorities)" : "–")),
            ])
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "Balance = 100 × (supply − demand) ÷ LAs that rated the theme, from −100 to +100. "
                        + "Supply counts credible offers (only themes rated Good or better); demand counts declared need, raised to the floor a rating implies."
                )
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

    static func prioritiesSection(_ ctx: ReportContext, year: Int, priorities: [ThemeBalance]) -> ReportSection {
        let items: [[ReportInline]] = priorities.map { b in
            [
                .strong(ctx.title(b.theme)),
                .text(
                    ": balance \(ReportDisplay.signed(b.balance)); \(ReportDisplay.percent(b.devShare)) of LAs name it an area for development."
                ),
            ]
        }
        return ReportSection(
            id: "priorities", title: "Regional priorities",
            blocks: [
                .paragraph([
                    .text(
                        "Themes for task-and-finish groups: those with a negative balance or named an area for development by at least a third of LAs, "
                            + "most negative balance first, at most \(ctx.framework.priorities).")
                ]),
                items.isEmpty ? .paragraph([.text("No theme qualifies as a priority in \(year).")]) : .list(items, ordered: true),
            ])
    }

    static func strengthsSection(_ ctx: ReportContext, region: String, year: Int) -> ReportSection {
        let las = ctx.submitted(region, year)
        var t = ReportTable(
            caption: "Strengths to draw on, \(year): who can offer what (themes rated Good or better), and key strengths",
            columns: [
                .init("Theme"), .init("3 Lead peer challenge or sustained support"), .init("2 Practitioner or manager time"),
                .init("1 Share practice and documents"), .init("Named a key strength"),
            ], rows: [], style: "compact")
        for th in ctx.framework.themes {
            func offering(_ level: Int) -> String {
                let names = las.filter { la in
                    guard let e = ctx.submission(la, year)?.theme(th.id) else { return false }
                    return e.offer == level && e.rating.rawValue <= 2
                }.map { ctx.name($0, year) }
                return names.isEmpty ? "–" : names.joined(separator: ", ")
            }
            let strong = las.filter { ctx.submission($0, year)?.theme(th.id)?.strength == true }.map { ctx.name($0, year) }
            t.rows.append([
                .text(ctx.title(th.id)), .text(offering(3)), .text(offering(2)), .text(offering(1)),
                .text(strong.isEmpty ? "–" : strong.joined(separator: ", ")),
            ])
        }
        return ReportSection(
            id: "strengths", title: "Strengths to draw on",
            blocks: [
                .paragraph([
                    .text(
                        "Which LAs offer what, by the level of support offered. Offers on themes an LA rates below Good are not counted, "
                            + "as in the scoring; a provider for the pairings below offers level 2 or 3.")
                ]),
                .table(t),
            ])
    }

    static func pairingSection(_ ctx: ReportContext, year: Int, matching: RegionMatching) -> ReportSection {
        let r = matching.result
        func n(_ la: String) -> String { ctx.name(la, year) }
        var pairs = ReportTable(
            caption: "Suggested support pairings, \(year) (score = ask weight + provider's offer + provider's quality, 0–3)",
            columns: [
                .init("No.", numeric: true), .init("Receives support"), .init("Theme"), .init("Gives support"),
                .init("Score", numeric: true), .init("New pairing"),
            ], rows: [], emptyText: "No pairing: no ask has an eligible provider.")
        let sorted = r.pairs.sorted { (n($0.receiver), $0.theme, n($0.provider)) < (n($1.receiver), $1.theme, n($1.provider)) }
        var numbers: [String: [Int]] = [:]
        for (i, p) in sorted.enumerated() {
            pairs.rows.append([
                .text("\(i + 1)"), .text(n(p.receiver)), .text(ctx.title(p.theme)), .text(n(p.provider)),
                .text(ReportDisplay.one(Exact(Int128(p.scoreThirds), 3))),
                .text(p.isFresh ? "yes" : "no, also paired in \(year - 1)"),
            ])
            numbers["\(p.receiver)|\(p.provider)", default: []].append(i + 1)
        }
        let receivers = Array(Set(sorted.map(\.receiver))).sorted { n($0) < n($1) }
        let providers = Array(Set(sorted.map(\.provider))).sorted { n($0) < n($1) }
        let links = numbers.keys.sorted().map { key -> PairingData.Link in
            let parts = key.split(separator: "|").map(String.init)
            return PairingData.Link(
                receiver: n(parts[0]), provider: n(parts[1]),
                label: numbers[key]!.map(String.init).joined(separator: ", "))
        }
        let diagram = PairingData(receivers: receivers.map(n), providers: providers.map(n), links: links)
        var summary =
            "A grid with the \(PageKit.plural(receivers.count, "receiving LA")) as rows and the \(PageKit.plural(providers.count, "providing LA")) as columns; "
            + "a filled cell holds the numbers of the pairings between them, as numbered in the table."
        if sorted.count <= 6 {
            summary +=
                " "
                + sorted.enumerated().map { i, p in "\(i + 1): \(n(p.provider)) supports \(n(p.receiver)) on \(ctx.shortTitle(p.theme))" }
                .joined(separator: "; ") + "."
        }

        var unmatched = ReportTable(
            caption: "Asks without a provider, \(year)", columns: [.init("LA"), .init("Theme"), .init("Why")],
            rows: [], emptyText: "Every ask has a provider.")
        for u in r.unmatched.sorted(by: { (n($0.ask.receiver), $0.ask.theme) < (n($1.ask.receiver), $1.ask.theme) }) {
            unmatched.rows.append([
                .text(n(u.ask.receiver)), .text(ctx.title(u.ask.theme)),
                .text(u.reason == .noProvider ? "no provider in the region for that theme" : "providers at capacity"),
            ])
        }
        var loads = ReportTable(
            caption: "Engagements per provider, \(year) (each takes at most \(matching.capacity))",
            columns: [
                .init("Provider"), .init("Engagements", numeric: true),
            ], rows: [], emptyText: "No LA offers practitioner time or more on a theme rated Good or better.", style: "narrow")
        for l in r.loads.sorted(by: { n($0.provider) < n($1.provider) }) {
            loads.rows.append([.text(n(l.provider)), .text("\(l.load) of \(matching.capacity)")])
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "An ask is a theme an LA names an area for development or where it needs targeted or intensive support; "
                        + "a provider is another LA of the region rated Good or better on the theme that offers practitioner time or more. "
                        + "capindex matches as many asks as it can, then the best fit, then pairs not suggested last year, and solves this exactly. "
                        + "\(r.pairs.count) of \(r.pairs.count + r.unmatched.count) asks are matched.")
            ])
        ]
        if !sorted.isEmpty {
            blocks.append(
                .figure(
                    ReportFigure(
                        id: "pairing-diagram", title: "Suggested support pairings, \(year)", summary: summary, chart: .pairing(diagram))))
        }
        blocks.append(.table(pairs))
        return ReportSection(
            id: "pairings", title: "Suggested support pairings", blocks: blocks,
            subsections: [
                ReportSection(id: "unmatched", title: "Asks without a provider", blocks: [.table(unmatched)]),
                ReportSection(id: "loads", title: "Provider load", blocks: [.table(loads)]),
            ])
    }
}
