import CapIndexDomain
import CapIndexFormats
import Foundation

/// Renders a page as one self-contained HTML file: inline CSS, inline SVG charts, the
/// logo as a data: URI, no script, no web font, nothing fetched from a network.
struct HTMLRenderer {
    /// The region's look.
    let branding: ReportBranding
    /// The date printed on the page, `YYYY-MM-DD`; the renderer never reads the clock.
    let reportDate: String
    /// Pages of this region and year that exist, for the navigation bar.
    let nav: [ReportNavItem]

    func render(_ page: ReportPage) -> String {
        let e = HTMLEscaping.text
        let date = ReportDisplay.date(reportDate)
        var h: [String] = []
        h.append("<!DOCTYPE html>")
        h.append("<html lang=\"en-GB\">")
        h.append("<head>")
        h.append("<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<meta name=\"color-scheme\" content=\"light\">")
        h.append("<meta name=\"generator\" content=\"capindex\">")
        h.append("<title>\(HTMLEscaping.plain(page.title)) – \(HTMLEscaping.plain(page.region))</title>")
        let footer = HTMLEscaping.cssString("\(page.title) · \(page.region) · \(date)")
        h.append(
            "<style>\n" + ReportStylesheet.css(accent: branding.accent, footer: footer, scrolling: Self.hasScrollingTable(page))
                + "\n</style>")
        h.append("</head>")
        h.append("<body>")
        h.append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>")
        h.append("<header class=\"masthead\">")
        h.append("<div class=\"wrap\">")
        if let logo = branding.logoDataURI {
            h.append("<img class=\"logo\" src=\"\(logo)\" alt=\"\(HTMLEscaping.attribute(branding.logoAlt))\">")
        }
        h.append("<div>")
        h.append("<p class=\"programme\">\(e(branding.title))</p>")
        h.append(
            "<p class=\"masthead-meta\">\(branding.title.contains(page.region) ? "" : e(page.region) + " · ")\(page.year) · report date <time datetime=\"\(HTMLEscaping.attribute(reportDate))\">\(e(date))</time></p>"
        )
        h.append("</div>")
        h.append("</div>")
        h.append("</header>")
        if !nav.isEmpty {
            h.append("<nav class=\"reports-nav\" aria-label=\"Reports\">")
            h.append("<ul class=\"wrap\">")
            for item in nav {
                let current = item.link.fileStem == page.fileStem ? " aria-current=\"page\"" : ""
                h.append("<li><a href=\"\(href(item.link))\"\(current)>\(e(item.title))</a></li>")
            }
            h.append("</ul>")
            h.append("</nav>")
        }
        h.append("<main id=\"main\" class=\"wrap\">")
        h.append("<h1>\(e(page.title))</h1>")
        // The programme title usually names the region already: say it once.
        if let s = page.subtitle(beside: branding.title) { h.append("<p class=\"subtitle\">\(e(s))</p>") }
        if !page.pager.isEmpty {
            h.append("<nav class=\"pager\" aria-label=\"Other challenge packs\">")
            h.append("<ul>")
            for p in page.pager {
                h.append("<li><span class=\"pager-label\">\(e(p.label))</span><a href=\"\(href(p.link))\">\(e(p.text))</a></li>")
            }
            h.append("</ul>")
            h.append("</nav>")
        }
        for b in page.lead { h.append(block(b, level: 2)) }
        for s in page.sections { h.append(section(s, level: 2)) }
        h.append("</main>")
        h.append("<footer class=\"page-footer\">")
        h.append("<div class=\"wrap\">")
        h.append("<p>Report date \(e(date)). Produced by capindex from the region's self-assessments.</p>")
        for line in page.provenance { h.append("<p>\(e(line))</p>") }
        if page.publicData { h.append("<p>\(e(PackSources.licence))</p>") }
        h.append("</div>")
        h.append("</footer>")
        h.append("</body>")
        h.append("</html>")
        return h.joined(separator: "\n") + "\n"
    }

    private func href(_ l: ReportLink) -> String {
        if l.isInPage { return HTMLEscaping.attribute("#" + (l.fragment ?? "")) }
        return HTMLEscaping.attribute("\(l.fileStem).html" + (l.fragment.map { "#\($0)" } ?? ""))
    }

    private func section(_ s: ReportSection, level: Int) -> String {
        let cls = s.pageBreakBefore ? " class=\"page-break\"" : ""
        var parts = ["<section id=\"\(HTMLEscaping.attribute(s.id))\"\(cls)>", "<h\(level)>\(HTMLEscaping.text(s.title))</h\(level)>"]
        parts += s.blocks.map { block($0, level: level + 1) }
        parts += s.subsections.map { section($0, level: min(6, level + 1)) }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }

    private func block(_ b: ReportBlock, level: Int) -> String {
        switch b {
        case .paragraph(let xs):
            return "<p>\(inlines(xs))</p>"
        case .list(let items, let ordered):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>\n" + items.map { "<li>\(inlines($0))</li>" }.joined(separator: "\n") + "\n</\(tag)>"
        case .facts(let fs):
            return "<dl class=\"facts\">\n"
                + fs.map { f in
                    "<div class=\"fact\"><dt>\(HTMLEscaping.text(f.label))</dt><dd>\(HTMLEscaping.text(f.value))"
                        + (f.note.map { "<span class=\"fact-note\">\(HTMLEscaping.text($0))</span>" } ?? "") + "</dd></div>"
                }.joined(separator: "\n") + "\n</dl>"
        case .table(let t):
            return table(t)
        case .figure(let f):
            return figure(f)
        case .note(let xs):
            return "<div class=\"note\"><p>\(inlines(xs))</p></div>"
        case .quote(let title, let text):
            let l = min(6, level)
            let paras = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            return "<div class=\"narrative\">\n<h\(l)>\(HTMLEscaping.text(title))</h\(l)>\n<blockquote>\n"
                + paras.map { "<p>\(HTMLEscaping.multiline($0))</p>" }.joined(separator: "\n") + "\n</blockquote>\n</div>"
        }
    }

    private func figure(_ f: ReportFigure) -> String {
        let id = HTMLEscaping.attribute(f.id)
        let labelledBy = "\(id)-title \(id)-summary"
        let svg: String =
            switch f.chart {
            case .divergingBars(let d): DivergingBarChart.svg(d, labelledBy: labelledBy)
            case .lciBars(let d): LCIBarChart.svg(d, labelledBy: labelledBy)
            case .pairing(let d): PairingDiagram.svg(d, labelledBy: labelledBy)
            }
        return "<figure id=\"\(id)\">\n<figcaption id=\"\(id)-title\">\(HTMLEscaping.text(f.title))</figcaption>\n\(svg)\n"
            + "<p class=\"figure-summary\" id=\"\(id)-summary\">\(HTMLEscaping.text(f.summary)) The table below gives the same figures.</p>\n</figure>"
    }

    /// True when a table of the page scrolls in its own box (style `scroll`).
    static func hasScrollingTable(_ page: ReportPage) -> Bool {
        func inSection(_ s: ReportSection) -> Bool { s.blocks.contains(where: isScrolling) || s.subsections.contains(where: inSection) }
        return page.lead.contains(where: isScrolling) || page.sections.contains(where: inSection)
    }

    private static func isScrolling(_ b: ReportBlock) -> Bool {
        if case .table(let t) = b { return t.style?.split(separator: " ").contains("scroll") == true }
        return false
    }

    private func table(_ t: ReportTable) -> String {
        guard !t.rows.isEmpty else {
            return "<p><strong>\(HTMLEscaping.text(t.caption)).</strong> <span class=\"empty\">\(HTMLEscaping.text(t.emptyText))</span></p>"
        }
        var h: [String] = []
        let id = t.id.map { " id=\"\(HTMLEscaping.attribute($0))\"" } ?? ""
        let cls = t.style.map { " class=\"\(HTMLEscaping.attribute($0))\"" } ?? ""
        // A wide table scrolls inside its own box on a narrow screen, so the page never does;
        // the box is a labelled region that takes focus, so it scrolls by keyboard too.
        h.append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLEscaping.attribute(t.caption))\">")
        h.append("<table\(id)\(cls)>")
        h.append("<caption>\(HTMLEscaping.text(t.caption))</caption>")
        h.append("<thead>")
        h.append(
            "<tr>"
                + t.columns.map { c in
                    let text =
                        c.fullTitle.map { "<abbr title=\"\(HTMLEscaping.attribute($0))\">\(HTMLEscaping.text(c.title))</abbr>" }
                        ?? HTMLEscaping.text(c.title)
                    return "<th scope=\"col\"\(c.numeric ? " class=\"num\"" : "")>\(text)</th>"
                }.joined() + "</tr>")
        h.append("</thead>")
        h.append("<tbody>")
        for r in t.rows {
            var cells: [String] = []
            for (i, c) in r.enumerated() {
                let col = i < t.columns.count ? t.columns[i] : ReportTable.Column("")
                var classes: [String] = []
                if col.numeric { classes.append("num") }
                if col.nowrap { classes.append("nowrap") }
                let cl = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                if i == 0 && t.rowHeaders {
                    cells.append("<th scope=\"row\"\(cl)>\(inlines(c.content))</th>")
                } else {
                    cells.append("<td\(cl)>\(inlines(c.content))</td>")
                }
            }
            h.append("<tr>" + cells.joined() + "</tr>")
        }
        h.append("</tbody>")
        h.append("</table>")
        h.append("</div>")
        return h.joined(separator: "\n")
    }

    private func inlines(_ xs: [ReportInline]) -> String {
        xs.map { x -> String in
            switch x {
            case .text(let s): return HTMLEscaping.multiline(s)
            case .strong(let s): return "<strong>\(HTMLEscaping.multiline(s))</strong>"
            case .link(let s, let l): return "<a href=\"\(href(l))\">\(HTMLEscaping.text(s))</a>"
            case .aside(let s): return "<span class=\"aside\">\(HTMLEscaping.multiline(s))</span>"
            case .code(let s): return "<code>\(HTMLEscaping.text(s))</code>"
            case .tag(let s, let tone): return "<span class=\"tag tag-\(tone.rawValue)\">\(HTMLEscaping.text(s))</span>"
            case .grade(let r, let words):
                let badge = "<span class=\"grade grade-\(r.rawValue)\">\(r.rawValue)</span>"
                return words
                    ? "<span class=\"graded\">\(badge) \(HTMLEscaping.text(r.title))</span>"
                    : "<span class=\"graded\">\(badge)<span class=\"visually-hidden\"> \(HTMLEscaping.text(r.title))</span></span>"
            case .sparkline(let sp):
                return SparklineChart.svg(sp) + (sp.caption.map { "<span class=\"aside\">\(HTMLEscaping.multiline($0))</span>" } ?? "")
            case .lineBreak: return "<br>"
            }
        }.joined()
    }
}
