/// One page rendered in one format, ready to be written.
public struct RenderedPage: Sendable, Equatable {
    /// File name inside the region and year folder, e.g. `challenge-370.html`.
    public var fileName: String
    /// The page's text.
    public var text: String
}

/// Builds the pages of SPEC 6 for one region and year from a ``ReportData`` snapshot and
/// renders each once per format: `index`, `status`, `feedback-<la_code>`, `challenge`,
/// `challenge-<la_code>`, `challenge-all`, `summit` and `trends`. The renderers are handed the report date; nothing here reads
/// the clock, the file system or the database.
public struct ReportBook {
    let ctx: ReportContext

    /// A book over one snapshot, in a region's look.
    public init(data: ReportData, settings: ReportSettings) {
        ctx = ReportContext(data: data, settings: settings)
    }

    /// The pages of one region and year: the kinds `requested` are built, the index and
    /// the navigation link every kind in `linked` (those requested plus those already in
    /// the folder). Every page is rendered in each of `formats`, in ``ReportFormat`` order.
    public func render(
        region: String, year: Int, requested: [ReportKind], linked: [ReportKind], formats: [ReportFormat],
        reportDate: String, logo: ReportLogo?
    ) throws -> [RenderedPage] {
        let pages = try Self.buildPages(ctx, region: region, year: year, requested: requested, linked: linked, reportDate: reportDate)
        // Feedback pages are one per LA, not a page of their own to link to; and each one is
        // e-mailed to its LA, where links to the region's other pages would lead nowhere.
        let nav =
            [ReportNavItem(title: "Index", link: ReportLink("index"))]
            + linked.filter { $0 != .feedback }.map { ReportNavItem(title: ReportPaths.navTitle($0), link: ReportLink($0.rawValue)) }
        let branding = ReportBranding(settings: ctx.settings, region: region, year: year, logo: logo)
        var out: [RenderedPage] = []
        for page in pages {
            for format in ReportFormat.allCases where formats.contains(format) {
                let links = page.kind == .feedback ? [] : nav
                let text: String =
                    switch format {
                    case .md: MarkdownRenderer(branding: branding, reportDate: reportDate, nav: links).render(page)
                    case .html: HTMLRenderer(branding: branding, reportDate: reportDate, nav: links).render(page)
                    }
                out.append(RenderedPage(fileName: "\(page.fileStem).\(format.rawValue)", text: text))
            }
        }
        return out
    }

    /// The England page of a year, in each of `formats`: every region of the register
    /// compared. `summitRegions` are the regions whose summit page sits in the folder
    /// beside it (`../../<region>/<year>/summit`), linked from their names.
    public func renderEngland(
        year: Int, formats: [ReportFormat], reportDate: String, logo: ReportLogo?, summitRegions: Set<String>
    ) -> [RenderedPage] {
        var links: [String: ReportLink] = [:]
        for r in summitRegions { links[r] = ReportLink("../../" + ReportPaths.folder(region: r, year: year) + "/summit") }
        let page = EnglandPage.build(ctx, year: year, summitLinks: links)
        let nav = [ReportNavItem(title: ReportPaths.navTitle(.england), link: ReportLink(EnglandPage.fileStem))]
        let branding = ReportBranding(settings: ctx.settings, region: "England", year: year, logo: logo)
        return ReportFormat.allCases.filter(formats.contains).map { format in
            let text: String =
                switch format {
                case .md: MarkdownRenderer(branding: branding, reportDate: reportDate, nav: nav).render(page)
                case .html: HTMLRenderer(branding: branding, reportDate: reportDate, nav: nav).render(page)
                }
            return RenderedPage(fileName: "\(EnglandPage.fileStem).\(format.rawValue)", text: text)
        }
    }

    /// The pages of one region and year, built once for both formats.
    static func buildPages(
        _ ctx: ReportContext, region: String, year: Int, requested: [ReportKind], linked: [ReportKind], reportDate: String
    ) throws -> [ReportPage] {
        let packs = linked.contains(.challenge)
        let feedback = linked.contains(.feedback)
        var pages: [ReportPage] = []
        for kind in ReportKind.allCases where requested.contains(kind) {
            switch kind {
            case .status:
                pages.append(try StatusPage.build(ctx, region: region, year: year, packs: packs, feedback: feedback))
            case .feedback:
                break
            case .challenge:
                pages.append(ChallengeOverviewPage.build(ctx, region: region, year: year, reportDate: reportDate))
                let las = ctx.submitted(region, year)
                for (i, la) in las.enumerated() {
                    pages.append(
                        try ChallengePackPage.build(
                            ctx, region: region, year: year, la: la,
                            previous: i > 0 ? las[i - 1] : nil,
                            next: i + 1 < las.count ? las[i + 1] : nil))
                }
                pages.append(ChallengeAllPage.build(ctx, region: region, year: year))
            case .summit:
                pages.append(SummitPage.build(ctx, region: region, year: year, packs: packs))
            case .trends:
                pages.append(TrendsPage.build(ctx, region: region, year: year, packs: packs))
            case .improvement:
                pages.append(ImprovementPage.build(ctx, region: region, year: year, packs: packs))
            case .england:
                break  // one page for all regions: renderEngland
            }
        }
        // SPEC 6: the status report comes with one feedback page per LA that sent something.
        if requested.contains(.feedback) || requested.contains(.status) {
            for row in ctx.attempted(region, year) {
                pages.append(FeedbackPage.build(ctx, region: region, year: year, row: row, reportDate: reportDate))
            }
        }
        pages.append(IndexPage.build(ctx, region: region, year: year, kinds: linked))
        return pages
    }
}
