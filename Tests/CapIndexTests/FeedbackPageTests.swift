import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// SPEC 6 "feedback-CODE": one page per LA that sent something, to e-mail back the same
/// day — accepted or not in plain words, every error and warning located in the LA's own
/// file with the theme's title and the fix, what to do next; no link to another page.
@Suite struct FeedbackPageTests {
    /// 101 sends a CSV with a bad rating on line 3, 102 the blank workbook, 103 a JSON
    /// file that passes with a challenge flag; all before the deadline, and the pages are
    /// written the same day.
    static func scenario() throws -> (desk: NovemberDesk, folder: String) {
        let desk = try NovemberDesk.make()
        var rows = IngestSupport.rows("101")
        rows[1] = rows[1].replacingOccurrences(of: ",Good,", with: ",Goodish,")
        let csv = try desk.file("101-ashdown-2026.csv", IngestSupport.csvFile(rows))
        let xlsx = try desk.file("102-brackwater-2026.xlsx", bytes: try desk.blankWorkbook("102"))
        let json = try desk.file(
            "103-coldharbour-2026.json",
            """
            {"la_code": "103", "year": 2026, "submitted_on": "2026-11-12", "cx_signoff": "Dr Öz Kaya",
             "themes": [{"theme": "front-door", "rating": "Good", "development": true, "narrative": "Re-audit due in March"},
                        {"theme": "children-in-care", "rating": 3, "need": 1},
                        {"theme": "workforce", "rating": "Good"}]}
            """)
        let report = try desk.ingest([csv, xlsx, json], at: "2026-11-24T10:00:00Z")
        #expect(report.stored == 1 && report.rejected == 2)
        return (desk, try desk.reports([.feedback], date: "2026-11-24"))
    }

    @Test func aRejectedCSVIsLocatedByLineWithTheThemeTitleAndTheFix() throws {
        let (_, folder) = try Self.scenario()
        let md = try NovemberDesk.page(folder, "feedback-101.md")
        #expect(md.contains("**Not accepted.** Your file 101-ashdown-2026.csv (received 24 November 2026, 10:00 UTC) has 1 error"))
        #expect(md.contains("| 101-ashdown-2026.csv, line 3 | Children in care | rating 'Goodish' is not a rating (E204) |"))
        #expect(md.contains("Use 1–4 or Outstanding, Good, Requires improvement (RI), Inadequate."))
        #expect(md.contains("1. Put right each error listed above, at the place given."))
        #expect(md.contains("by the end of 28 November 2026"), "the deadline is in the next steps")
        #expect(!md.contains("Brackwater") && !md.contains("Coldharbour"), "no other LA on the page")
    }

    /// Audit finding 7: on a page dated after the deadline the LA is not told to send its
    /// file by a day that is over.
    @Test func afterTheDeadlineARejectedLAIsToldToSendItAsSoonAsItCan() throws {
        let (desk, _) = try Self.scenario()
        let folder = try desk.reports([.feedback], date: "2026-12-01")
        let md = try NovemberDesk.page(folder, "feedback-101.md")
        #expect(!md.contains("by the end of 28 November 2026"), "\(md)")
        #expect(
            md.contains(
                "Send the whole file again to the regional coordinator as soon as you can: the deadline, 28 November 2026, has passed, so it will be marked late."
            ))
        #expect(md.contains("The deadline for 2026 was 28 November 2026. It has passed: a file that arrives now is marked late."))
        // On the deadline day itself it is still "by the end of" that day.
        let onTheDay = try NovemberDesk.page(try desk.reports([.feedback], date: "2026-11-28"), "feedback-101.md")
        #expect(onTheDay.contains("by the end of 28 November 2026"))
    }

    @Test func aRejectedWorkbookIsLocatedBySheetAndCellAndSaysFillInColumnC() throws {
        let (_, folder) = try Self.scenario()
        let md = try NovemberDesk.page(folder, "feedback-102.md")
        #expect(md.contains("**Not accepted.** Your file 102-brackwater-2026.xlsx"))
        #expect(md.contains("has 3 errors"))
        #expect(
            md.contains(
                "| 102-brackwater-2026.xlsx, sheet Submission, cell C9 | Front door: contact, referral and early help | the rating is blank for Front door: contact, referral and early help (E210) | Fill in the rating for each theme in column C"
            ))
        #expect(md.contains("sheet Submission, cell C11 | Social work workforce |"))
        #expect(md.contains("Keep the workbook as capindex sent it"))
    }

    @Test func anAcceptedJSONSaysSoAndLocatesItsWarningByPath() throws {
        let (desk, folder) = try Self.scenario()
        let md = try NovemberDesk.page(folder, "feedback-103.md")
        #expect(
            md.contains(
                "**Accepted.** Your self-assessment for 2026, version 1, from 103-coldharbour-2026.json (received 24 November 2026, 10:00 UTC), passed every check and counts."
            ))
        #expect(
            md.contains(
                "| 103-coldharbour-2026.json, at `$.themes[0]` | Front door: contact, referral and early help | Rated Good but also named an area for development (W101) |"
            ), "a JSON path reads as written, in a code span, without backslashes (audit 11)")
        #expect(!md.contains("\\$"))
        #expect(
            md.contains(
                "be ready for the question at the challenge event: If this theme is good or better, why is it also an area for development?"
            ))
        #expect(md.contains("The version that counts arrived in time."))
        #expect(!md.contains("## Errors to put right"))
        let html = try NovemberDesk.page(folder, "feedback-103.html")
        #expect(html.contains("<h1>Coldharbour: feedback on the 2026 self-assessment</h1>"))
        #expect(html.contains(" at <code>$.themes[0]</code>"))
        #expect(
            html.components(separatedBy: "href=\"").count == 2 && html.contains("href=\"#main\""),
            "e-mailed alone: no link but the skip link")
        #expect(!html.contains("<nav"), "no navigation bar")
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"), "self-contained")
        _ = desk
    }

    @Test func onlyLAsThatSentSomethingGetAPageAndStatusWritesThemToo() throws {
        let desk = try NovemberDesk.make()
        try desk.ingest([try desk.file("a.csv", NovemberDesk.csv("101"))], at: "2026-11-24T10:00:00Z")
        let folder = try desk.reports([.status])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["feedback-101.html", "feedback-101.md", "index.html", "index.md", "status.html", "status.md"])
        let status = try NovemberDesk.page(folder, "status.md")
        #expect(status.contains("[Feedback](feedback-101.md)"))
        let index = try NovemberDesk.page(folder, "index.md")
        #expect(index.contains("[Ashdown](feedback-101.md) (101): valid"))
    }

    @Test func aWorkbookThatCannotBeReadReachesTheLAItsNameGives() throws {
        let desk = try NovemberDesk.make()
        let broken = try desk.file("102-brackwater-2026.xlsx", bytes: Array("PK\u{3}\u{4} not really a zip".utf8))
        let report = try desk.ingest([broken], at: "2026-11-24T10:00:00Z")
        #expect(report.errorCount == 1 && report.diagnostics.first?.code == .e218)
        #expect(report.diagnostics.first?.laCode == "102" && report.diagnostics.first?.year == 2026, "from the template's file name")
        let row = try #require(try desk.board().rows.first { $0.laCode == "102" })
        #expect(row.state == "rejected" && row.errorDetails.first?.code == .e218)
        let md = try NovemberDesk.page(try desk.reports([.feedback]), "feedback-102.md")
        #expect(md.contains("102-brackwater-2026.xlsx (the whole file)"))
        #expect(md.contains("save it again as Excel Workbook (.xlsx)"))
    }
}
