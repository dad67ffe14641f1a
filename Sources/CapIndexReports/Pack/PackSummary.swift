import CapIndexDomain

/// The summary that opens a challenge pack (SPEC 6, part 1): the LCI with what it is and
/// its change, the latest Ofsted judgement, at most five key points chosen by rule, and
/// every theme at a glance with a link to its section.
enum PackSummary {
    static func build(
        _ ctx: ReportContext, la: String, year: Int, themes: [PackTheme], questions: PackQuestions.Result, idPrefix: String
    ) -> ReportSection {
        let name = ctx.name(la, year)
        let score = ctx.score(la, year)
        var facts: [ReportFact] = []
        if let s = score {
            facts.append(ReportFact(label: "Capacity index (LCI)", value: ReportDisplay.one(s.lci), note: s.band))
            facts.append(
                ReportFact(
                    label: "Change on \(year - 1)", value: ReportDisplay.signed(s.lciChange, none: "–"),
                    note: s.lciChange == nil ? "no \(year - 1) submission" : "LCI points"))
        }
        let inspection = ctx.evidence.index.latestInspection(laCode: la, publishedBefore: "\(year)-11-01")
        if let i = inspection, let g = i.overall {
            facts.append(
                ReportFact(
                    label: "Ofsted overall", value: "\(g.rawValue) \(g.title)",
                    note: "ILACS inspection published \(ReportDisplay.date(i.publicationDate))"))
        }
        facts.append(
            ReportFact(
                label: "Questions", value: "\(questions.questions.count)",
                note: questions.toPutRight.isEmpty
                    ? "nothing to put right" : "and \(PageKit.plural(questions.toPutRight.count, "point")) to put right"))
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "The capacity index (LCI, 0–100) is built from \(name)'s own self-assessment: its ratings, the support it offers and the support it needs. "
                        + "It is not a judgement of performance. " + bands(ctx))
            ]),
            .facts(facts),
        ]
        if let note = ReorganisationNote.text(ctx, la: la, year: year) { blocks.append(.note([.text(note)])) }
        let points = KeyPoints.select(KeyPoints.candidates(themes, year: year))
        var keyPoints: [ReportBlock] = []
        if points.isEmpty {
            keyPoints.append(
                .paragraph([
                    .text(
                        "None: no rating contradicts Ofsted, no theme rated Good or better has an indicator in band D, no band D indicator is getting worse, no rating moved two grades and no theme has been an area for development three years running."
                    )
                ]))
        } else {
            keyPoints.append(.list(points.map { [.text($0.text)] }, ordered: true))
        }
        return ReportSection(
            id: idPrefix + "summary", title: "Summary", blocks: blocks,
            subsections: [
                ReportSection(id: idPrefix + "key-points", title: "Key points", blocks: keyPoints),
                ReportSection(
                    id: idPrefix + "glance", title: "Every theme at a glance",
                    blocks: [.table(glance(ctx, la: la, year: year, themes: themes, questions: questions, idPrefix: idPrefix))]),
            ])
    }

    /// `Bands: Strong capacity 75 or more; Secure 55 to under 75; …`.
    static func bands(_ ctx: ReportContext) -> String {
        let bs = ctx.framework.bands
        let parts = bs.enumerated().map { i, b in
            let low = ReportDisplay.one(b.threshold)
            if i == 0 { return "\(b.name) \(low) or more" }
            let high = ReportDisplay.one(bs[i - 1].threshold)
            return b.min <= 0 ? "\(b.name) below \(high)" : "\(b.name) \(low) to under \(high)"
        }
        return "Bands: " + parts.joined(separator: "; ") + "."
    }

    /// Every theme's rating over the window, direction and number of questions.
    static func glance(
        _ ctx: ReportContext, la: String, year: Int, themes: [PackTheme], questions: PackQuestions.Result, idPrefix: String
    ) -> ReportTable {
        let window = ReportContext.window(year)
        var t = ReportTable(
            caption: "\(ctx.name(la, year)) at a glance: ratings \(window[0])–\(year), direction and questions per theme",
            columns: [.init("Theme")] + window.map { .init(String($0)) } + [.init("Direction"), .init("Questions", numeric: true)],
            rows: [], style: "glance")
        for th in themes {
            var row: [ReportCell] = [ReportCell([.link(th.theme.title, ReportLink.inPage(idPrefix + "theme-" + th.theme.id))])]
            row += window.map { y in
                // The effective rating; the self-rating beside it where the challenge event agreed another (SPEC 9).
                PackImprovementSection.ratingCell(
                    ctx, la: la, year: y, theme: th.theme.id, rating: th.entry(in: y)?.rating,
                    blank: ctx.submission(la, y) == nil ? "not submitted" : "not rated")
            }
            row.append(.text(th.trend.map { ReportDisplay.direction($0.direction) } ?? "–"))
            row.append(.text("\(questions.about(th.theme.id).count)"))
            t.rows.append(row)
        }
        return t
    }
}
