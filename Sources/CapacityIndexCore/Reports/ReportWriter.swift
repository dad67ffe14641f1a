import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// Writes the reports of SPEC 6 for one year and some regions:
/// `DIR/<region-slug>/<year>/index`, `status`, `challenge`, `challenge-<la_code>`,
/// `summit` and `trends`, each as `.md` and/or `.html`, every file written atomically
/// and left alone when its content is unchanged.
public enum ReportWriter {
    /// Scores first when the scores are older than their inputs, then builds each page
    /// once and renders it in every format asked for. Returns every file, with whether
    /// it changed.
    public static func write(store: Store, request: ReportRequest, to dir: String) throws -> [WrittenPage] {
        guard ReportDisplay.isDate(request.reportDate) else {
            throw ReportError(
                .reportDateInvalid, "report date '\(request.reportDate)' is not a date — write it as YYYY-MM-DD, e.g. 2027-01-20")
        }
        try request.settings.validate()
        let logo = try request.settings.logoPath.map { try ReportLogo.load(path: $0) }
        let (run, _) = try ScoreStage.ensureFresh(store: store, now: request.scoredAt ?? Workspace.now())
        let ctx = try ReportContext(store: store, run: run, settings: request.settings)
        var written: [WrittenPage] = []
        for region in request.regions {
            let folder = (dir as NSString).appendingPathComponent(ReportPaths.folder(region: region, year: request.year))
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let kinds = ReportPaths.kindsPresent(in: folder, requested: request.kinds, formats: request.formats)
            let pages = try buildPages(ctx, region: region, year: request.year, requested: request.kinds, linked: kinds)
            let nav =
                [ReportNavItem(title: "Index", link: ReportLink("index"))]
                + kinds.map { ReportNavItem(title: ReportPaths.navTitle($0), link: ReportLink($0.rawValue)) }
            let branding = ReportBranding(settings: request.settings, region: region, year: request.year, logo: logo)
            for page in pages {
                for format in ReportFormat.allCases where request.formats.contains(format) {
                    let text: String =
                        switch format {
                        case .md: MarkdownRenderer(branding: branding, reportDate: request.reportDate, nav: nav).render(page)
                        case .html: HTMLRenderer(branding: branding, reportDate: request.reportDate, nav: nav).render(page)
                        }
                    let path = (folder as NSString).appendingPathComponent("\(page.fileStem).\(format.rawValue)")
                    written.append(WrittenPage(path: path, changed: try AtomicFile.write(text, to: path)))
                }
            }
        }
        return written
    }

    /// The pages of one region and year, built once for both formats.
    static func buildPages(_ ctx: ReportContext, region: String, year: Int, requested: [ReportKind], linked: [ReportKind]) throws
        -> [ReportPage]
    {
        let packs = linked.contains(.challenge)
        var pages: [ReportPage] = []
        for kind in ReportKind.allCases where requested.contains(kind) {
            switch kind {
            case .status:
                pages.append(try StatusPage.build(ctx, region: region, year: year, packs: packs))
            case .challenge:
                pages.append(ChallengeOverviewPage.build(ctx, region: region, year: year))
                let las = ctx.submitted(region, year)
                for (i, la) in las.enumerated() {
                    pages.append(
                        try ChallengePackPage.build(
                            ctx, region: region, year: year, la: la,
                            previous: i > 0 ? las[i - 1] : nil,
                            next: i + 1 < las.count ? las[i + 1] : nil))
                }
            case .summit:
                pages.append(SummitPage.build(ctx, region: region, year: year, packs: packs))
            case .trends:
                pages.append(TrendsPage.build(ctx, region: region, year: year, packs: packs))
            }
        }
        pages.append(IndexPage.build(ctx, region: region, year: year, kinds: linked))
        return pages
    }
}

/// Where pages go.
enum ReportPaths {
    /// `<region-slug>/<year>`.
    static func folder(region: String, year: Int) -> String { "\(ReportDisplay.slug(region))/\(year)" }

    /// The kinds asked for now plus those an earlier run left in the folder, so the
    /// index and the navigation link every report that is there.
    static func kindsPresent(in folder: String, requested: [ReportKind], formats: [ReportFormat]) -> [ReportKind] {
        ReportKind.allCases.filter { k in
            requested.contains(k)
                || formats.contains { f in
                    FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("\(k.rawValue).\(f.rawValue)"))
                }
        }
    }

    /// Navigation label of a report.
    static func navTitle(_ k: ReportKind) -> String {
        switch k {
        case .status: "Status board"
        case .challenge: "Challenge event"
        case .summit: "Summit"
        case .trends: "Trends"
        }
    }
}
