import CapIndexDomain

/// The challenge pack's indicator evidence and Ofsted judgement, as blocks.
enum PackEvidenceBlocks {
    /// Linked indicators: value, band, ranks and the labelled comparators.
    static func indicators(_ ctx: ReportContext, _ ev: PackEvidence, name: String, year: Int) -> [ReportBlock] {
        guard ev.indicatorsImported else {
            return [
                .note([
                    .text(
                        "No indicator evidence imported: values, bands, ranks and comparators appear here once the published files are imported (capindex evidence import)."
                    )
                ])
            ]
        }
        var t = ReportTable(
            caption:
                "\(name): linked indicators for the \(year) submission (band A is the best quartile of England's LAs, D the worst; rank 1 is best)",
            columns: [
                .init("Indicator"), .init("Value", numeric: true), .init("Band"),
                .init("England rank", numeric: true, nowrap: true, fullTitle: "Rank among England's LAs"),
                .init("Region rank", numeric: true, nowrap: true, fullTitle: "Rank among the region's LAs"),
                .init("Region mean", numeric: true, fullTitle: "Mean of the region's LA values"),
                .init("England mean", numeric: true, fullTitle: "Mean of England's LA values"),
                .init("Region published", numeric: true, fullTitle: "Regional figure as published"),
                .init("England published", numeric: true, fullTitle: "National figure as published"),
                .init("Neighbours", numeric: true, fullTitle: "Mean of the statistical neighbours with a value (how many)"),
            ],
            rows: [], emptyText: "No linked indicator has data.", style: "compact evidence")
        var noData: [String] = []
        for line in ev.indicators {
            let e = line.evidence
            guard let period = e.period else {
                noData.append(e.title)
                continue
            }
            let polarity = e.polarity == .none ? "not banded" : "\(e.polarity.rawValue) is better"
            let about = "\(e.periodLabel ?? String(period)) · \(polarity) · \(line.themes.map(ctx.shortTitle).joined(separator: ", "))"
            let unit = e.unit == "%" ? "%" : ""
            func figure(_ v: Double?) -> ReportCell { .text(v.map { ReportDisplay.one($0) + unit } ?? "–") }
            t.rows.append([
                ReportCell([.text(e.title), .lineBreak, .aside(about)]),
                ReportCell(value(e)),
                e.band.map { b in ReportCell([.tag(b.rawValue, b == .a ? .good : b == .d ? .bad : .neutral)]) }
                    ?? .text(e.polarity == .none ? "–" : "no band"),
                .text(e.nationalRank.map { "\($0) of \(e.nationalCount)" } ?? "–"),
                .text(e.regionalRank.map { "\($0) of \(e.regionalCount)" } ?? "–"),
                figure(e.regionMean), figure(e.englandMean), figure(e.publishedRegional), figure(e.publishedNational),
                .text(e.neighbourMean.map { "\(ReportDisplay.one($0))\(unit) (\(e.neighbourCount))" } ?? "–"),
            ])
        }
        var blocks: [ReportBlock] = [.table(t)]
        if !noData.isEmpty {
            blocks.append(.paragraph([.text("No published data imported for: \(noData.joined(separator: "; ")).")]))
        }
        return blocks
    }

    /// The latest inspection's judgements.
    static func ofsted(_ ev: PackEvidence, name: String, year: Int) -> [ReportBlock] {
        guard ev.ofstedImported else {
            return [.note([.text("No Ofsted judgements imported (capindex evidence ofsted).")])]
        }
        guard let i = ev.inspection else {
            return [.paragraph([.text("No ILACS inspection of \(name) published before 1 November \(year) has been imported.")])]
        }
        var t = ReportTable(
            caption:
                "\(name): ILACS inspection of \(ReportDisplay.date(i.inspectionDate)), published \(ReportDisplay.date(i.publicationDate))",
            columns: [.init("Judgement"), .init("Grade")], rows: [], style: "narrow")
        for area in [OfstedArea.overall, .leaders, .helpProtection, .childrenInCare, .careLeavers] {
            let grade: ReportCell =
                i.grade(area).map { ReportCell([.grade($0, words: false), .text(" " + $0.ofstedTitle)]) }
                ?? .text(area == .careLeavers ? "not judged separately" : "not judged")
            t.rows.append([.text(area.title.reportCapitalisedFirst), grade])
        }
        return [
            .table(t),
            .paragraph([.text("Challenge flag W111 compares each theme's rating with the latest inspection that judged its linked area.")]),
        ]
    }

    /// The value with its unit, or the published missing code and what it means.
    static func value(_ e: IndicatorEvidence) -> [ReportInline] {
        if let v = e.value {
            let s = ReportDisplay.one(v) + (e.unit == "%" ? "%" : "")
            return e.combined ? [.text(s), .lineBreak, .aside("combined return")] : [.text(s)]
        }
        if let code = e.missingCode {
            return [.text("missing"), .lineBreak, .aside("code \(code.isEmpty ? "blank" : code): \(e.missingMeaning ?? "missing")")]
        }
        return [.text("no value")]
    }
}
