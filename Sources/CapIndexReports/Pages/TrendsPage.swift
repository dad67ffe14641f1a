import CapIndexDomain
import CapIndexFormats

/// The three-year trends (SPEC 4, SPEC 6 "trends"): per theme across the region, and
/// per LA with its LCI over the window and each theme's direction and status.
enum TrendsPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, packs: Bool) -> ReportPage {
        let window = ReportContext.window(year)
        let las = ctx.submitted(region, year)
        let lead: [ReportBlock] = [
            .paragraph([
                .text(
                    "The window is \(window[0]) to \(year). Direction compares a theme's rating in the latest and the earliest window year that have one; "
                        + "the trend says whether a strength or an area for development is new, persistent, resolved or lapsed.")
            ])
        ]
        var summary = ReportTable(
            caption: "Capacity index by LA, \(window[0])–\(year)",
            columns: [.init("LA")]
                + window.map { .init("LCI \($0)", numeric: true) }
                + [
                    .init("Change on \(year - 1)", numeric: true), .init("Change since \(window[0])", numeric: true),
                    .init("Improving", numeric: true, fullTitle: "Themes improving"),
                    .init("Stable", numeric: true, fullTitle: "Themes stable"),
                    .init("Declining", numeric: true, fullTitle: "Themes declining"),
                ],
            rows: [], emptyText: "No LA has submitted.", style: "scroll")
        var laSections: [ReportSection] = []
        for la in las {
            let lcis = window.map { ctx.score(la, $0)?.lci }
            let tr = ctx.trends(la, year)
            func count(_ d: TrendDirection) -> String { "\(tr.filter { $0.direction == d }.count)" }
            let overWindow: String = {
                guard let a = lcis[2], let b = lcis[0] else { return "–" }
                return ReportDisplay.signed(a - b)
            }()
            summary.rows.append(
                [
                    ReportCell([
                        .link(ctx.name(la, year), ReportLink("trends", fragment: PageKit.laAnchor(la), heading: laHeading(ctx, la, year)))
                    ])
                ]
                    + lcis.map { .text($0.map(ReportDisplay.one) ?? "–") }
                    + [
                        .text(ReportDisplay.signed(ctx.score(la, year)?.lciChange)), .text(overWindow),
                        .text(count(.improving)), .text(count(.stable)), .text(count(.declining)),
                    ])
            laSections.append(laSection(ctx, la: la, year: year, packs: packs))
        }
        let sections = [
            themeSection(ctx, region: region, year: year, id: "themes", title: "Trends by theme"),
            statusSection(ctx, region: region, year: year),
            ReportSection(
                id: "las", title: "Trends by LA",
                blocks: [
                    .paragraph([
                        .text(
                            "Each theme's direction compares its rating in the latest and the earliest window year that have one, "
                                + "not the last two years: Good, Outstanding, Good is stable.")
                    ]),
                    .table(summary),
                ], subsections: laSections),
        ]
        return ReportPage(
            fileStem: "trends", kind: .trends, title: "Three-year trends \(window[0])–\(year)", subtitle: region,
            region: region, year: year, lead: lead, sections: sections, provenance: ctx.provenance)
    }

    /// Mean quality per theme over the window, with sparklines and direction counts.
    static func themeSection(_ ctx: ReportContext, region: String, year: Int, id: String, title: String) -> ReportSection {
        let window = ReportContext.window(year)
        let las = ctx.submitted(region, year)
        var t = ReportTable(
            caption:
                "Mean quality by theme, \(window[0])–\(year) (0 = every LA Inadequate, 100 = every LA Outstanding), and how many LAs' ratings moved",
            columns: [.init("Theme")] + window.map { .init(String($0), numeric: true) }
                + [
                    .init("Trend"), .init("Improving", numeric: true, fullTitle: "LAs improving"),
                    .init("Stable", numeric: true, fullTitle: "LAs stable"), .init("Declining", numeric: true, fullTitle: "LAs declining"),
                ],
            rows: [], style: "trends scroll")
        for th in ctx.framework.themes {
            let values = window.map { PageKit.meanQuality(ctx, region: region, theme: th.id, year: $0) }
            let rows = las.compactMap { la in ctx.trends(la, year).first { $0.theme == th.id } }
            func count(_ d: TrendDirection) -> String { "\(rows.filter { $0.direction == d }.count)" }
            t.rows.append(
                [.text(ctx.title(th.id))] + values.map { .text($0.map(ReportDisplay.one) ?? "–") }
                    + [
                        ReportCell([.sparkline(PageKit.sparkline(values, years: window))]), .text(count(.improving)), .text(count(.stable)),
                        .text(count(.declining)),
                    ])
        }
        return ReportSection(
            id: id, title: title,
            blocks: [
                .paragraph([
                    .text(
                        "Mean quality is the mean of (4 − rating) ÷ 3 over the LAs that submitted that year, on a scale of 0 to 100. "
                            + "The trend compares the latest year with the earliest year of the window that has a figure, not with the year before: "
                            + "60.0, 55.0, 57.5 is falling, since 57.5 is below 60.0. Each LA's direction follows the same rule on its own rating "
                            + "(improving, stable or declining), and the counts are of the \(PageKit.plural(las.count, "LA")) that submitted in \(year)."
                    )
                ]),
                .table(t),
            ])
    }

    /// Counts of each strength / development status per theme.
    static func statusSection(_ ctx: ReportContext, region: String, year: Int) -> ReportSection {
        let las = ctx.submitted(region, year)
        let statuses: [TrendStatus] = [
            .persistentDevelopment, .newDevelopment, .resolvedDevelopment, .persistentStrength, .newStrength, .lapsedStrength,
        ]
        var t = ReportTable(
            caption: "Strengths and areas for development by theme, \(year): number of LAs in each trend",
            columns: [.init("Theme")] + statuses.map { .init(ReportDisplay.status($0).reportCapitalisedFirst, numeric: true) },
            rows: [], style: "compact scroll")
        for th in ctx.framework.themes {
            let rows = las.compactMap { la in ctx.trends(la, year).first { $0.theme == th.id } }
            t.rows.append([.text(ctx.title(th.id))] + statuses.map { s in .text("\(rows.filter { $0.status == s }.count)") })
        }
        return ReportSection(id: "status-counts", title: "Strengths and areas for development", blocks: [.table(t)])
    }

    /// An LA section's heading, which Markdown links to (`Barnsley (370)`).
    static func laHeading(_ ctx: ReportContext, _ la: String, _ year: Int) -> String { "\(ctx.name(la, year)) (\(la))" }

    /// One LA: LCI over the window and every theme's ratings, direction and status.
    static func laSection(_ ctx: ReportContext, la: String, year: Int, packs: Bool) -> ReportSection {
        let window = ReportContext.window(year)
        let name = ctx.name(la, year)
        let lcis = window.map { y in ctx.score(la, y).map { "\(y) \(ReportDisplay.one($0.lci)) (\($0.band))" } ?? "\(y) not submitted" }
        var blocks: [ReportBlock] = []
        if let note = ReorganisationNote.text(ctx, la: la, year: year) { blocks.append(.note([.text(note)])) }
        var intro: [ReportInline] = [.text("Capacity index: " + lcis.joined(separator: "; ") + ".")]
        if packs { intro += [.text(" "), .link("Challenge pack", ReportLink(PageKit.packStem(la)))] }
        blocks.append(.paragraph(intro))
        var t = ReportTable(
            caption: "\(name): ratings, direction and trend by theme, \(window[0])–\(year)",
            columns: [.init("Theme")] + window.map { .init(String($0)) } + [.init("Direction"), .init("Trend")],
            rows: [], style: "history scroll")
        let tr = ctx.trends(la, year)
        for th in ctx.framework.themes {
            let row = tr.first { $0.theme == th.id }
            t.rows.append(
                [.text(ctx.title(th.id))]
                    + window.map { y in
                        PageKit.ratingCell(
                            ctx.submission(la, y)?.theme(th.id)?.rating, blank: ctx.submission(la, y) == nil ? "not submitted" : "not rated"
                        )
                    } + [
                        .text(row.map { ReportDisplay.direction($0.direction) } ?? "–"),
                        .text(row.map { ReportDisplay.status($0.status) } ?? "–"),
                    ])
        }
        blocks.append(.table(t))
        return ReportSection(id: PageKit.laAnchor(la), title: laHeading(ctx, la, year), blocks: blocks, pageBreakBefore: true)
    }
}

extension String {
    /// The first letter in upper case.
    var reportCapitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
