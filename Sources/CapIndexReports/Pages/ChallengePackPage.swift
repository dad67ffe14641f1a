import CapIndexDomain
import CapIndexFormats
import Foundation

/// One LA's challenge pack (SPEC 6 "challenge"), which a DCS reads in two minutes: the
/// summary first, then one section per theme with its rating, evidence, Ofsted and
/// questions, then every question grouped by theme and weight, what changed from the
/// previous version, and the sources of the figures.
enum ChallengePackPage {
    /// The parts of a pack, in the order they are shown. `peerChallenges` is part 4 of
    /// SPEC 6 (what the event agreed, the peer challenges and actions of section 9): empty,
    /// and so not shown, until any of those is recorded.
    struct Parts {
        var summary: ReportSection
        var themes: [ReportSection]
        var questions: ReportSection
        var peerChallenges: [ReportSection] = []
        var changes: ReportSection
        var sources: ReportSection

        var sections: [ReportSection] { [summary] + themes + [questions] + peerChallenges + [changes, sources] }
    }

    static func build(_ ctx: ReportContext, region: String, year: Int, la: String, previous: String?, next: String?) throws -> ReportPage {
        let sub = ctx.submission(la, year)!
        let name = ctx.name(la, year)
        let versions = ctx.versions(la, year)
        let lead: [ReportBlock] = [
            .paragraph([
                .text(
                    "Submitted \(sub.submittedOn.map(ReportDisplay.date) ?? "(date not given)"); version \(sub.version) of \(versions.count), from \(PageKit.fileName(sub.sourceFile)), stored \(ReportDisplay.timestamp(sub.ingestedAt)); "
                        + (sub.cxSignoff.map { "signed off by \($0)." } ?? "not signed off by the chief executive."))
            ])
        ]
        var pager: [ReportLinkItem] = []
        if let p = previous {
            pager.append(ReportLinkItem(label: "Previous pack", text: ctx.name(p, year), link: ReportLink(PageKit.packStem(p))))
        }
        pager.append(ReportLinkItem(label: "Overview", text: "All LAs", link: ReportLink("challenge")))
        if let n = next { pager.append(ReportLinkItem(label: "Next pack", text: ctx.name(n, year), link: ReportLink(PageKit.packStem(n)))) }
        return ReportPage(
            fileStem: PageKit.packStem(la), kind: .challenge, title: "\(name): challenge pack \(year)",
            subtitle: "\(region) · LA code \(la)", region: region, year: year, lead: lead,
            sections: parts(ctx, year: year, la: la, idPrefix: "").sections, pager: pager, provenance: ctx.provenance,
            publicData: true)
    }

    /// The parts of one pack; `idPrefix` keeps element ids unique when several packs share a page.
    static func parts(_ ctx: ReportContext, year: Int, la: String, idPrefix: String) -> Parts {
        let themes = PackTheme.all(ctx, la: la, year: year)
        let questions = PackQuestions.build(themes, submissionFlags: ctx.flags(la, year).filter { $0.theme == nil }, year: year)
        var sources = PackSources()
        let themeSections = themes.map { t in
            PackThemeSection.build(
                t, la: ctx.name(la, year), questions: questions.about(t.theme.id), year: year, idPrefix: idPrefix, sources: &sources)
        }
        let summary = PackSummary.build(ctx, la: la, year: year, themes: themes, questions: questions, idPrefix: idPrefix)
        // The versions as the LA sent them, paired as `diff` and the status board pair them:
        // the current submission of the context carries the agreed ratings of the challenge
        // event, which are no change the LA made in a resubmission.
        let changes: [ReportBlock]
        if let (prev, cur) = SubmissionDiff.defaultPair(in: ctx.versions(la, year)) {
            changes = [.table(VersionChanges.table(ctx, la: la, year: year, from: prev, to: cur))]
        } else {
            changes = [.paragraph([.text("This is the first version sent for \(year).")])]
        }
        return Parts(
            summary: summary, themes: themeSections,
            questions: questionSection(ctx, la: la, year: year, themes: themes, questions: questions, idPrefix: idPrefix),
            peerChallenges: PackImprovementSection.build(ctx, la: la, year: year, idPrefix: idPrefix).map { [$0] } ?? [],
            changes: ReportSection(id: idPrefix + "changes", title: "What changed from the previous version", blocks: changes),
            sources: sourceSection(ctx, la: la, year: year, sources: &sources, idPrefix: idPrefix))
    }

    /// Part 3: every question, grouped by theme in framework order, by weight within it;
    /// then the points to put right.
    static func questionSection(
        _ ctx: ReportContext, la: String, year: Int, themes: [PackTheme], questions: PackQuestions.Result, idPrefix: String
    ) -> ReportSection {
        var blocks: [ReportBlock] = []
        if questions.questions.isEmpty {
            blocks.append(
                .paragraph([
                    .text("No questions: nothing in the submission, its history, the indicators or Ofsted's judgements calls for one.")
                ]))
        } else {
            blocks.append(
                .paragraph([
                    .text(
                        "Grouped by theme; within a theme, questions against Ofsted come first, then against the published indicators, then about changes over time, then about the submission's own consistency."
                    )
                ]))
        }
        var subsections: [ReportSection] = []
        for t in themes {
            let qs = questions.questions.filter { $0.themes.first == t.theme.id }
            guard !qs.isEmpty else { continue }
            subsections.append(
                ReportSection(
                    id: idPrefix + "questions-" + t.theme.id, title: t.theme.title,
                    blocks: [.list(qs.map { [.strong("Q\($0.number) "), .text($0.text)] }, ordered: false)]))
        }
        if !questions.toPutRight.isEmpty {
            subsections.append(
                ReportSection(
                    id: idPrefix + "put-right", title: "To put right before the event",
                    blocks: [.list(questions.toPutRight.map { [.text($0)] }, ordered: false)]))
        }
        return ReportSection(
            id: idPrefix + "questions", title: "Questions for the challenge", blocks: blocks, subsections: subsections)
    }

    /// The source notes: every file a figure of the pack came from, and the Ofsted files.
    static func sourceSection(_ ctx: ReportContext, la: String, year: Int, sources: inout PackSources, idPrefix: String) -> ReportSection {
        for f in ctx.evidence.index.sourceFiles.values.sorted(by: { $0.id < $1.id }) where f.layout == nil {
            if ctx.evidence.index.latestInspection(laCode: la, publishedBefore: "\(year)-11-01") != nil {
                _ = sources.cite(f, release: "Children's social care inspection outcomes, Ofsted")
            }
        }
        var blocks: [ReportBlock] = []
        if sources.lines.isEmpty {
            blocks.append(.paragraph([.text("No published indicator file or Ofsted outcome file has been imported.")]))
        } else {
            blocks.append(.paragraph([.text("The source numbers beside each value refer to these files.")]))
            blocks.append(.list(sources.lines, ordered: true))
        }
        blocks.append(.paragraph([.text(PackSources.licence)]))
        return ReportSection(id: idPrefix + "sources", title: "Sources", blocks: blocks)
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
