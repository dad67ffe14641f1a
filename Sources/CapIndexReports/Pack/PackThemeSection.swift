import CapIndexDomain
import Foundation

/// One theme's section of a challenge pack (SPEC 6, part 2): the rating with its
/// three-year history and direction, strength or area for development, offer and need,
/// the latest Ofsted judgement of the linked area, the linked indicators with their
/// evidence, the narrative, and the theme's questions — the theme's story in one place.
enum PackThemeSection {
    static func build(
        _ t: PackTheme, la name: String, questions: [PackQuestion], year: Int, idPrefix: String, sources: inout PackSources
    ) -> ReportSection {
        var blocks: [ReportBlock] = [.list(facts(t, year: year), ordered: false)]
        blocks += indicatorBlocks(t, la: name, year: year, sources: &sources)
        if let e = t.entry, !BlankText.isBlank(e.narrative) {
            blocks.append(.quote(title: "Narrative", text: e.narrative))
        }
        let qs: ReportBlock =
            questions.isEmpty
            ? .paragraph([.text("None on this theme.")])
            : .list(questions.map { [.strong("Q\($0.number) "), .text($0.text)] }, ordered: false)
        let title = t.theme.title + (t.entry.map { " — " + ReportDisplay.rating($0.rating) } ?? " — not rated")
        let id = idPrefix + "theme-" + t.theme.id
        return ReportSection(
            id: id, title: title, blocks: blocks,
            subsections: [ReportSection(id: id + "-questions", title: "Questions on \(t.name)", blocks: [qs])])
    }

    /// Rating and history, strength and development, offer and need, Ofsted.
    static func facts(_ t: PackTheme, year: Int) -> [[ReportInline]] {
        guard let e = t.entry else { return [[.text("Not rated in the \(year) submission.")]] }
        var out: [[ReportInline]] = []
        let earlier = t.history.filter { $0.year < year }.map { y, entry in
            "\(y): " + (entry.map { ReportDisplay.rating($0.rating) } ?? (t.submittedYears.contains(y) ? "not rated" : "not submitted"))
        }
        let direction = t.trend.map { ReportDisplay.direction($0.direction) } ?? "–"
        out.append(
            [.strong("Rating: "), .grade(e.rating, words: true)] + (t.agreed.map { [.text(" — " + $0)] } ?? [])
                + [.text(" (\(earlier.joined(separator: "; "))); \(direction)")])
        var named: [String] = []
        if e.strength { named.append("a key strength") }
        if e.development { named.append("an area for development") }
        let status = t.trend.map(\.status).flatMap { $0 == .none ? nil : ReportDisplay.status($0) }
        out.append([
            .strong("Named: "),
            .text(
                (named.isEmpty ? "neither a key strength nor an area for development" : PageKit.prose(named))
                    + (status.map { " (\($0))" } ?? "") + "; confidence in the evidence \(e.confidence.rawValue)"),
        ])
        let discounted = e.offer > 0 && e.rating.rawValue >= 3 ? " (not counted: rated below Good)" : ""
        out.append([
            .strong("Offer and need: "), .text("offers \(ReportDisplay.offer(e.offer))\(discounted); needs \(ReportDisplay.need(e.need))"),
        ])
        out.append([.strong("Ofsted: "), .text(ofsted(t.evidence))])
        return out
    }

    /// The latest judgement of the linked area in words.
    static func ofsted(_ ev: ThemeEvidence) -> String {
        guard let area = ev.ofstedArea else { return "no Ofsted judgement is linked to this theme" }
        guard let g = ev.ofstedGrade, let i = ev.ofstedInspection else {
            return "no inspection that judged \(area.title) was published before 1 November"
        }
        return
            "\(area.title) judged \(g.ofstedTitle) (grade \(g.rawValue)) at the inspection of \(ReportDisplay.date(i.inspectionDate)), published \(ReportDisplay.date(i.publicationDate))"
    }

    /// The linked indicators: one row each with value, band and ranks, travel and comparators.
    static func indicatorBlocks(_ t: PackTheme, la name: String, year: Int, sources: inout PackSources) -> [ReportBlock] {
        guard !t.theme.indicators.isEmpty else { return [.paragraph([.text("No published indicator is linked to this theme.")])] }
        var table = ReportTable(
            caption:
                "\(t.name): linked indicators of \(name) for the \(year) submission (band A is the best quarter of England's LAs, D the worst; rank 1 is best)",
            columns: [
                .init("Indicator"), .init("Value"), .init("Band and rank"), .init("Direction of travel"),
                .init("Comparators"),
            ], rows: [], style: "compact evidence")
        var noData: [String] = []
        for e in t.evidence.indicators {
            guard e.period != nil else {
                noData.append(e.title)
                continue
            }
            table.rows.append(row(e, sources: &sources))
        }
        var blocks: [ReportBlock] = table.rows.isEmpty ? [] : [.table(table)]
        if !noData.isEmpty {
            blocks.append(.paragraph([.text("No published data imported for: \(noData.joined(separator: "; ")).")]))
        }
        return blocks
    }

    static func row(_ e: IndicatorEvidence, sources: inout PackSources) -> [ReportCell] {
        let polarity = e.polarity == .none ? "shown, never banded" : "\(e.polarity.rawValue) is better"
        var about: [ReportInline] = [.strong(e.title)]
        if let d = e.description { about += [.lineBreak, .aside(d)] }
        about += [.lineBreak, .aside("Period: \(e.periodMeaning ?? "as published") · \(polarity)")]
        let marker = PackSources.marker([
            sources.cite(e.source, release: e.publication), sources.cite(e.comparatorSource, release: e.publication),
        ])
        var value: [ReportInline] = [.text(IndicatorText.value(e))]
        if e.combined { value += [.lineBreak, .aside("combined return")] }
        value += [.lineBreak, .aside((e.periodName ?? "") + (marker.map { " (\($0))" } ?? ""))]
        var band: [ReportInline]
        if let b = e.band {
            band = [.tag(b.rawValue, b == .a ? .good : b == .d ? .bad : .neutral)]
            if let r = IndicatorText.ranks(e) { band += [.lineBreak, .aside(r)] }
        } else {
            band = [.text(e.polarity == .none ? "not banded" : "no band")]
        }
        if let s = e.suppression, s.caveat, e.polarity != .none { band += [.lineBreak, .aside(IndicatorText.caveat(s))] }
        var travel: [ReportInline] = []
        if let tr = e.travel, !tr.points.isEmpty {
            let label = IndicatorText.travelLabel(tr, unit: e.unit)
            travel = [
                .sparkline(
                    ReportSparkline(
                        values: tr.points.map(\.value), label: label, minSpan: e.unit == "rate" ? 10 : 2,
                        caption: IndicatorText.travel(tr, unit: e.unit)))
            ]
        } else {
            travel = [.text("–")]
        }
        let published = IndicatorText.published(e), means = IndicatorText.means(e)
        var comparators: [ReportInline] = []
        for (i, line) in (published + means).enumerated() {
            if i > 0 { comparators.append(.lineBreak) }
            comparators.append(i < published.count ? .text(line) : .aside(line))
        }
        if comparators.isEmpty { comparators = [.text("–")] }
        return [ReportCell(about), ReportCell(value), ReportCell(band), ReportCell(travel), ReportCell(comparators)]
    }
}
