import CapIndexDomain
import CapIndexFormats

/// The January regional overview (SPEC 6 "challenge"): submission status, sign-off,
/// flags per LA and the LA × theme rating heat map, with links to every pack.
enum ChallengeOverviewPage {
    static func build(_ ctx: ReportContext, region: String, year: Int) -> ReportPage {
        let las = ctx.las(region, year)
        let submitted = las.filter { ctx.submission($0, year) != nil }
        let signed = submitted.filter { ctx.submission($0, year)?.cxSignoff != nil }
        let allFlags = submitted.flatMap { ctx.flags($0, year) }
        let flagged = submitted.filter { !ctx.flags($0, year).isEmpty }
        let facts = [
            ReportFact(label: "Submitted", value: PageKit.of(submitted.count, las.count), note: "LAs of the region"),
            ReportFact(label: "Signed off", value: PageKit.of(signed.count, submitted.count), note: "by the chief executive"),
            ReportFact(label: "Challenge flags", value: "\(allFlags.count)", note: "questions for peers to put"),
            ReportFact(label: "LAs with flags", value: PageKit.of(flagged.count, submitted.count), note: nil),
        ]
        let lead: [ReportBlock] = [
            .paragraph([
                .text(
                    "The challenge event tests each self-assessment against its history, the published indicators and Ofsted's judgements. "
                        + "Each LA's pack lists its ratings, its three-year history and the questions its flags raise.")
            ]),
            .facts(facts),
        ]

        var status = ReportTable(
            caption: "Submission, sign-off and challenge flags by LA, \(year)",
            columns: [
                .init("LA"), .init("Submitted on", nowrap: true), .init("Signed off"), .init("LCI", numeric: true), .init("Band"),
                .init("Flags", numeric: true), .init("Flag codes"),
            ], rows: [])
        for la in las {
            guard let sub = ctx.submission(la, year) else {
                status.rows.append([
                    ReportCell(PageKit.laLink(ctx, la, year, packs: true)), ReportCell([.tag("Not submitted", .neutral)]),
                    .text("–"), .text("–"), .text("–"), .text("–"), .text("–"),
                ])
                continue
            }
            let flags = ctx.flags(la, year)
            let score = ctx.score(la, year)
            status.rows.append([
                ReportCell(PageKit.laLink(ctx, la, year, packs: true)),
                .text(sub.submittedOn.map(ReportDisplay.date) ?? "not given"),
                sub.cxSignoff != nil ? ReportCell([.tag("Yes", .good)]) : ReportCell([.tag("No", .bad)]),
                .text(score.map { ReportDisplay.one($0.lci) } ?? "–"),
                score.map { ReportCell([.tag($0.band, PageKit.bandTone(ctx, $0.band))]) } ?? .text("–"),
                .text("\(flags.count)"),
                .text(flags.isEmpty ? "none" : Array(Set(flags.map(\.code.rawValue))).sorted().joined(separator: ", ")),
            ])
        }

        let themes = ctx.framework.themes
        let heat = HeatMapData(
            columns: themes.map { ctx.shortTitle($0.id) },
            rows: las.map { la in (ctx.name(la, year), themes.map { ctx.submission(la, year)?.theme($0.id)?.rating.rawValue }) })
        var grid = ReportTable(
            caption: "Self-assessed ratings by LA and theme, \(year) (\(PageKit.gradeKey))",
            columns: [.init("LA")] + themes.map { .init(ctx.shortTitle($0.id), numeric: true, fullTitle: $0.title) },
            rows: [], id: "ratings-table", style: "grades")
        for la in las {
            let sub = ctx.submission(la, year)
            grid.rows.append([.text(ctx.name(la, year))] + themes.map { PageKit.gradeCell(sub?.theme($0.id)?.rating) })
        }
        var counts = [0, 0, 0, 0]
        for la in submitted { for t in themes { if let r = ctx.submission(la, year)?.theme(t.id)?.rating { counts[r.rawValue - 1] += 1 } } }
        let summary =
            "A grid of \(las.count) LAs by \(themes.count) themes; each cell holds the LA's self-assessed grade for the theme. "
            + "Across the region: \(counts[0]) Outstanding, \(counts[1]) Good, \(counts[2]) Requires improvement and \(counts[3]) Inadequate ratings."
        let figure = ReportFigure(
            id: "ratings-heat-map", title: "Ratings by LA and theme, \(year)", summary: summary, chart: .heatMap(heat))

        var byCode = ReportTable(
            caption: "Challenge flags by question, \(year)",
            columns: [
                .init("Code"), .init("Question"), .init("LAs", numeric: true), .init("Which LAs"),
            ], rows: [], emptyText: "No challenge flags this year.")
        let codes = Array(Set(allFlags.map(\.code))).sorted()
        for code in codes {
            let fs = allFlags.filter { $0.code == code }
            let which = Array(Set(fs.map(\.laCode))).sorted { ctx.name($0, year) < ctx.name($1, year) }
            byCode.rows.append([
                .text(code.rawValue), .text(fs[0].question), .text("\(which.count)"),
                .text(which.map { ctx.name($0, year) }.joined(separator: ", ")),
            ])
        }

        let packLinks: [[ReportInline]] = submitted.map { la in
            [.link(ctx.name(la, year), ReportLink(PageKit.packStem(la))), .text(" – " + PageKit.plural(ctx.flags(la, year).count, "flag"))]
        }
        let sections = [
            ReportSection(id: "status", title: "Submission, sign-off and flags", blocks: [.table(status)]),
            ReportSection(id: "ratings", title: "Ratings by LA and theme", blocks: [.figure(figure), .table(grid)]),
            ReportSection(id: "flags", title: "Challenge flags by question", blocks: [.table(byCode)]),
            ReportSection(
                id: "packs", title: "Challenge packs",
                blocks: [
                    packLinks.isEmpty
                        ? .paragraph([.text("No LA of the region has submitted for \(year).")]) : .list(packLinks, ordered: false)
                ]),
        ]
        return ReportPage(
            fileStem: "challenge", kind: .challenge, title: "Challenge event \(year): regional overview",
            subtitle: region, region: region, year: year, lead: lead, sections: sections, provenance: ctx.provenance)
    }
}
