import CapIndexDomain

/// Every challenge pack of a region in one printable file (SPEC 6, `challenge-all`): a
/// contents list, then each pack starting on a new page, with the same parts as the
/// pack's own page and element ids prefixed by the LA so they stay unique.
enum ChallengeAllPage {
    /// File stem of the page.
    static let stem = "challenge-all"

    static func build(_ ctx: ReportContext, region: String, year: Int) -> ReportPage {
        let las = ctx.submitted(region, year)
        let contents: [[ReportInline]] = las.map { la in
            [.link(ctx.name(la, year), ReportLink.inPage("la-\(la)")), .text(" (LA code \(la))")]
        }
        let lead: [ReportBlock] = [
            .paragraph([
                .text(
                    "Every challenge pack of \(region) for \(year), for printing or sending as one file: each pack starts on a new page. "
                        + "The packs are also written one per file (challenge-CODE).")
            ])
        ]
        var sections = [
            ReportSection(
                id: "contents", title: "Contents",
                blocks: [
                    las.isEmpty
                        ? .paragraph([.text("No LA of the region has submitted for \(year).")])
                        : .list(contents, ordered: true)
                ])
        ]
        for la in las {
            let sub = ctx.submission(la, year)!
            let parts = ChallengePackPage.parts(ctx, year: year, la: la, idPrefix: "la-\(la)-")
            sections.append(
                ReportSection(
                    id: "la-\(la)", title: "\(ctx.name(la, year)): challenge pack \(year)",
                    blocks: [
                        .paragraph([
                            .text(
                                "LA code \(la). Version \(sub.version), from \(PageKit.fileName(sub.sourceFile)); "
                                    + (sub.cxSignoff.map { "signed off by \($0)." } ?? "not signed off by the chief executive."))
                        ])
                    ], subsections: parts.sections, pageBreakBefore: true))
        }
        return ReportPage(
            fileStem: stem, kind: .challenge, title: "Challenge packs \(year): every LA", subtitle: region, region: region, year: year,
            lead: lead, sections: sections, provenance: ctx.provenance, publicData: true)
    }
}
