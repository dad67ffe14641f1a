import CapIndexDomain

/// The support sections of the summit (SPEC 6, SPEC 8): strengths to draw on with each
/// provider's evidence, the suggested pairings with names and codes, and the asks the
/// region cannot meet, as support to seek beyond the region.
enum SummitSupport {
    /// Providers (offer 2–3 on a theme rated Good or better) with their evidence and
    /// whether the evidence screened them out; then who shares practice and key strengths.
    static func strengthsSection(
        _ ctx: ReportContext, region: String, year: Int, matching: RegionMatching, sources: inout PackSources
    ) -> ReportSection {
        let las = ctx.submittedInRegisterOrder(region, year)
        var screened: [String: [ScreeningReason]] = [:]
        for s in matching.screened { screened["\(s.provider)|\(s.theme)"] = s.reasons }
        var providers = ReportTable(
            caption: "Providers, \(year): LAs offering practitioner time or more on a theme they rate Good or better, with their evidence",
            columns: [
                .init("Theme"), .init("LA"), .init("Offer"), .init("Rating"), .init("Evidence"), .init("Suggested as a provider"),
            ], rows: [], emptyText: "No LA offers practitioner time or more on a theme it rates Good or better.", style: "compact scroll")
        var sharing = ReportTable(
            caption: "Sharing practice and key strengths, \(year)",
            columns: [.init("Theme"), .init("1 Share practice and documents"), .init("Named a key strength")], rows: [],
            style: "compact scroll")
        let evidence = Dictionary(uniqueKeysWithValues: las.map { ($0, ctx.data.evidence.themeEvidence(laCode: $0, year: year)) })
        for th in ctx.framework.themes {
            for la in las {
                guard let e = ctx.submission(la, year)?.theme(th.id), e.rating.rawValue <= 2, e.offer >= 2 else { continue }
                let reasons = screened["\(la)|\(th.id)"] ?? []
                let verdict: [ReportInline] =
                    reasons.isEmpty
                    ? [.tag("suggested", .good)]
                    : [.tag("not suggested", .bad)] + reasons.flatMap { [.lineBreak, .text(ctx.screeningShort($0))] }
                providers.rows.append([
                    .text(ctx.shortTitle(th.id)), .text(ctx.nameCode(la, year)), .text(ReportDisplay.offer(e.offer)),
                    PageKit.ratingCell(ctx, la: la, year: year, theme: th.id, rating: e.rating),
                    ReportCell(themeEvidence(ctx, evidence[la]?.first { $0.theme == th.id }, sources: &sources)),
                    ReportCell(verdict),
                ])
            }
            func names(_ keep: (ThemeEntry) -> Bool) -> String {
                let found = las.filter { la in ctx.submission(la, year)?.theme(th.id).map(keep) ?? false }.map { ctx.name($0, year) }
                // Semicolons: LA names hold commas (`Kingston upon Hull, City of`).
                return found.isEmpty ? "–" : found.joined(separator: "; ")
            }
            sharing.rows.append([
                .text(ctx.title(th.id)), .text(names { $0.offer == 1 && $0.rating.rawValue <= 2 }), .text(names { $0.strength }),
            ])
        }
        return ReportSection(
            id: "strengths", title: "Strengths to draw on",
            blocks: [
                .paragraph([
                    .text(
                        "Who can give support, with the evidence beside each offer: Ofsted's latest judgement of the theme's linked area and the "
                            + "linked published indicators. An LA is not suggested as a provider when its rating is better than that judgement, "
                            + "a linked indicator is in band D (the worst quartile of England's LAs), or its latest overall effectiveness is Inadequate. "
                            + "Offers on themes an LA rates below Good are not counted, as in the scoring.")
                ]),
                .table(providers),
                .table(sharing),
            ])
    }

    /// A provider's evidence on a theme, a line each: the Ofsted judgement of the linked
    /// area and each banded linked indicator's band, value and period label.
    static func themeEvidence(_ ctx: ReportContext, _ evidence: ThemeEvidence?, sources: inout PackSources) -> [ReportInline] {
        guard let t = evidence else { return [.text("–")] }
        var parts: [String] = []
        if let area = t.ofstedArea {
            if let g = t.ofstedGrade, let i = t.ofstedInspection {
                let note = ctx.citeOfsted(&sources).map { ", \($0)" } ?? ""
                parts.append("Ofsted \(area.title): \(g.ofstedTitle) (published \(ReportDisplay.date(i.publicationDate))\(note))")
            } else {
                parts.append("Ofsted \(area.title): no judgement imported")
            }
        }
        // Unbanded indicators (polarity none) say nothing about how well an LA does.
        for e in t.indicators where e.period != nil && e.polarity != .none {
            parts.append("\(e.band.map { "Band \($0.rawValue)" } ?? "No band"): \(ctx.indicatorPhrase(e, sources: &sources))")
        }
        guard !parts.isEmpty else { return [.text("no linked evidence")] }
        return parts.enumerated().flatMap { i, p in i == 0 ? [ReportInline.text(p)] : [.lineBreak, .text(p)] }
    }

    static func pairingSection(_ ctx: ReportContext, year: Int, matching: RegionMatching) -> ReportSection {
        let r = matching.result
        func n(_ la: String) -> String { ctx.name(la, year) }
        func nc(_ la: String) -> String { ctx.nameCode(la, year) }
        var pairs = ReportTable(
            caption: "Suggested support pairings, \(year) (score = ask weight + provider's offer + provider's quality, 0–3)",
            columns: [
                .init("No.", numeric: true), .init("Receives support"), .init("Theme"), .init("Gives support"),
                .init("Score", numeric: true), .init("New pairing"),
            ], rows: [], emptyText: "No pairing: no ask has an eligible provider.", style: "scroll")
        let sorted = r.pairs.sorted { (n($0.receiver), $0.theme, n($0.provider)) < (n($1.receiver), $1.theme, n($1.provider)) }
        var numbers: [String: [Int]] = [:]
        for (i, p) in sorted.enumerated() {
            pairs.rows.append([
                .text("\(i + 1)"), .text(nc(p.receiver)), .text(ctx.title(p.theme)), .text(nc(p.provider)),
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
                receiver: n(parts[0]), provider: n(parts[1]), label: numbers[key]!.map(String.init).joined(separator: ", "))
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
        var loads = ReportTable(
            caption: "Engagements per provider, \(year) (each takes at most \(matching.capacity))",
            columns: [.init("Provider"), .init("Engagements", numeric: true)], rows: [],
            emptyText: "No LA is an eligible provider on any theme.", style: "narrow")
        for l in r.loads.sorted(by: { n($0.provider) < n($1.provider) }) {
            loads.rows.append([.text(nc(l.provider)), .text("\(l.load) of \(matching.capacity)")])
        }
        var blocks: [ReportBlock] = [
            .paragraph([
                .text(
                    "An ask is a theme an LA names an area for development or where it needs targeted or intensive support; "
                        + "a provider is another LA of the region rated Good or better on the theme that offers practitioner time or more "
                        + "and is not screened out by the evidence (see Strengths to draw on). "
                        + "capindex matches as many asks as it can, then the best fit, then pairs not suggested last year, and solves this exactly. "
                        + "Matched: \(r.pairs.count) of \(PageKit.plural(r.pairs.count + r.unmatched.count, "ask")).")
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
            subsections: [ReportSection(id: "loads", title: "Provider load", blocks: [.table(loads)])])
    }

    /// Unmatched asks: where the region must look beyond itself.
    static func beyondSection(_ ctx: ReportContext, year: Int, matching: RegionMatching) -> ReportSection {
        func n(_ la: String) -> String { ctx.name(la, year) }
        var t = ReportTable(
            caption: "Asks without a provider in the region, \(year)",
            columns: [.init("LA"), .init("Theme"), .init("Why no provider in the region")], rows: [],
            emptyText: "Every ask has a provider in the region.", style: "scroll")
        for u in matching.result.unmatched.sorted(by: { (n($0.ask.receiver), $0.ask.theme) < (n($1.ask.receiver), $1.ask.theme) }) {
            var why: [ReportInline] = [.text(u.reason.words.reportCapitalisedFirst)]
            if u.reason == .providersScreened {
                for x in u.excluded.sorted(by: { (n($0.provider), $0.provider) < (n($1.provider), $1.provider) }) {
                    why += [
                        .lineBreak,
                        .text("\(ctx.nameCode(x.provider, year)): \(x.reasons.map(ctx.screeningShort).joined(separator: "; "))"),
                    ]
                }
            }
            t.rows.append([.text(ctx.nameCode(u.ask.receiver, year)), .text(ctx.title(u.ask.theme)), ReportCell(why)])
        }
        return ReportSection(
            id: "beyond", title: "Support to seek beyond the region",
            blocks: [
                .paragraph([
                    .text(
                        "These asks have no provider in the region: no other LA offers the support on a theme it rates Good or better, "
                            + "every eligible provider is at capacity, or the evidence screens out the only LAs that offer it "
                            + "(named here; the evidence is under Strengths to draw on). "
                            + "The region can seek this support from the regional improvement alliance, the LGA or the DfE.")
                ]),
                .table(t),
            ])
    }
}
