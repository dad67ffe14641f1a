import CapIndexDomain
import CapIndexFormats

/// The January regional overview (SPEC 6 "challenge"): submission status, sign-off, the
/// questions per LA by kind, the LA × theme rating heat map, the freshness and changes of
/// the evidence (I009, I008), with links to every pack and to the all-packs file.
enum ChallengeOverviewPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, reportDate: String) -> ReportPage {
        let las = ctx.las(region, year)
        let submitted = las.filter { ctx.submission($0, year) != nil }
        let signed = submitted.filter { ctx.submission($0, year)?.cxSignoff != nil }
        let asked = submitted.map { ($0, questions(ctx, $0, year)) }
        let total = asked.reduce(0) { $0 + $1.1.questions.count }
        let facts = [
            ReportFact(label: "Submitted", value: PageKit.of(submitted.count, las.count), note: "LAs of the region"),
            ReportFact(label: "Signed off", value: PageKit.of(signed.count, submitted.count), note: "by the chief executive"),
            ReportFact(label: "Questions", value: "\(total)", note: "for peers to put, in the packs"),
            ReportFact(
                label: "LAs with questions", value: PageKit.of(asked.filter { !$0.1.questions.isEmpty }.count, submitted.count), note: nil),
        ]
        let lead: [ReportBlock] = [
            .paragraph([
                .text(
                    "The challenge event tests each self-assessment against its history, the published indicators and Ofsted's judgements. "
                        + "Each LA's pack opens with a summary and its key points, then takes each theme with its rating, evidence, Ofsted judgement and questions."
                )
            ]),
            .facts(facts),
        ]
        var status = ReportTable(
            caption: "Submission, sign-off and questions by LA, \(year)",
            columns: [
                .init("LA"), .init("Submitted on", nowrap: true), .init("Signed off"), .init("LCI", numeric: true), .init("Band"),
                .init("Questions", numeric: true), .init("Of which"), .init("To put right", numeric: true),
            ], rows: [])
        for la in las {
            guard let sub = ctx.submission(la, year), let q = asked.first(where: { $0.0 == la })?.1 else {
                status.rows.append(
                    [ReportCell(PageKit.laLink(ctx, la, year, packs: true)), ReportCell([.tag("Not submitted", .neutral)])]
                        + Array(repeating: ReportCell.text("–"), count: 6))
                continue
            }
            let score = ctx.score(la, year)
            let kinds = QuestionWeight.allCases.compactMap { w -> String? in
                let n = q.questions.filter { $0.weight == w }.count
                return n == 0 ? nil : "\(n) \(w.title)"
            }
            status.rows.append([
                ReportCell(PageKit.laLink(ctx, la, year, packs: true)),
                .text(sub.submittedOn.map(ReportDisplay.date) ?? "not given"),
                sub.cxSignoff != nil ? ReportCell([.tag("Yes", .good)]) : ReportCell([.tag("No", .bad)]),
                .text(score.map { ReportDisplay.one($0.lci) } ?? "–"),
                score.map { ReportCell([.tag($0.band, PageKit.bandTone(ctx, $0.band))]) } ?? .text("–"),
                .text("\(q.questions.count)"), .text(kinds.isEmpty ? "none" : kinds.joined(separator: "; ")),
                .text("\(q.toPutRight.count)"),
            ])
        }
        let sections = [
            ReportSection(id: "status", title: "Submission, sign-off and questions", blocks: [.table(status)]),
            ReportSection(id: "ratings", title: "Ratings by LA and theme", blocks: [.table(heatMap(ctx, las: las, year: year))]),
            ReportSection(id: "flags", title: "What the questions are about", blocks: byQuestion(ctx, submitted: submitted, year: year)),
            ChallengeEvidenceNotes.section(ctx, year: year, reportDate: reportDate),
            ReportSection(
                id: "packs", title: "Challenge packs",
                blocks: submitted.isEmpty
                    ? [.paragraph([.text("No LA of the region has submitted for \(year).")])]
                    : [
                        .paragraph([
                            .text("Every pack in one file for printing: "), .link("all challenge packs", ReportLink(ChallengeAllPage.stem)),
                            .text("."),
                        ]),
                        .list(
                            asked.map { la, q in
                                [
                                    .link(ctx.name(la, year), ReportLink(PageKit.packStem(la))),
                                    .text(" – " + PageKit.plural(q.questions.count, "question")),
                                ]
                            }, ordered: false),
                    ]),
        ]
        return ReportPage(
            fileStem: "challenge", kind: .challenge, title: "Challenge event \(year): regional overview",
            subtitle: region, region: region, year: year, lead: lead, sections: sections, provenance: ctx.provenance, publicData: true)
    }

    /// An LA's questions, as its pack asks them.
    static func questions(_ ctx: ReportContext, _ la: String, _ year: Int) -> PackQuestions.Result {
        PackQuestions.build(
            PackTheme.all(ctx, la: la, year: year), submissionFlags: ctx.flags(la, year).filter { $0.theme == nil }, year: year)
    }

    /// The heat map: one grade cell per LA and theme, number and colour (one table; no
    /// separate chart repeating it).
    static func heatMap(_ ctx: ReportContext, las: [String], year: Int) -> ReportTable {
        let themes = ctx.framework.themes
        let moved = PageKit.eventMovedRatings(ctx, las: las, year: year)
        var grid = ReportTable(
            caption: moved
                ? "Ratings by LA and theme, \(year): agreed at the challenge event where it moved one, the self-rating below it (\(PageKit.gradeKey))"
                : "Self-assessed ratings by LA and theme, \(year) (\(PageKit.gradeKey))",
            columns: [.init("LA")] + themes.map { .init(ctx.shortTitle($0.id), numeric: true, fullTitle: $0.title) },
            rows: [], id: "ratings-table", style: "grades heat")
        for la in las {
            let sub = ctx.submission(la, year)
            grid.rows.append(
                [.text(ctx.name(la, year))]
                    + themes.map {
                        PageKit.ratingCell(ctx, la: la, year: year, theme: $0.id, rating: sub?.theme($0.id)?.rating, words: false)
                    })
        }
        return grid
    }

    /// The questions by kind across the region, without codes; LA lists separated by
    /// semicolons because LA names hold commas (`Kingston upon Hull, City of`).
    static func byQuestion(_ ctx: ReportContext, submitted: [String], year: Int) -> [ReportBlock] {
        let flags = submitted.flatMap { ctx.flags($0, year) }
        var t = ReportTable(
            caption: "Challenge flags by question, \(year)",
            columns: [.init("Question"), .init("Kind"), .init("LAs", numeric: true), .init("Which LAs")], rows: [],
            emptyText: "No challenge flags this year.")
        let codes = Array(Set(flags.map(\.code))).sorted {
            (QuestionWeight($0)?.rawValue ?? 9, $0.rawValue) < (QuestionWeight($1)?.rawValue ?? 9, $1.rawValue)
        }
        for code in codes {
            let which = Array(Set(flags.filter { $0.code == code }.map(\.laCode))).sorted { ctx.name($0, year) < ctx.name($1, year) }
            t.rows.append([
                .text(ChallengeRules.question(for: code)), .text(QuestionWeight(code)?.title ?? "to put right"), .text("\(which.count)"),
                .text(PageKit.names(which.map { ctx.name($0, year) })),
            ])
        }
        var blocks: [ReportBlock] = [.table(t)]
        let bandD = Set(flags.filter { $0.code == .w105 }.map(\.laCode))
        if !bandD.isEmpty {
            blocks.append(
                .note([
                    .text(
                        "\(PageKit.plural(bandD.count, "LA")) of \(submitted.count) rate at least one theme Good or better while a linked indicator is in band D. "
                            + "A quarter of England's LAs are in band D on each banded indicator, so most LAs meet this somewhere: "
                            + "it asks for a look at the figures, which each pack quotes in the theme's section, and is not a finding by itself."
                    )
                ]))
        }
        return blocks
    }
}
