import CapIndexDomain

/// The England page (SPEC 6 "england", with `--all-regions`): one page comparing the
/// regions of the register — RCI and change, LAs submitted, priorities, and the theme
/// support balance as a region × theme grid. Regions are listed in the register's
/// alphabetical order, not ranked.
enum EnglandPage {
    /// The file stem; the page lives in `england/<year>/`.
    static let fileStem = "england"

    /// The page; `summitLinks` are the regions whose summit page is beside it (by region).
    static func build(_ ctx: ReportContext, year: Int, summitLinks: [String: ReportLink]) -> ReportPage {
        let regions = ctx.register.regions
        let withSubmissions = regions.filter { ctx.regional($0, year) != nil }
        let submitted = regions.map { ctx.submitted($0, year).count }.reduce(0, +)
        let valid = regions.map { ctx.las($0, year).count }.reduce(0, +)
        let lead: [ReportBlock] = [
            .facts([
                ReportFact(label: "Regions with submissions", value: PageKit.of(withSubmissions.count, regions.count), note: nil),
                ReportFact(label: "LAs submitted", value: PageKit.of(submitted, valid), note: "across England"),
            ]),
            .paragraph([
                .text(
                    "Each region's capacity index (RCI) is the mean of its LAs' capacity indices, which are self-assessed: they compare how "
                        + "the regions' LAs rate themselves, not inspected performance. Regions are listed alphabetically, not ranked.")
            ]),
        ]
        return ReportPage(
            fileStem: fileStem, kind: .england, title: "England \(year): the regions compared", subtitle: "All regions",
            region: "England", year: year, lead: lead,
            sections: [
                regionsSection(ctx, year: year, regions: regions, summitLinks: summitLinks),
                gridSection(ctx, year: year, regions: regions),
                prioritiesSection(ctx, year: year, regions: regions),
            ], provenance: ctx.provenance)
    }

    /// The region's priorities in rank order.
    static func priorities(_ ctx: ReportContext, _ region: String, _ year: Int) -> [ThemeBalance] {
        ctx.balances(region, year).filter { $0.priorityRank != nil }.sorted { $0.priorityRank! < $1.priorityRank! }
    }

    static func regionsSection(_ ctx: ReportContext, year: Int, regions: [String], summitLinks: [String: ReportLink]) -> ReportSection {
        var t = ReportTable(
            caption: "Regional capacity index, LAs submitted and priorities by region, \(year)",
            columns: [
                .init("Region"), .init("LAs submitted", numeric: true), .init("RCI", numeric: true),
                .init("Change on \(year - 1)", numeric: true), .init("Priorities"),
            ], rows: [], emptyText: "The register has no region.")
        for region in regions {
            let name: ReportCell = summitLinks[region].map { ReportCell([.link(region, $0)]) } ?? .text(region)
            let count = PageKit.of(ctx.submitted(region, year).count, ctx.las(region, year).count)
            guard let r = ctx.regional(region, year) else {
                t.rows.append([name, .text(count), .text("–"), .text("–"), .text("no submissions for \(year)")])
                continue
            }
            let ps = priorities(ctx, region, year)
            t.rows.append([
                name, .text(count), .text(ReportDisplay.one(r.rci)),
                .text(ReportDisplay.signed(r.rciChange, none: "no \(year - 1) figure")),
                .text(ps.isEmpty ? "none qualifies" : ps.map { "\($0.priorityRank!) \(ctx.shortTitle($0.theme))" }.joined(separator: "; ")),
            ])
        }
        return ReportSection(id: "regions", title: "Regions", blocks: [.table(t)])
    }

    /// Region × theme: the balance of each theme in each region, its priorities marked.
    static func gridSection(_ ctx: ReportContext, year: Int, regions: [String]) -> ReportSection {
        let themes = ctx.framework.themes
        var t = ReportTable(
            caption:
                "Theme support balance by region and theme, \(year) (−100 to +100; below zero the region needs more support than it offers; "
                + "P1–P\(ctx.framework.priorities) marks the region's priorities)",
            columns: [.init("Region")] + themes.map { .init(ctx.shortTitle($0.id), numeric: true, fullTitle: $0.title) },
            rows: [], emptyText: "The register has no region.", style: "compact grid scroll")
        for region in regions {
            let byTheme = Dictionary(ctx.balances(region, year).map { ($0.theme, $0) }, uniquingKeysWith: { a, _ in a })
            t.rows.append(
                [.text(region)]
                    + themes.map { th in
                        guard let b = byTheme[th.id], b.rated > 0 else { return .text("–") }
                        let tone: ReportTone = b.balance < .zero ? .bad : (b.balance == .zero ? .neutral : .good)
                        var cell: [ReportInline] = [.tag(ReportDisplay.signed(b.balance), tone)]
                        if let rank = b.priorityRank { cell += [.lineBreak, .strong("P\(rank)")] }
                        return ReportCell(cell)
                    })
        }
        let negative = regions.map { r in (r, ctx.balances(r, year).filter { $0.balance < .zero && $0.rated > 0 }.count) }
        let summary = negative.filter { $0.1 > 0 }.map { "\($0.0) (\(PageKit.plural($0.1, "theme")))" }
        return ReportSection(
            id: "balance-grid", title: "Theme support balance by region",
            blocks: [
                .paragraph([
                    .text(
                        "Balance = 100 × (supply − demand) ÷ LAs that rated the theme. Themes below zero: "
                            + (summary.isEmpty ? "none in any region." : summary.joined(separator: ", ") + "."))
                ]),
                .table(t),
            ])
    }

    /// How many regions have each theme as a priority, and which.
    static func prioritiesSection(_ ctx: ReportContext, year: Int, regions: [String]) -> ReportSection {
        var t = ReportTable(
            caption: "Regional priorities by theme, \(year)",
            columns: [
                .init("Theme"), .init("Regions", numeric: true, fullTitle: "Regions where it is a priority"), .init("Which regions"),
            ],
            rows: [], style: "compact")
        for th in ctx.framework.themes {
            let found = regions.compactMap { r in ctx.balances(r, year).first { $0.theme == th.id && $0.priorityRank != nil }.map { _ in r }
            }
            t.rows.append([.text(ctx.title(th.id)), .text("\(found.count)"), .text(found.isEmpty ? "–" : found.joined(separator: "; "))])
        }
        return ReportSection(
            id: "priorities", title: "Priorities across England",
            blocks: [
                .paragraph([
                    .text(
                        "A region's priorities are its qualifying themes (balance below zero, or a third or more of its LAs naming the theme an "
                            + "area for development or with a linked indicator in band D), at most \(ctx.framework.priorities) per region.")
                ]),
                .table(t),
            ])
    }
}
