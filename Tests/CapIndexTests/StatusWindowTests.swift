import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The status board in the November window (SPEC 2 "Submission window", SPEC 6 "status"):
/// late versions by ingest time, the chase list, warnings naming their theme, errors
/// with their fix.
@Suite struct StatusWindowTests {
    @Test func anOnTimeAndALateVersion() throws {
        let desk = try NovemberDesk.make()
        try desk.ingest([try desk.file("v1.csv", NovemberDesk.csv("101"))], at: "2026-11-28T23:59:59Z")
        try desk.ingest([try desk.file("v2.csv", NovemberDesk.csv("101", ratings: ["Good", "Good", "Good"]))], at: "2026-11-29T00:00:01Z")
        let row = try #require(try desk.board().rows.first { $0.laCode == "101" })
        #expect(row.history.map(\.late) == [false, true], "the ingest time counts, not submitted_on (2026-11-10 in both)")
        #expect(row.history.map(\.state) == [.superseded, .current])
        #expect(row.late && row.lateVersions == [2])
        // Without a deadline nothing is late.
        let none = try #require(try desk.board(.none).rows.first { $0.laCode == "101" })
        #expect(!none.late && none.history.allSatisfy { !$0.late })
        let md = try NovemberDesk.page(try desk.reports([.status]), "status.md")
        #expect(md.contains("| Ashdown | Valid | 10 November 2026 | 2 of 2 · Late | A. Chief |"))
        #expect(md.contains("| Ashdown | 2 | v2.csv | 29 November 2026, 00:00 UTC | yes |"))
        #expect(md.contains("The deadline for 2026 is 28 November 2026."))
    }

    @Test func theChaseListHasTheRejectedTheMissingTheUnsignedAndTheLate() throws {
        let desk = try NovemberDesk.make()
        // 101: valid, signed off, but late. 102: valid, not signed off, on time. 103: rejected.
        try desk.ingest([try desk.file("102.csv", NovemberDesk.csv("102", signoff: ""))], at: "2026-11-20T09:00:00Z")
        try desk.ingest(
            [try desk.file("103.csv", NovemberDesk.csv("103", ratings: ["Good", "Grand", "Good"]))], at: "2026-11-21T09:00:00Z")
        try desk.ingest([try desk.file("101.csv", NovemberDesk.csv("101"))], at: "2026-12-01T09:00:00Z")
        let board = try desk.board()
        #expect(
            board.chaseList == [
                ChaseItem(laCode: "103", laName: "Coldharbour", reasons: [.rejected]),
                ChaseItem(laCode: "102", laName: "Brackwater", reasons: [.notSignedOff]),
                ChaseItem(laCode: "101", laName: "Ashdown", reasons: [.late]),
            ])
        #expect(board.deadline == "2026-11-28" && board.lateCount == 1)
        let md = try NovemberDesk.page(try desk.reports([.status]), "status.md")
        let chase = try #require(md.range(of: "## Chase list")), table = try #require(md.range(of: "## Submissions by LA"))
        #expect(chase.lowerBound < table.lowerBound, "the chase list is at the top")
        #expect(md.contains("| [Coldharbour](feedback-103.md) | Rejected | send the file again with the errors put right |"))
        #expect(md.contains("| [Brackwater](feedback-102.md) | Not signed off |"))
        #expect(md.contains("| [Ashdown](feedback-101.md) | Late | note that it came after the deadline |"))
        // The error carries its theme and its fix.
        #expect(md.contains("| 103.csv, line 3 | Children in care | E204 | rating 'Grand' is not a rating | Use 1–4 or Outstanding"))
        // Warnings name the theme by title, and carry their fix or the question they raise (audit 24).
        #expect(
            md.contains(
                "| Brackwater | 102.csv, line 2 | Whole submission | W107 | No chief executive sign-off on this submission | Have the chief executive sign the self-assessment off, fill in cx_signoff with their name and send it again. |"
            ))
        #expect(md.contains("| Fix, or the question it raises |"))
    }

    @Test func nobodyToChaseWhenAllIsWell() throws {
        let desk = try NovemberDesk.make()
        for la in ["101", "102", "103"] { try desk.ingest([try desk.file("\(la).csv", NovemberDesk.csv(la))], at: "2026-11-20T09:00:00Z") }
        #expect(try desk.board().chaseList.isEmpty)
        let md = try NovemberDesk.page(try desk.reports([.status]), "status.md")
        #expect(md.contains("Nobody to chase: every LA has a valid submission, signed off and in time."))
    }

    @Test func anLAThatSentNothingIsOnTheChaseList() throws {
        let desk = try NovemberDesk.make()
        try desk.ingest([try desk.file("101.csv", NovemberDesk.csv("101"))], at: "2026-11-20T09:00:00Z")
        #expect(try desk.board().chaseList.map(\.laCode) == ["102", "103"])
        #expect(try desk.board().chaseList.allSatisfy { $0.reasons == [.notSubmitted] })
    }

    @Test func theDeadlineSettingIsChecked() throws {
        let dir = Repo.tempDir("settings")
        for (text, words) in [
            (#"{"deadlines": {"2026": "28/11/2026"}}"#, "is not a date"), (#"{"deadlines": {"next": "2026-11-28"}}"#, "is not a year"),
            (#"{"deadlines": ["2026-11-28"]}"#, "must map years to dates"),
        ] {
            try text.write(toFile: dir + "/s.json", atomically: true, encoding: .utf8)
            #expect(throws: ReportError.self) { try ReportSettings.load(path: dir + "/s.json") }
            #expect(Application.settingsProblem(path: dir + "/s.json")?.contains(words) == true, "\(text)")
        }
        try #"{"deadlines": {"2026": "2026-11-28"}}"#.write(toFile: dir + "/s.json", atomically: true, encoding: .utf8)
        #expect(try ReportSettings.load(path: dir + "/s.json").window == NovemberDesk.window)
    }
}
