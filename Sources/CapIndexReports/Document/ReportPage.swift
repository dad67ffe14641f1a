import CapIndexDomain
import CapIndexFormats

/// One report page as both renderers see it: the content is decided here, once; the
/// Markdown and HTML renderers only choose how to show it. Every string in it is plain
/// text (submitted text included); renderers escape it for their output.
struct ReportPage: Sendable, Equatable {
    /// File name without extension, e.g. `challenge-370`.
    var fileStem: String
    /// The report this page belongs to (nil for the index).
    var kind: ReportKind?
    /// The page's one `h1`.
    var title: String
    /// A line under the title.
    var subtitle: String?
    /// Region and year, for the header and the window title.
    var region: String
    var year: Int
    /// Blocks before the first section.
    var lead: [ReportBlock]
    /// The sections, each with its own heading (`h2`, nested `h3`).
    var sections: [ReportSection]
    /// Neighbouring pages (previous / next LA pack), shown under the title.
    var pager: [ReportLinkItem] = []
    /// How the numbers were made: score run, framework, inputs. Shown at the foot.
    var provenance: [String]
    /// True when the page shows DfE or Ofsted data: its foot carries the Open Government
    /// Licence attribution (SPEC 5).
    var publicData = false
}

extension ReportPage {
    /// The subtitle under a programme title: the region is left out when the title already
    /// names it (`Yorkshire and The Humber · LA code 370` → `LA code 370`), so a page header
    /// says the region once (audit 25).
    func subtitle(beside programme: String) -> String? {
        guard let s = subtitle, programme.contains(region) else { return subtitle }
        if s == region { return nil }
        for sep in [" · ", ": "] where s.hasPrefix(region + sep) {
            let rest = String(s.dropFirst(region.count + sep.count))
            return sep == ": " ? rest.prefix(1).uppercased() + rest.dropFirst() : rest
        }
        return s
    }
}

/// A link to another page of the same region and year.
struct ReportLink: Sendable, Equatable, Hashable {
    /// File name without extension; the renderer adds `.md` or `.html`.
    var fileStem: String
    /// Element id on that page, if any.
    var fragment: String?
    /// The title of the section linked to: Markdown headings carry no ids (SPEC 6: no HTML
    /// tags in Markdown), so a Markdown link goes to the anchor GitHub derives from it.
    var heading: String?

    init(_ fileStem: String, fragment: String? = nil, heading: String? = nil) {
        self.fileStem = fileStem
        self.fragment = fragment
        self.heading = heading
    }

    /// A link to an element of the same page (HTML only: Markdown shows the text without
    /// a link, since its headings carry no ids).
    static func inPage(_ fragment: String) -> ReportLink { ReportLink("", fragment: fragment) }

    /// True for a link within the same page.
    var isInPage: Bool { fileStem.isEmpty }
}

/// A labelled link in a pager.
struct ReportLinkItem: Sendable, Equatable {
    var label: String
    var text: String
    var link: ReportLink
}

/// A section of a page with a heading.
struct ReportSection: Sendable, Equatable {
    /// Element id (anchor).
    var id: String
    /// Heading text.
    var title: String
    /// Content.
    var blocks: [ReportBlock]
    /// Subsections (one heading level down).
    var subsections: [ReportSection] = []
    /// Printed on a fresh page (each LA's section).
    var pageBreakBefore: Bool = false
}

/// Content blocks.
enum ReportBlock: Sendable, Equatable {
    /// A paragraph.
    case paragraph([ReportInline])
    /// A bulleted or numbered list.
    case list([[ReportInline]], ordered: Bool)
    /// Headline numbers: label, value, and a note.
    case facts([ReportFact])
    /// A data table.
    case table(ReportTable)
    /// A chart with its text alternative; its data table follows it.
    case figure(ReportFigure)
    /// A highlighted note (GOV.UK "inset text").
    case note([ReportInline])
    /// Submitted free text, shown as written (line breaks kept), under a small heading.
    case quote(title: String, text: String)
}

/// A headline number.
struct ReportFact: Sendable, Equatable {
    var label: String
    var value: String
    var note: String?
}

/// A run of inline content.
enum ReportInline: Sendable, Equatable {
    /// Plain text.
    case text(String)
    /// Emphasised text.
    case strong(String)
    /// A link to another page.
    case link(String, ReportLink)
    /// Text with a coloured marker; the text always carries the meaning.
    case tag(String, ReportTone)
    /// A grade 1–4 as a small numbered swatch, with its words when `words` is true.
    case grade(Rating, words: Bool)
    /// A three-year sparkline; `label` is its text alternative and Markdown rendering.
    case sparkline(ReportSparkline)
    /// Secondary text (smaller, grey in HTML), e.g. what a figure is about.
    case aside(String)
    /// Literal text set as code, such as a JSON path (`$[0].themes[11]`): a code span in
    /// Markdown, which needs no backslash before `$` or `[`, and `<code>` in HTML.
    case code(String)
    /// A line break inside a cell or paragraph.
    case lineBreak
}

/// The meaning a colour marks; renderers map it to a palette.
enum ReportTone: String, Sendable, Equatable {
    case band1, band2, band3, band4
    case good, bad, neutral, warning
}

/// A data table: real header cells, a caption, row headers in the first column.
struct ReportTable: Sendable, Equatable {
    /// Caption (says what the table shows).
    var caption: String
    /// Column headers.
    var columns: [Column]
    /// Rows of cells, as many as columns.
    var rows: [[ReportCell]]
    /// Whether the first column holds row headers (`th scope="row"`).
    var rowHeaders: Bool = true
    /// Shown when there are no rows.
    var emptyText: String = "None."
    /// Element id.
    var id: String?
    /// Extra class for styling (e.g. `compact`, `grades`).
    var style: String?

    struct Column: Sendable, Equatable {
        var title: String
        var numeric: Bool = false
        /// Keep the cells on one line (dates).
        var nowrap: Bool = false
        /// Full title for screen readers when `title` is abbreviated.
        var fullTitle: String?

        init(_ title: String, numeric: Bool = false, nowrap: Bool = false, fullTitle: String? = nil) {
            self.title = title
            self.numeric = numeric
            self.nowrap = nowrap
            self.fullTitle = fullTitle
        }
    }
}

/// A table cell.
struct ReportCell: Sendable, Equatable {
    var content: [ReportInline]

    init(_ content: [ReportInline]) { self.content = content }

    /// A plain text cell.
    static func text(_ s: String) -> ReportCell { ReportCell([.text(s)]) }
}

/// A chart: an inline SVG in HTML; its data table beside it in both formats.
struct ReportFigure: Sendable, Equatable {
    var id: String
    /// Short title (the caption).
    var title: String
    /// Text alternative: what the chart shows, in words (the main finding included).
    var summary: String
    var chart: ReportChart
}

/// The charts capindex draws.
enum ReportChart: Sendable, Equatable {
    case divergingBars(DivergingBarData)
    case lciBars(LCIBarData)
    case pairing(PairingData)
}

/// Bars either side of zero (theme support balance).
struct DivergingBarData: Sendable, Equatable {
    struct Bar: Sendable, Equatable {
        var label: String
        var value: Double
        var valueText: String
        var note: String?
    }
    var bars: [Bar]
    var negativeLabel: String
    var positiveLabel: String
}

/// LCI bars with the band thresholds.
struct LCIBarData: Sendable, Equatable {
    struct Bar: Sendable, Equatable {
        var label: String
        var value: Double
        var valueText: String
        var band: String
        var bandIndex: Int
    }
    var bars: [Bar]
    /// Band names and lower bounds, best first.
    var thresholds: [(name: String, min: Double)]

    static func == (a: LCIBarData, b: LCIBarData) -> Bool {
        a.bars == b.bars && a.thresholds.map(\.name) == b.thresholds.map(\.name) && a.thresholds.map(\.min) == b.thresholds.map(\.min)
    }
}

/// Receivers on the left, providers on the right, a line per pairing.
struct PairingData: Sendable, Equatable {
    struct Link: Sendable, Equatable {
        var receiver: String
        var provider: String
        /// Pair numbers of the table, e.g. "1, 2".
        var label: String
    }
    var receivers: [String]
    var providers: [String]
    var links: [Link]
}

/// A small line of values (three window years, or an indicator's latest five periods);
/// a nil is a gap in the line.
struct ReportSparkline: Sendable, Equatable {
    var values: [Double?]
    /// Text alternative and Markdown form, e.g. "61.1 → 63.0 → 64.8 (rising)".
    var label: String
    /// The smallest range of values the height stands for, so a small wobble is not drawn as a cliff.
    var minSpan: Double = 10
    /// The values in a line of text shown beside the chart in HTML and instead of it in
    /// Markdown; nil: the label serves.
    var caption: String? = nil
}
