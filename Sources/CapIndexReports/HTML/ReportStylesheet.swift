/// The one stylesheet every page carries inline: calm, GOV.UK-like type and colour, a
/// readable measure on screen and A4 pages in print.
enum ReportStylesheet {
    /// The CSS with the region's accent colour and the running footer of the printed page
    /// (`footer` is a CSS string, already escaped).
    static func css(accent: String, footer: String, scrolling: Bool = false) -> String {
        screen(accent: accent) + "\n" + print(footer: footer) + (scrolling ? "\n" + scroll : "")
    }

    /// Wide tables (style `scroll`) scroll sideways in their own box on a narrow screen;
    /// the England page's grid also shrinks to fit A4 in print. Only pages with such a
    /// table carry these rules, so the other pages stay as they were.
    static let scroll = """
        .table-scroll { overflow-x: auto; max-width: 100%; margin: 0.25rem 0 2rem; }
        .table-scroll:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
        .table-scroll table { margin: 0; }
        table.grid th, table.grid td { padding: 0.35rem 0.4rem; }
        table.grid thead th { font-size: 0.8rem; }
        @media print {
          .table-scroll { overflow: visible; }
          table.grid { font-size: 7.5pt; break-inside: avoid; }
          table.grid th, table.grid td { padding: 1mm 0.8mm; }
        }
        """

    private static func screen(accent: String) -> String {
        """
        :root { --accent: \(accent); --text: #0b0c0c; --secondary: #505a5f; --border: #b1b4b6; --light: #f3f2f1; }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; background: #ffffff; color: var(--text); font-family: Arial, "Liberation Sans", Helvetica, sans-serif;
          font-size: 1.0625rem; line-height: 1.5; }
        .skip-link { position: absolute; left: -10000px; top: 0; padding: 0.5rem 1rem; background: #ffdd00; color: #0b0c0c; }
        .skip-link:focus { left: 1rem; z-index: 10; }
        .wrap { max-width: 66rem; margin: 0 auto; padding: 0 1.5rem; }
        .masthead { background: var(--accent); color: #ffffff; }
        .masthead .wrap { display: flex; align-items: center; gap: 1rem; padding-top: 1rem; padding-bottom: 1rem; }
        .logo { display: block; max-height: 3.25rem; max-width: 12rem; background: #ffffff; padding: 0.25rem; }
        .programme { margin: 0; font-size: 1.25rem; font-weight: 700; line-height: 1.25; }
        .masthead-meta { margin: 0.15rem 0 0; font-size: 0.95rem; }
        .reports-nav { background: var(--light); border-bottom: 1px solid var(--border); }
        .reports-nav ul { list-style: none; margin: 0 auto; display: flex; flex-wrap: wrap; gap: 0.25rem 1.75rem;
          padding-top: 0.65rem; padding-bottom: 0.65rem; }
        a { color: var(--accent); text-decoration: underline; text-decoration-thickness: 1px; text-underline-offset: 0.15em; }
        a:hover { text-decoration-thickness: 3px; }
        a:focus { outline: 3px solid transparent; background: #ffdd00; color: #0b0c0c; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c;
          text-decoration: none; }
        a[aria-current="page"] { color: var(--text); font-weight: 700; text-decoration: none; }
        main { display: block; padding-top: 1.75rem; padding-bottom: 2.5rem; }
        h1 { font-size: 2.25rem; line-height: 1.15; margin: 0 0 0.35rem; }
        .subtitle { margin: 0 0 1.25rem; color: var(--secondary); font-size: 1.2rem; }
        h2 { font-size: 1.6rem; line-height: 1.2; margin: 2.75rem 0 1rem; padding-top: 0.75rem; border-top: 3px solid var(--accent); }
        h3 { font-size: 1.25rem; line-height: 1.25; margin: 2rem 0 0.75rem; }
        h4 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
        p, ul, ol { max-width: 46rem; margin: 0 0 1rem; }
        main p, main li { overflow-wrap: break-word; }
        li { margin-bottom: 0.3rem; }
        .pager ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; margin: 0 0 1.5rem; max-width: none; }
        .pager-label { display: block; font-size: 0.85rem; color: var(--secondary); }
        .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; margin: 1.25rem 0 1.75rem; }
        .fact { background: var(--light); border-left: 5px solid var(--accent); padding: 0.6rem 0.9rem; }
        .fact dt { font-size: 0.95rem; color: var(--secondary); }
        .fact dd { margin: 0; font-size: 1.8rem; font-weight: 700; line-height: 1.2; }
        .fact-note { display: block; font-size: 0.9rem; font-weight: 400; color: var(--secondary); line-height: 1.35; }
        .note { max-width: 46rem; border-left: 8px solid var(--border); padding: 0.75rem 1rem; margin: 1rem 0 1.5rem; }
        .note p { margin: 0; }
        .table-scroll { position: relative; max-width: 100%; overflow-x: auto; margin: 0.25rem 0 2rem; }
        .table-scroll:focus { outline: 3px solid #ffdd00; outline-offset: 2px; }
        table { width: 100%; border-collapse: collapse; margin: 0; font-size: 0.95rem; font-variant-numeric: tabular-nums; }
        caption { caption-side: top; text-align: left; font-weight: 700; font-size: 1.05rem; padding: 0 0 0.6rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.9rem 0.5rem 0.35rem; border-bottom: 1px solid var(--border); }
        thead th { border-bottom: 2px solid var(--text); vertical-align: bottom; }
        tbody th { font-weight: 700; }
        .num { text-align: right; }
        .nowrap { white-space: nowrap; }
        p, li, dt, dd, th, td, caption, figcaption, blockquote, h1, h2, h3, h4, .programme, .masthead-meta { overflow-wrap: break-word; }
        .free, .narrative blockquote { overflow-wrap: anywhere; }
        .num, .nowrap, table.grades td { overflow-wrap: normal; }
        abbr[title] { text-decoration: none; }
        table.compact { font-size: 0.88rem; }
        table.narrow { width: auto; min-width: 50%; }
        table.grades th, table.grades td { padding: 0.3rem 0.35rem; }
        table.grades td { text-align: center; }
        table.grades thead th { font-size: 0.8rem; text-align: center; }
        table.grades thead th:first-child { text-align: left; }
        table.heat td .graded, table.heat td .grade { display: block; margin: 0; }
        table.evidence td, table.evidence th { min-width: 7rem; }
        table.evidence tbody th { min-width: 12rem; font-weight: 400; width: 28%; }
        table.evidence td:nth-child(2) { width: 12%; }
        table.evidence td:nth-child(3) { width: 15%; }
        table.evidence td:nth-child(4) { width: 19%; }
        table.evidence td:nth-child(5) { width: 26%; }
        .grade { display: inline-block; min-width: 1.7em; padding: 0 0.3em; margin-right: 0.15em; text-align: center; font-weight: 700;
          line-height: 1.45; }
        .grade-1 { background: #005a30; color: #ffffff; }
        .grade-2 { background: #85c29f; color: #0b0c0c; }
        .grade-3 { background: #ffdd00; color: #0b0c0c; }
        .grade-4 { background: #b52a15; color: #ffffff; }
        .visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important;
          padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important;
          border: 0 !important; white-space: nowrap !important; }
        .tag { display: inline-block; padding: 0.05rem 0.45rem; font-size: 0.9rem; font-weight: 700; line-height: 1.4; }
        .tag-good, .tag-band1 { background: #cce2d8; color: #005a30; }
        .tag-bad, .tag-band4 { background: #f4d7d2; color: #942514; }
        .tag-neutral { background: #eeefef; color: #383f43; }
        .tag-warning { background: #fff7bf; color: #594d00; }
        .tag-band2 { background: #bbd4ea; color: #0c2d4a; }
        .tag-band3 { background: #fcd6c3; color: #6e3619; }
        figure { margin: 1.5rem 0 0.75rem; }
        figcaption { font-weight: 700; font-size: 1.05rem; margin-bottom: 0.5rem; }
        figure svg.chart { display: block; width: 100%; height: auto; max-width: 50rem; }
        .figure-summary { color: var(--secondary); font-size: 0.95rem; margin-top: 0.5rem; }
        svg.sparkline { display: block; }
        .narrative { margin: 0 0 1.5rem; break-inside: avoid; }
        .narrative blockquote { margin: 0; padding: 0.5rem 1rem; border-left: 5px solid var(--border); max-width: 46rem; }
        .narrative blockquote p { margin: 0 0 0.5rem; }
        .empty { color: var(--secondary); }
        .aside { font-weight: 400; font-size: 0.9em; color: var(--secondary); }
        code { font-family: "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 0.9em; overflow-wrap: anywhere; }
        .page-footer { border-top: 1px solid var(--border); background: var(--light); color: var(--text); font-size: 0.9rem; }
        .page-footer .wrap { padding-top: 1rem; padding-bottom: 1.5rem; }
        .page-footer p { margin: 0 0 0.35rem; max-width: none; }
        """
    }

    private static func print(footer: String) -> String {
        """
        @page { size: A4; margin: 15mm 14mm 17mm;
          @bottom-left { content: \(footer); font: 8pt Arial, "Liberation Sans", sans-serif; color: #505a5f; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, "Liberation Sans", sans-serif; color: #505a5f; } }
        @media print {
          html { font-size: 9.5pt; }
          body { line-height: 1.4; }
          .skip-link, .reports-nav, .pager { display: none; }
          .wrap { max-width: none; padding: 0; }
          .masthead { background: none; color: var(--text); border-bottom: 3pt solid var(--accent); }
          .masthead .wrap { padding: 0 0 3mm; }
          .logo { max-height: 12mm; padding: 0; }
          main { padding: 5mm 0 0; }
          h2 { margin: 7mm 0 3mm; padding-top: 2mm; break-after: avoid; }
          h3, h4 { break-after: avoid; }
          p, ul, ol, .note { max-width: none; }
          .table-scroll { overflow: visible; margin-bottom: 5mm; break-inside: avoid; }
          .table-scroll:focus { outline: none; }
          th, td { padding: 1.2mm 2mm 1.2mm 1mm; }
          table { font-size: 8.5pt; }
          table.compact { font-size: 8pt; }
          table.compact th, table.compact td { padding: 1mm 1.2mm 1mm 0.6mm; }
          table.grades { font-size: 8pt; }
          table.grades thead th { font-size: 7pt; }
          table.grades th, table.grades td { padding: 1mm 0.6mm; }
          table.evidence td, table.evidence th { min-width: 0; }
          table.evidence tbody th { min-width: 0; }
          thead { display: table-header-group; break-inside: avoid; break-after: avoid; }
          caption { break-after: avoid; }
          tbody tr:first-child { break-before: avoid; }
          tr, figure svg, .fact, .note, li { break-inside: avoid; }
          figcaption { break-after: avoid; }
          section > h2 + p, section > h3 + p, section > h4 + p { break-before: avoid; }
          figure svg.chart { max-width: 170mm; }
          .facts { grid-template-columns: repeat(4, 1fr); gap: 3mm; }
          a { color: var(--text); text-decoration: none; }
          .page-break { break-before: page; }
          .page-break > h2, .page-break > h3 { margin-top: 0; }
          .page-footer { background: none; border-top: 1pt solid var(--border); }
          .masthead, .grade, .tag, .fact, figure svg, svg.sparkline {
            -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
    }
}
