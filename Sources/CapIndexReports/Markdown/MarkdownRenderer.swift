import CapIndexDomain
import CapIndexFormats
import Foundation

/// Renders a page as GitHub-flavoured Markdown. Charts appear as their summary; their
/// data tables follow them as in the HTML.
struct MarkdownRenderer {
    /// The region's look (only the title is used in Markdown).
    let branding: ReportBranding
    /// The date printed on the page, `YYYY-MM-DD`; the renderer never reads the clock.
    let reportDate: String
    /// Pages of this region and year that exist, for the navigation line.
    let nav: [ReportNavItem]

    func render(_ page: ReportPage) -> String {
        var out: [String] = []
        out.append("# " + MarkdownEscaping.heading(page.title))
        // The programme title usually names the region already: say it once.
        let meta = [page.subtitle(beside: branding.title), "\(branding.title) · report date \(ReportDisplay.date(reportDate))"].compactMap {
            $0
        }
        out.append(meta.map(MarkdownEscaping.inline).joined(separator: Self.hardBreak))
        out.append(
            nav.map { item in
                item.link.fileStem == page.fileStem
                    ? "**\(MarkdownEscaping.inline(item.title))**" : "[\(MarkdownEscaping.inline(item.title))](\(href(item.link)))"
            }.joined(separator: " · "))
        if !page.pager.isEmpty {
            out.append(
                page.pager.map { "\(MarkdownEscaping.inline($0.label)): [\(MarkdownEscaping.inline($0.text))](\(href($0.link)))" }
                    .joined(separator: " · "))
        }
        for b in page.lead { out.append(block(b, level: 2)) }
        for s in page.sections { out.append(section(s, level: 2)) }
        out.append("---")
        out.append(
            (["Report date \(ReportDisplay.date(reportDate)). Produced by capindex."] + page.provenance
                + (page.publicData ? [PackSources.licence] : []))
                .map(MarkdownEscaping.inline).joined(separator: Self.hardBreak))
        return out.filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    /// A line break inside a paragraph: two spaces at the end of the line (CommonMark), so
    /// the text reads as plain text, without an HTML tag.
    static let hardBreak = "  \n"

    private func href(_ l: ReportLink) -> String {
        "\(l.fileStem).md" + ((l.heading.map(Self.slug) ?? l.fragment).map { "#\($0)" } ?? "")
    }

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as
    /// hyphens (`Kingston upon Hull, City of (810)` → `kingston-upon-hull-city-of-810`).
    static func slug(_ heading: String) -> String {
        String(
            heading.lowercased().unicodeScalars.compactMap { c -> Character? in
                if c == " " { return "-" }
                return CharacterSet.alphanumerics.contains(c) || c == "-" || c == "_" ? Character(c) : nil
            })
    }

    private func section(_ s: ReportSection, level: Int) -> String {
        // No `<a id>` anchor (no HTML tag in Markdown): links to a section name its heading.
        var parts = [String(repeating: "#", count: level) + " " + MarkdownEscaping.heading(s.title)]
        parts += s.blocks.map { block($0, level: level + 1) }
        parts += s.subsections.map { section($0, level: level + 1) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func block(_ b: ReportBlock, level: Int) -> String {
        switch b {
        case .paragraph(let xs):
            return inlines(xs)
        case .list(let items, let ordered):
            return items.enumerated().map { i, x in (ordered ? "\(i + 1). " : "- ") + inlines(x) }.joined(separator: "\n")
        case .facts(let fs):
            return fs.map { f in
                "- **\(MarkdownEscaping.inline(f.label)):** \(MarkdownEscaping.inline(f.value))"
                    + (f.note.map { " (\(MarkdownEscaping.inline($0)))" } ?? "")
            }.joined(separator: "\n")
        case .table(let t):
            return table(t)
        case .figure(let f):
            return "**Figure: \(MarkdownEscaping.inline(f.title)).** \(MarkdownEscaping.inline(f.summary)) "
                + "_The chart is drawn in the HTML version; the table below holds its data._"
        case .note(let xs):
            return "> " + inlines(xs)
        case .quote(let title, let text):
            let h = String(repeating: "#", count: min(level, 6)) + " " + MarkdownEscaping.heading(title)
            return ([h] + MarkdownEscaping.paragraphs(text).map { "> " + TextScan.lines($0).joined(separator: "\n> ") })
                .joined(separator: "\n\n")
        }
    }

    private func table(_ t: ReportTable) -> String {
        let caption = "**Table: \(MarkdownEscaping.inline(t.caption))**"
        guard !t.rows.isEmpty else { return caption + "\n\n" + MarkdownEscaping.inline(t.emptyText) }
        let head = "| " + t.columns.map { MarkdownEscaping.cell($0.title) }.joined(separator: " | ") + " |"
        let rule = "|" + t.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined()
        let rows = t.rows.map { r in "| " + r.map { c in cell(c) }.joined(separator: " | ") + " |" }
        return ([caption, ""] + [head, rule] + rows).joined(separator: "\n")
    }

    private func cell(_ c: ReportCell) -> String {
        let s = inlines(c.content, inCell: true)
        return s.isEmpty ? " " : s
    }

    private func inlines(_ xs: [ReportInline], inCell: Bool = false) -> String {
        xs.map { x -> String in
            switch x {
            case .text(let s): return MarkdownEscaping.inline(s)
            case .strong(let s):
                let t = BlankText.trimmedSpaces(s)
                let lead = s.hasPrefix(" ") ? " " : "", trail = s.hasSuffix(" ") ? " " : ""
                return t.isEmpty ? "" : "\(lead)**\(MarkdownEscaping.inline(t))**\(trail)"
            case .link(let s, let l) where l.isInPage: return MarkdownEscaping.inline(s)
            case .link(let s, let l): return "[\(MarkdownEscaping.inline(s))](\(href(l)))"
            case .tag(let s, _): return MarkdownEscaping.inline(s)
            case .aside(let s): return MarkdownEscaping.inline(s)
            case .code(let s): return MarkdownEscaping.code(s, inCell: inCell)
            case .grade(let r, let words): return words ? ReportDisplay.rating(r) : "\(r.rawValue)"
            case .sparkline(let sp): return MarkdownEscaping.inline(sp.caption ?? sp.label)
            // A table cell holds one line: its parts are separated by a middle dot.
            case .lineBreak: return inCell ? " · " : Self.hardBreak
            }
        }.joined()
    }
}
