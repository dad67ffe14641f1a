import CapIndexDomain
import CapIndexFormats
import Foundation

/// One LA's challenge pack (SPEC 6 "challenge"): ratings with the three-year history and
/// direction, strengths and areas for development, offer and need, flags as questions,
/// indicator evidence, the latest Ofsted judgement, the narratives, and what changed.
enum ChallengePackPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, la: String, previous: String?, next: String?) throws -> ReportPage {
        let sub = ctx.submission(la, year)!
        let name = ctx.name(la, year)
        let score = ctx.score(la, year)
        let flags = ctx.flags(la, year)
        let window = ReportContext.window(year)
        let themes = ctx.framework.themes

        var facts: [ReportFact] = []
        if let s = score {
            facts.append(ReportFact(label: "Capacity index (LCI)", value: ReportDisplay.one(s.lci), note: s.band))
            facts.append(
                ReportFact(
                    label: "Change on \(year - 1)", value: ReportDisplay.signed(s.lciChange, none: "–"),
                    note: s.lciChange == nil ? "no \(year - 1) submission" : "LCI points"))
        }
        facts.append(ReportFact(label: "Challenge flags", value: "\(flags.count)", note: "questions below"))
        facts.append(
            ReportFact(
                label: "Signed off", value: sub.cxSignoff == nil ? "No" : "Yes", note: sub.cxSignoff ?? "no chief executive sign-off"))
        let versions = ctx.versions(la, year)
        let lead: [ReportBlock] = [
            .facts(facts),
            .paragraph([
                .text(
                    "Submitted \(sub.submittedOn.map(ReportDisplay.date) ?? "(date not given)"); version \(sub.version) of \(versions.count), from \(PageKit.fileName(sub.sourceFile)), stored \(ReportDisplay.timestamp(sub.ingestedAt))."
                )
            ]),
        ]

        // Ratings and history.
        var history = ReportTable(
            caption: "\(name): ratings \(window[0])–\(year), direction and strength or development trend",
            columns: [.init("Theme")] + window.map { .init(String($0)) } + [.init("Direction"), .init("Trend")],
            rows: [], style: "history")
        let trends = ctx.trends(la, year)
        for t in themes {
            let tr = trends.first { $0.theme == t.id }
            history.rows.append(
                [.text(t.title)]
                    + window.map { y in
                        PackImprovementSection.ratingCell(
                            ctx, la: la, year: y, theme: t.id, rating: ctx.submission(la, y)?.theme(t.id)?.rating,
                            blank: ctx.submission(la, y) == nil ? "not submitted" : "not rated")
                    } + [
                        .text(tr.map { ReportDisplay.direction($0.direction) } ?? "–"),
                        .text(tr.map { ReportDisplay.status($0.status) } ?? "–"),
                    ])
        }
        var historyBlocks: [ReportBlock] = [.table(history)]
        if let note = ReorganisationNote.text(ctx, la: la, year: year) { historyBlocks.insert(.note([.text(note)]), at: 0) }

        // Strengths and areas for development.
        func themeLine(_ e: ThemeEntry) -> [ReportInline] {
            [.text("\(ctx.title(e.theme)) – rated \(ReportDisplay.rating(e.rating)), \(e.confidence.rawValue) confidence")]
        }
        let strengths = sub.themes.filter(\.strength).map(themeLine)
        let devs = sub.themes.filter(\.development).map(themeLine)
        let sd = ReportSection(
            id: "strengths", title: "Strengths and areas for development", blocks: [],
            subsections: [
                ReportSection(
                    id: "key-strengths", title: "Key strengths",
                    blocks: [
                        strengths.isEmpty ? .paragraph([.text("None named.")]) : .list(strengths, ordered: false)
                    ]),
                ReportSection(
                    id: "areas-for-development", title: "Areas for development",
                    blocks: [
                        devs.isEmpty ? .paragraph([.text("None named.")]) : .list(devs, ordered: false)
                    ]),
            ])

        // Offer and need.
        var offer = ReportTable(
            caption: "\(name): support offered and needed, \(year) (offer 0–3, need 0–3)",
            columns: [.init("Theme"), .init("Rating"), .init("Offer"), .init("Need"), .init("Confidence")], rows: [])
        for e in sub.themes {
            let discounted = e.offer > 0 && e.rating.rawValue >= 3
            offer.rows.append([
                .text(ctx.title(e.theme)), PageKit.ratingCell(e.rating),
                .text(ReportDisplay.offer(e.offer) + (discounted ? " (not counted: rated below Good)" : "")),
                .text(ReportDisplay.need(e.need)), .text(e.confidence.rawValue),
            ])
        }

        // Flags as questions.
        var questions = ReportTable(
            caption: "\(name): questions for the challenge event",
            columns: [
                .init("No.", numeric: true), .init("Theme"), .init("Question"), .init("What was found"), .init("Code"),
            ], rows: [], emptyText: "No challenge flags: nothing in the submission, its history or the evidence calls for a question.")
        for (i, f) in flags.enumerated() {
            questions.rows.append([
                .text("\(i + 1)"), .text(f.theme.map(ctx.title) ?? "Whole submission"),
                ReportCell([.strong(f.question)]), .text(f.message), .text(f.code.rawValue),
            ])
        }

        // Evidence.
        let ev = ctx.evidence.pack(laCode: la, year: year)
        let evidenceBlocks = PackEvidenceBlocks.indicators(ctx, ev, name: name, year: year)
        let ofstedBlocks = PackEvidenceBlocks.ofsted(ev, name: name, year: year)

        // Narratives.
        let narratives = sub.themes.filter { !$0.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        var narrativeBlocks: [ReportBlock] = narratives.map { .quote(title: ctx.title($0.theme), text: $0.narrative) }
        if narrativeBlocks.isEmpty { narrativeBlocks = [.paragraph([.text("No narratives given.")])] }
        let blank = sub.themes.filter { $0.narrative.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map { ctx.title($0.theme) }
        if !blank.isEmpty && !narratives.isEmpty {
            narrativeBlocks.append(.paragraph([.text("No narrative for: \(blank.joined(separator: "; ")).")]))
        }

        // Changes.
        var changeBlocks: [ReportBlock]
        if let prev = versions.last(where: { $0.version < sub.version }) {
            changeBlocks = [.table(VersionChanges.table(ctx, la: la, year: year, from: prev, to: sub))]
        } else {
            changeBlocks = [.paragraph([.text("This is the first version sent for \(year).")])]
        }

        var pager: [ReportLinkItem] = []
        if let p = previous {
            pager.append(ReportLinkItem(label: "Previous pack", text: ctx.name(p, year), link: ReportLink(PageKit.packStem(p))))
        }
        pager.append(ReportLinkItem(label: "Overview", text: "All LAs", link: ReportLink("challenge")))
        if let n = next { pager.append(ReportLinkItem(label: "Next pack", text: ctx.name(n, year), link: ReportLink(PageKit.packStem(n)))) }

        var sections = [
            ReportSection(id: "ratings", title: "Ratings and three-year history", blocks: historyBlocks),
            sd,
            ReportSection(id: "offer-need", title: "Offer and need", blocks: [.table(offer)]),
            ReportSection(id: "questions", title: "Questions for the challenge", blocks: [.table(questions)]),
            ReportSection(id: "evidence", title: "Indicator evidence", blocks: evidenceBlocks),
            ReportSection(id: "ofsted", title: "Latest Ofsted judgement", blocks: ofstedBlocks),
            ReportSection(id: "narratives", title: "Narratives", blocks: narrativeBlocks),
            ReportSection(id: "changes", title: "What changed from the previous version", blocks: changeBlocks),
        ]
        if let s = PackImprovementSection.build(ctx, la: la, year: year) { sections.append(s) }
        return ReportPage(
            fileStem: PageKit.packStem(la), kind: .challenge, title: "\(name): challenge pack \(year)",
            subtitle: "\(region) · LA code \(la)", region: region, year: year, lead: lead, sections: sections,
            pager: pager, provenance: ctx.provenance)
    }
}

/// Says when an LA was created by a reorganisation inside the window (SPEC 4).
enum ReorganisationNote {
    static func text(_ ctx: ReportContext, la: String, year: Int) -> String? {
        let rows = ctx.register.rows(of: la)
        let starts = rows.compactMap(\.fromYear)
        guard rows.allSatisfy({ $0.fromYear != nil }), let first = starts.min(), first > year - 2 else { return nil }
        return "\(ctx.name(la, year)) was created by a reorganisation and submits from \(first); it has no history before then."
    }
}
