import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// What capindex writes cannot be left half-done or fool a reader (issue 17, items 5, 6,
/// 9, 12): temporaries have a name capindex recognises and removes, a kill leaves nothing
/// after the next run, disk and permission failures say so in plain words, bidirectional
/// controls in submitted text are isolated, and one long word cannot widen a page.
@Suite(.serialized) struct OutputSafetyTests {
    static func leftovers(_ dir: String) -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: dir) else { return [] }
        return walk.compactMap { $0 as? String }.filter { rel in
            let name = (rel as NSString).lastPathComponent
            return name.hasPrefix(".capindex-tmp-") || name.hasPrefix(".dat.nosync")
                || name.range(of: #"\.tmp-\d+$"#, options: .regularExpression) != nil
        }
    }

    @Test func killDuringRunThenRerunLeavesNoTemporaries() throws {
        let dir = Repo.tempDir("kill-run")
        var killedWhileWriting = 0
        for (i, delay) in [0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.4].enumerated() {
            // A fresh report date each time makes every page change, so the run rewrites them all.
            let date = "2026-11-\(10 + i)"
            let run = try Proc.start(
                [
                    "run", "--db", "c.sqlite", "--year", "2026", "--submissions", Repo.path("Data/demo"), "--evidence",
                    Repo.path("Data/evidence"), "--out", "out", "--date", date, "--quiet",
                ], in: dir)
            Thread.sleep(forTimeInterval: delay)
            kill(run.process.processIdentifier, SIGKILL)
            _ = run.finish()
            if !Self.leftovers(dir + "/out").isEmpty { killedWhileWriting += 1 }
        }
        // What older versions left, and a temporary of a process that no longer exists.
        let area = dir + "/out/yorkshire-and-the-humber/2026"
        try FileManager.default.createDirectory(atPath: area, withIntermediateDirectories: true)
        for name in [".capindex-tmp-999999-x-summit.html", "summit.html.tmp-999999", ".dat.nosync4f2a.Xy12Ab"] {
            try Data("half".utf8).write(to: URL(fileURLWithPath: area + "/" + name))
        }
        let rerun = try Proc.run(
            [
                "run", "--db", "c.sqlite", "--year", "2026", "--submissions", Repo.path("Data/demo"), "--evidence",
                Repo.path("Data/evidence"), "--out", "out", "--date", "2026-11-30", "--quiet",
            ], in: dir)
        print("kill -9 during run: 8 kills, \(killedWhileWriting) left temporaries behind before the rerun")
        #expect(rerun.status == 0, "\(rerun.err)")
        #expect(Self.leftovers(dir + "/out") == [], "no temporaries after the rerun")
        #expect(FileManager.default.fileExists(atPath: area + "/summit.html"))
    }

    @Test func atomicWritesLeaveOnlyTheFile() throws {
        let dir = Repo.tempDir("atomic")
        #expect(try AtomicFile.write("one", to: dir + "/a.md"))
        #expect(try !AtomicFile.write("one", to: dir + "/a.md"), "unchanged content is not rewritten")
        #expect(try AtomicFile.write("two", to: dir + "/a.md"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.md"])
        #expect(try String(contentsOfFile: dir + "/a.md", encoding: .utf8) == "two")
    }

    @Test func aFullDiskIsSaidInPlainWords() throws {
        // /dev/full fails every write with ENOSPC, as a full disk does.
        let fd = open("/dev/full", O_WRONLY)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect {
            try AtomicFile.writeAll(Array(repeating: 0x41, count: 10_000), to: fd, path: "/srv/reports/summit.html")
        } throws: { error in
            let e = AppError.from(error)
            return e.message.contains("/srv/reports/summit.html") && e.message.contains("disk is full") && e.exitCode == 3
        }
        let full = AppError.from(DatabaseError(file: "/data/c.sqlite", code: 13, message: "database or disk is full", sql: "INSERT …"))
        #expect(full.message.contains("/data/c.sqlite") && full.message.contains("disk is full"), "\(full.message)")
        #expect(!full.message.contains("SQLite code"), "\(full.message)")
    }

    @Test(.enabled(if: Proc.canDropRoot, "the tests run as root, for whom no folder is read-only, and /usr/bin/setpriv is missing"))
    func aFolderThatCannotBeWrittenIsSaidInPlainWords() throws {
        let dir = Repo.tempDir("readonly-out")
        #expect(try Proc.run(["ingest", "--db", "c.sqlite", "--quiet", Repo.path("Data/demo")], in: dir).status == 0)
        try FileManager.default.createDirectory(atPath: dir + "/locked", withIntermediateDirectories: true)
        #expect(chmod(dir + "/locked", 0o555) == 0 && chmod(dir, 0o777) == 0 && chmod(dir + "/c.sqlite", 0o666) == 0)
        _ = try Proc.run(["score", "--db", "c.sqlite", "--all-years", "--quiet"], in: dir)
        for args in [["export", "--all-years", "--out", "locked/x"], ["report", "status", "--year", "2026", "--out", "locked"]] {
            let r = try Proc.run(args + ["--db", "c.sqlite"], in: dir, unprivileged: true)
            #expect(r.status == 3, "\(args[0]): \(r.err)")
            #expect(r.err.contains("locked"), "names the folder: \(r.err)")
            #expect(r.err.contains("permission"), "says why: \(r.err)")
            #expect(!r.err.contains("NSCocoaErrorDomain") && !r.err.contains("(null)"), "\(r.err)")
        }
    }

    static let trick = "Leeds\u{202E}evil"
    static let controls: [Unicode.Scalar] = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}",
        "\u{200F}", "\u{061C}",
    ]

    static func submittedControls(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { controls.contains($0) && $0 != "\u{2068}" && $0 != "\u{2069}" }
    }

    @Test func bidiControlsCannotReorderTheTextAroundThem() throws {
        // HTML: the controls go, the text is isolated.
        let html = HTMLEscaping.text(Self.trick + " (383)")
        #expect(Self.submittedControls(html).isEmpty)
        #expect(html == "<bdi>Leedsevil (383)</bdi>")
        #expect(HTMLEscaping.text("plain (383)") == "plain (383)", "text without controls is as before")
        #expect(!HTMLEscaping.attribute(Self.trick).contains("<bdi>") && Self.submittedControls(HTMLEscaping.attribute(Self.trick)).isEmpty)
        // Markdown: the controls go, the text is isolated with U+2068 … U+2069.
        let md = MarkdownEscaping.inline(Self.trick + " (383)\u{2069}\u{202E}")
        #expect(md == "\u{2068}Leedsevil (383)\u{2069}")
        // CSV exports: the controls go.
        let t = ExportTable(name: "x", columns: ["la_name"], rows: [[.text(Self.trick)], [.code("a\u{202E}b")]])
        #expect(Self.submittedControls(t.csv()).isEmpty && !t.csv().contains("\u{2068}"))
        #expect(t.csv().contains("Leedsevil"))
    }

    @Test func submittedTextWithBidiControlsAndLongWordsOnEveryPage() throws {
        let dir = Repo.tempDir("bidi")
        let long = String(repeating: "x", count: 3_950)
        let csv = """
            la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff
            101,2026,front-door,Good,N,Y,0,2,high,"Audit \u{202E}evil (12%) \(long)",2026-11-10,"A. Boss\u{202E}evil \(String(repeating: "y", count: 300))"
            101,2026,children-in-care,Good,Y,N,2,0,high,plain,2026-11-10,"A. Boss\u{202E}evil"
            101,2026,workforce,RI,N,N,0,1,low,,2026-11-10,"A. Boss\u{202E}evil"

            """
        try csv.write(toFile: dir + "/101-2026.csv", atomically: false, encoding: .utf8)
        let run = try PipelineRun.run(
            register: Repo.fixture("worked-example/register.csv"), framework: Repo.fixture("worked-example/framework.json"),
            submissions: [dir + "/101-2026.csv"])
        #expect(run.ingest.stored == 1)
        _ = try ReportWriter.write(
            store: run.store,
            request: ReportRequest(year: 2026, regions: ["Example Region"], reportDate: "2027-01-20", scoredAt: PipelineRun.now),
            to: dir + "/out")
        let pages = dir + "/out/example-region/2026"
        for name in try FileManager.default.contentsOfDirectory(atPath: pages) {
            let text = try String(contentsOfFile: pages + "/" + name, encoding: .utf8)
            #expect(Self.submittedControls(text).isEmpty, "\(name) holds a raw bidirectional control")
        }
        let status = try String(contentsOfFile: pages + "/status.html", encoding: .utf8)
        #expect(status.contains("<bdi>A. Bossevil"), "the sign-off is isolated")
        let pack = try String(contentsOfFile: pages + "/challenge-101.md", encoding: .utf8)
        #expect(pack.contains("\u{2068}Audit evil (12%)"), "the narrative is isolated in Markdown")
    }

    @Test func oneLongWordCannotWidenAPage() throws {
        let css = ReportStylesheet.css(accent: "#1d70b8", footer: "\"\"")
        func selectors(_ line: Substring) -> [String] {
            line.split(separator: "{")[0].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        // Every element that holds text wraps a word wider than its line (break-word keeps
        // ordinary words whole, audit finding 3) …
        let rule = try #require(css.split(separator: "\n").first { $0.contains("overflow-wrap: break-word") && $0.contains(" td") })
        for selector in ["p", "li", "td", "th", "dd", "dt", "caption", "blockquote", "h1", "h2", "h3"] {
            #expect(selectors(rule).contains(selector), "\(selector)")
        }
        // … and submitted free text, a narrative or a word of more than 24 characters, may break anywhere.
        let anywhere = try #require(css.split(separator: "\n").first { $0.contains("overflow-wrap: anywhere") })
        #expect(selectors(anywhere) == [".free", ".narrative blockquote"])
        let word = String(repeating: "x", count: 3950)
        #expect(HTMLEscaping.text("Audit " + word).contains("<span class=\"free\">\(word)</span>"))
    }
}
