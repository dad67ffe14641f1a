/// The index of one region and year: the introduction and a link to every page.
enum IndexPage {
    static func build(_ ctx: ReportContext, region: String, year: Int, kinds: [ReportKind]) -> ReportPage {
        let submitted = ctx.submitted(region, year)
        var t = ReportTable(
            caption: "Reports for \(region), \(year)", columns: [.init("Report"), .init("For"), .init("What it shows")],
            rows: [], emptyText: "No report has been written yet.")
        for k in ReportKind.allCases where kinds.contains(k) && k != .feedback {
            let (title, when, what): (String, String, String) =
                switch k {
                case .status: ("Status board", "November", "Who has submitted, when, signed off or not, errors, warnings and versions.")
                case .challenge:
                    (
                        "Challenge event: regional overview", "January",
                        "Submission and sign-off, questions per LA, the ratings heat map and the freshness of the evidence; one challenge pack per LA, and every pack in one printable file."
                    )
                case .summit:
                    (
                        "Summit", "March",
                        "Regional capacity index, each LA's capacity band, theme support balance, priorities, strengths to draw on and suggested support pairings."
                    )
                case .trends: ("Three-year trends", "Any time", "Directions and strength or development trends, per theme and per LA.")
                case .improvement:
                    (
                        "Improvement programme", "January onwards",
                        "What the challenge event agreed, the peer challenge programme round by round and the action tracker, overdue and stale first."
                    )
                case .england: ("England", "March", "Every region compared: RCI, LAs submitted, priorities and theme balance.")
                case .feedback: ("", "", "")
                }
            t.rows.append([ReportCell([.link(title, ReportLink(k.rawValue))]), .text(when), .text(what)])
        }
        var sections = [ReportSection(id: "reports", title: "Reports", blocks: [.table(t)])]
        if kinds.contains(.challenge) {
            var items: [[ReportInline]] = submitted.map { la in
                [.link(ctx.name(la, year), ReportLink(PageKit.packStem(la))), .text(" (\(la))")]
            }
            if !items.isEmpty { items.append([.link("Every pack in one printable file", ReportLink(ChallengeAllPage.stem))]) }
            sections.append(
                ReportSection(
                    id: "packs", title: "Challenge packs",
                    blocks: [
                        items.isEmpty ? .paragraph([.text("No LA of the region has submitted for \(year).")]) : .list(items, ordered: false)
                    ]))
        }
        if kinds.contains(.feedback) {
            let rows = ctx.attempted(region, year)
            let items: [[ReportInline]] = rows.map { r in
                [.link(ctx.name(r.laCode, year), ReportLink(ReportPaths.feedbackStem(r.laCode))), .text(" (\(r.laCode)): \(r.state)")]
            }
            sections.append(
                ReportSection(
                    id: "feedback", title: "Feedback to each LA",
                    blocks: [
                        .paragraph([
                            .text(
                                "One page per LA that sent something for \(year): accepted or not, every error and warning located in "
                                    + "its own file with the fix. Each page stands alone, to e-mail to the LA unchanged.")
                        ]),
                        items.isEmpty
                            ? .paragraph([.text("No LA of the region has sent anything for \(year).")]) : .list(items, ordered: false),
                    ]))
        }
        var lead: [ReportBlock] = [.paragraph([.text(ctx.settings.introduction(region: region, year: year))])]
        if submitted.isEmpty {
            // A region without a submission that counts has pages only under --all-regions, or
            // when every file sent so far was rejected or withdrawn: say so first.
            let sent = !ctx.attempted(region, year).isEmpty
            lead.append(
                .note([
                    .text(
                        sent
                            ? "No submission of \(region) counts for \(year) yet: every file sent so far was rejected or withdrawn. The status board and the feedback pages say why; the other pages hold no scores."
                            : "No LA of \(region) has submitted for \(year): these pages list the region's LAs as not submitted and hold no scores."
                    )
                ]))
        }
        return ReportPage(
            fileStem: "index", kind: nil, title: "Self-assessment reports \(year)", subtitle: region, region: region,
            year: year, lead: lead, sections: sections, provenance: ctx.provenance)
    }
}
