import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Hints that fit the input, and stray files in an inbox (issue 12): a file that is
/// plainly not a submission is skipped in a folder with I010 naming the rule, and named
/// on the command line it is rejected with a hint saying what it looks like.
@Suite struct IngestHintTests {
    static func fixture(_ name: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: Repo.fixture("evidence/" + name))!) }

    @Test(arguments: [
        ("README.txt", "Anything at all", "name: a file called readme"),
        ("Read_Me.csv", "la_code,year,theme,rating", "name: a file called readme"),
        ("lait.csv", "", "content: the LAIT download header"),
        ("ees.csv", "", "content: the EES open-data header"),
        ("tidy.csv", "", "content: the tidy indicator header"),
        ("ofsted.csv", "", "content: the Ofsted ILACS outcomes header"),
        ("notes.txt", "Dear coordinator\n\nHere is our return.\n", "content: plain text"),
        // A letter whose first line has a comma is prose too, not a CSV to fill in (audit 21).
        ("note.txt", "Dear coordinator, here is our return.\nPlease find it attached, with thanks.\n", "content: plain text"),
        ("letter.txt", "Dear coordinator,\nPlease find our return attached.\n", "content: plain text"),
        ("report-settings.json", ##"{"title": "x", "accent_colour": "#1d70b8"}"##, "content: a JSON document without la_code or themes"),
    ])
    func plainlyNotASubmission(name: String, text: String, rule: String) throws {
        let bytes: [UInt8] =
            switch name {
            case "lait.csv": Self.fixture("lait-release-1.csv")
            case "ees.csv": Self.fixture("ees-quirks.csv")
            case "tidy.csv": Self.fixture("tidy-duplicates.csv")
            case "ofsted.csv": Self.fixture("ofsted-outcomes.csv")
            default: Array(text.utf8)
            }
        let verdict = try #require(SubmissionFileSniffer.check(bytes, name: "inbox/" + name), "\(name)")
        #expect(verdict.rule.hasPrefix(rule), "\(verdict.rule)")
    }

    @Test(arguments: [
        ("a.csv", IngestSupport.csvFile(IngestSupport.rows("101"))),
        ("damaged.csv", "la_code;year;theme\n101;2026\n\"unclosed"),
        ("a.json", #"[{"la_code": "101", "year": 2026, "themes": []}]"#),
        ("half.json", #"{"year": 2026, "themes": [{"theme": "front-door"}]}"#),
        ("broken.json", "{\"la_code\": "),
        ("two-columns.txt", "theme,score\nfront-door,2\n"),
        ("headerless.csv", "370,2026,front-door,2\n"),
        ("spaced-header.csv", "LA Code,Year,Theme,Rating\n370,2026,front-door,2\n"),
        ("binary.csv", "\u{0}\u{1}\u{2}"),
    ])
    func aSubmissionHoweverDamagedIsNeverSkipped(name: String, text: String) {
        #expect(SubmissionFileSniffer.check(Array(text.utf8), name: name) == nil, "\(name)")
    }

    @Test func strayFilesInAnInboxAreSkippedWithANoticeNamingTheRule() throws {
        let h = try IngestHarness.make()
        try h.write("101-2026.csv", IngestSupport.csvFile(IngestSupport.rows("101")))
        try h.write("README.txt", "Submissions for 2026 go here.\n")
        try h.write("lait_long_selected.csv", bytes: Self.fixture("lait-release-1.csv"))
        let report = try h.ingest()
        #expect(report.errorCount == 0 && report.stored == 1 && report.skippedFiles == 2)
        let skipped = report.diagnostics.filter { $0.code == .i010 }
        #expect(skipped.count == 2 && skipped.allSatisfy { $0.severity == .notice })
        let lait = try #require(skipped.first { $0.location.file.hasSuffix("lait_long_selected.csv") })
        #expect(
            lait.message
                == "skipped: a LAIT indicator download, not a submission (rule content: the LAIT download header (Short Desc, Years, LA Number, …))"
        )
        #expect(lait.hint?.contains("capindex evidence import") == true)
        #expect(report.summary.hasSuffix("; 2 files skipped, not submissions"))
        // The next run says the same (nothing was recorded for them), still without an error.
        let again = try h.ingest()
        #expect(again.errorCount == 0 && again.skippedFiles == 2)
    }

    @Test func aStrayFileNamedOnTheCommandLineIsRejectedSayingWhatItLooksLike() throws {
        let h = try IngestHarness.make()
        let lait = try h.write("lait.csv", bytes: Self.fixture("lait-release-1.csv"))
        let report = try h.ingest([lait])
        let e = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(e.code == .e210)
        #expect(
            e.hint
                == "this looks like a LAIT indicator download, not a submission — import it with capindex evidence import (or put it in the folder given to --evidence)"
        )
        let readme = try h.write("readme.txt", "Notes for the coordinator\n")
        let r2 = try h.ingest([readme])
        #expect(r2.diagnostics.first { $0.severity == .error }?.hint?.hasPrefix("this looks like a readme, not a submission") == true)
    }

    @Test func aBlankWorkbookIsToldToFillInColumnC() throws {
        let h = try IngestHarness.make()
        let register = try h.store.loadRegister()
        let framework = try #require(try h.store.currentFramework()).framework
        let blank = SubmissionTemplate(la: try #require(register.row("101", in: 2026)), year: 2026, framework: framework, lastYear: nil)
        let path = try h.write("101-ashdown-2026.xlsx", bytes: blank.workbook())
        let report = try h.ingest([path])
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 3 && errors.allSatisfy { $0.code == .e210 })
        #expect(errors.map(\.location.path) == ["Submission!C9", "Submission!C10", "Submission!C11"])
        #expect(errors.allSatisfy { $0.hint?.hasPrefix("fill in the rating for each theme in column C") == true })
        // A CSV keeps the general hint.
        let csv = try h.write(
            "a.csv", "la_code,year,theme,rating\n101,2026,front-door,\n101,2026,children-in-care,2\n101,2026,workforce,2\n")
        let r2 = try h.ingest([csv])
        #expect(r2.diagnostics.first { $0.code == .e210 }?.hint == DiagnosticCode.e210.hint)
    }

    @Test func aBadValueInAWorkbookPointsToTheDropDownList() throws {
        let cell = SourceLocation(file: "a.xlsx", path: "Submission!I10")
        #expect(SubmissionHints.value(.e205, at: cell) == "\(DiagnosticCode.e205.hint!) — the drop-down list in column I offers the values")
        #expect(SubmissionHints.value(.e205, at: SourceLocation(file: "a.csv", line: 3)) == nil)
    }

    @Test func evidenceImportOfAnOfstedFilePointsToEvidenceOfsted() throws {
        let run = try PipelineRun.workedExample(evidence: false)
        let report = try EvidenceImporter(store: run.store, now: PipelineRun.now)
            .importIndicators(paths: [Repo.fixture("evidence/ofsted-outcomes.csv")])
        let w = try #require(report.diagnostics.first { $0.code == .w004 })
        #expect(w.message.hasPrefix("this is an Ofsted ILACS outcomes file"))
        #expect(w.hint?.hasPrefix("import it with capindex evidence ofsted FILE") == true)
        let sub = try EvidenceImporter(store: run.store, now: PipelineRun.now)
            .importIndicators(paths: [Repo.fixture("worked-example/inputs/submissions/example-2026.csv")])
        #expect(sub.diagnostics.first { $0.code == .w004 }?.hint?.hasPrefix("ingest it with capindex ingest FILE") == true)
        let other = try OfstedImporter(store: run.store, now: PipelineRun.now).importFiles([Repo.fixture("evidence/lait-release-1.csv")])
        #expect(other.diagnostics.first { $0.code == .w004 }?.hint?.contains("capindex evidence import") == true)
    }

    @Test func theFileNameGivesTheLAAndYearOfAnUnreadableFile() throws {
        let register = try LARegister.parse(
            [UInt8](FileManager.default.contents(atPath: Repo.fixture("worked-example/register.csv"))!), file: "register.csv")
        #expect(SubmissionFileName.laAndYear("in/102-brackwater-2026.xlsx", register: register) == ("102", 2026))
        #expect(SubmissionFileName.laAndYear("101_2026_v2.csv", register: register) == ("101", 2026))
        #expect(SubmissionFileName.laAndYear("999-nowhere-2026.csv", register: register) == (nil, 2026), "not in the register")
        #expect(SubmissionFileName.laAndYear("returns-2026.csv", register: register) == (nil, 2026))
        #expect(SubmissionFileName.laAndYear("1010-2026.csv", register: register) == (nil, 2026), "four digits are not an LA code")
        #expect(SubmissionFileName.laAndYear("notes.csv", register: register) == (nil, nil))
    }
}
