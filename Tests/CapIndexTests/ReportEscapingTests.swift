import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Submitted text is escaped for the output it goes into (STYLE 14): HTML everywhere,
/// Markdown table cells and paragraphs.
@Suite struct ReportEscapingTests {
    @Test func markdownCellsEscapeEverySyntaxCharacter() {
        #expect(MarkdownEscaping.cell("a | b") == "a \\| b")
        #expect(MarkdownEscaping.cell("`code` **bold** _it_ ~~s~~ $x$") == "\\`code\\` \\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\$x\\$")
        #expect(MarkdownEscaping.cell("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownEscaping.cell("[link](http://x) \\ back") == "\\[link\\](http://x) \\\\ back")
        // Markdown read as plain text holds no HTML tag: a line break in a cell is a space.
        #expect(MarkdownEscaping.cell("line one\nline two\r\nthree\rfour") == "line one line two three four")
        // `_` inside a word starts no emphasis, so file names and ids read as written; elsewhere it is escaped.
        #expect(MarkdownEscaping.cell("lait_long_selected.csv _x_ a_ _b") == "lait_long_selected.csv \\_x\\_ a\\_ \\_b")
        #expect(MarkdownEscaping.cell("&amp; & more") == "&amp;amp; & more")
        #expect(MarkdownEscaping.cell("  padded  ") == "padded")
        // Control characters are dropped, and the escaping goes on past them (a BEL in a
        // narrative once sent it round the same character for ever).
        #expect(MarkdownEscaping.cell("bell\u{07}\u{1B}[31mred") == "bell\\[31mred")
    }

    /// Audit finding 11: a location is set as code, which needs no backslashes.
    @Test func markdownCodeSpansKeepTextAsWrittenAndCannotBeBrokenOutOf() {
        #expect(MarkdownEscaping.code("$[0].themes[11]", inCell: true) == "`$[0].themes[11]`")
        #expect(MarkdownEscaping.code("a`b", inCell: false) == "``a`b``", "a fence longer than any backtick run inside")
        #expect(MarkdownEscaping.code("`x`", inCell: false) == "`` `x` ``")
        #expect(MarkdownEscaping.code("$.a|b", inCell: true) == "`$.a\\|b`", "a pipe cannot end the table cell")
        #expect(MarkdownEscaping.code("line\nbreak\u{07}", inCell: false) == "`line break`")
        #expect(MarkdownEscaping.code("$.x\u{202E}y", inCell: false) == "\u{2068}`$.xy`\u{2069}", "bidi controls dropped and isolated")
    }

    /// Audit finding 3: only a word longer than 24 characters (submitted text: a hostile
    /// word, a long sign-off or file name) may break anywhere; ordinary words stay whole.
    @Test func onlyLongWordsMayBreakAnywhereInHTML() {
        #expect(HTMLEscaping.text("Direction stable declining") == "Direction stable declining")
        let long = String(repeating: "y", count: 25)
        #expect(HTMLEscaping.text("A. Boss \(long) ok") == "A. Boss <span class=\"free\">\(long)</span> ok")
        #expect(HTMLEscaping.text(String(repeating: "z", count: 24)) == String(repeating: "z", count: 24), "24 is an ordinary length")
        #expect(HTMLEscaping.text("<\(long)>") == "<span class=\"free\">&lt;\(long)&gt;</span>", "escaped first, then wrapped")
        let css = ReportStylesheet.css(accent: "#1d70b8", footer: "\"x\"")
        #expect(css.contains(".free, .narrative blockquote { overflow-wrap: anywhere; }"))
        #expect(
            !css.contains("th, td, caption, figcaption, blockquote, h1, h2, h3, h4, .programme, .masthead-meta { overflow-wrap: anywhere"))
    }

    @Test func markdownParagraphsEscapeBlockMarkersAtLineStarts() {
        let paras = MarkdownEscaping.paragraphs("# not a heading\n- not a list\n1. not numbered\n> not a quote\n\nsecond *para*")
        #expect(paras == ["\\# not a heading  \n\\- not a list  \n1\\. not numbered  \n\\&gt; not a quote", "second \\*para\\*"])
        #expect(MarkdownEscaping.heading("Item #3") == "Item \\#3")
        // Only what would open a block is escaped: `=A1`, `#3`, `-5` and `+1` read as written
        // (audit 18); a setext underline, a thematic break and `#` before a space do not.
        let plain = MarkdownEscaping.paragraphs("=A1 is a formula\n#3 of 5\n-5 points\n+1 more")
        #expect(plain == ["=A1 is a formula  \n#3 of 5  \n-5 points  \n+1 more"])
        let markers = MarkdownEscaping.paragraphs("text\n===\n---\n+ item\n###")
        #expect(markers == ["text  \n\\===  \n\\---  \n\\+ item  \n\\###"])
    }

    @Test func htmlTextAttributesAndCSSStrings() {
        #expect(HTMLEscaping.text("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLEscaping.attribute("two\nlines") == "two lines")
        #expect(HTMLEscaping.multiline("a\nb<") == "a<br>\nb&lt;")
        #expect(HTMLEscaping.text("bell\u{07}\u{0}") == "bell")
        #expect(HTMLEscaping.cssString("</style><b>\"\\") == "\"\\3c /style\\3e \\3c b\\3e \\\"\\\\\"")
    }

    static let hostile = "<script>alert('x')</script> | **bold** _u_ `tick` [a](http://evil.example) &amp; ~~s~~ $x$"

    /// The worked example's register and framework with a 2026 submission full of markup.
    static func hostileStore() throws -> (PipelineRun, String) {
        let dir = Repo.tempDir("capindex-hostile")
        let csv = """
            la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff
            101,2026,front-door,Good,N,Y,0,2,high,"\(hostile.replacingOccurrences(of: "\"", with: "\"\""))
            # heading
            - item
            1. numbered",2026-11-10,"<b>Boss</b> | `x`"
            101,2026,children-in-care,Good,Y,N,2,0,high,plain,2026-11-10,"<b>Boss</b> | `x`"
            101,2026,workforce,RI,N,N,0,1,low,,2026-11-10,"<b>Boss</b> | `x`"
            102,2026,front-door,Good,N,Y,0,2,medium,x,2026-11-12,B
            102,2026,children-in-care,Good,N,N,2,0,medium,y,2026-11-12,B
            102,2026,workforce,Good,N,N,2,0,medium,z,2026-11-12,B

            """
        let file = dir + "/hostile|name-2026.csv"
        try csv.write(toFile: file, atomically: true, encoding: .utf8)
        let run = try PipelineRun.run(
            register: Repo.fixture("worked-example/register.csv"),
            framework: Repo.fixture("worked-example/framework.json"), submissions: [file])
        #expect(run.ingest.stored == 2)
        let out = dir + "/reports"
        _ = try ReportWriter.write(
            store: run.store,
            request: ReportRequest(
                year: 2026, regions: ["Example Region"],
                reportDate: "2027-01-20", scoredAt: PipelineRun.now), to: out)
        return (run, out + "/example-region/2026")
    }

    @Test func submittedTextNeverBecomesMarkupInHTML() throws {
        let (_, dir) = try Self.hostileStore()
        for name in ["status", "challenge", "challenge-101", "summit", "trends", "index"] {
            let html = try String(contentsOfFile: "\(dir)/\(name).html", encoding: .utf8)
            #expect(!html.contains("<script"), "\(name).html")
            #expect(!html.contains("<b>Boss"), "\(name).html")
            #expect(!html.contains("href=\"http"), "\(name).html")
        }
        let pack = try String(contentsOfFile: "\(dir)/challenge-101.html", encoding: .utf8)
        // A 27-character word may break anywhere (audit 3): escaped first, then set in a span.
        #expect(pack.contains("<span class=\"free\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</span> | **bold**"))
        #expect(pack.contains("# heading<br>\n- item"))
        #expect(pack.contains("&lt;b&gt;Boss&lt;/b&gt; | `x`"))
    }

    @Test func submittedTextIsEscapedInMarkdownTablesAndParagraphs() throws {
        let (_, dir) = try Self.hostileStore()
        let status = try String(contentsOfFile: "\(dir)/status.md", encoding: .utf8)
        #expect(status.contains("| &lt;b&gt;Boss&lt;/b&gt; \\| \\`x\\` |"))
        #expect(status.contains("hostile\\|name-2026.csv"))
        let pack = try String(contentsOfFile: "\(dir)/challenge-101.md", encoding: .utf8)
        #expect(
            pack.contains(
                "&lt;script&gt;alert('x')&lt;/script&gt; \\| \\*\\*bold\\*\\* \\_u\\_ \\`tick\\` \\[a\\](http://evil.example) &amp;amp; \\~\\~s\\~\\~ \\$x\\$"
            ))
        #expect(pack.contains("> \\# heading  \n> \\- item  \n> 1\\. numbered"))
        // Every table row has as many unescaped pipes as its header.
        for name in ["status", "challenge", "challenge-101", "summit", "trends"] {
            let md = try String(contentsOfFile: "\(dir)/\(name).md", encoding: .utf8)
            var expected: Int?
            for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else { expected = nil; continue }
                let pipes = Self.unescapedPipes(String(line))
                if let e = expected { #expect(pipes == e, "\(name).md: \(line)") } else { expected = pipes }
            }
        }
    }

    static func unescapedPipes(_ s: String) -> Int {
        var n = 0
        var escaped = false
        for c in s {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { n += 1 }
        }
        return n
    }
}
