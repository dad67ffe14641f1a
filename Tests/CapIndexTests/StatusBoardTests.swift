import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The November status board: submitted, version, sign-off, and errors of attempts
/// made after the current version, even within the same run.
struct StatusBoardTests {
    static let header = "la_code,year,theme,rating,cx_signoff\n"
    static func good(_ la: String, signed: Bool = true) -> String {
        header + ["front-door", "children-in-care", "workforce"].map { "\(la),2026,\($0),2,\(signed ? "CX" : "")\n" }.joined()
    }
    static let bad = header + "101,2026,front-door,Excellent,CX\n"

    static func board(_ files: [(String, String)]) throws -> StatusBoard {
        let dir = Repo.tempDir("status")
        for (name, text) in files { try text.write(toFile: "\(dir)/\(name)", atomically: true, encoding: .utf8) }
        let run = try PipelineRun.run(
            register: Repo.fixture("worked-example/register.csv"),
            framework: Repo.fixture("worked-example/framework.json"), submissions: [dir])
        return try run.store.statusBoard(year: 2026, region: "Example Region")
    }

    @Test func laterRejectedAttemptInTheSameRunShows() throws {
        let b = try Self.board([("a.csv", Self.good("101")), ("b.csv", Self.bad)])
        let r = try #require(b.rows.first { $0.laCode == "101" })
        #expect(r.submitted && r.version == 1)
        #expect(r.errors == 2, "E204 and E211 of b.csv")
        #expect(r.state == "valid (later attempt rejected)")
        #expect(r.errorMessages.first?.contains("b.csv:2") == true)
    }

    @Test func earlierRejectedAttemptIsNotHeldAgainstALaterValidOne() throws {
        let b = try Self.board([("a.csv", Self.bad), ("b.csv", Self.good("101"))])
        let r = try #require(b.rows.first { $0.laCode == "101" })
        #expect(r.submitted && r.errors == 0 && r.state == "valid")
    }

    @Test func notSubmittedRejectedAndUnsigned() throws {
        let b = try Self.board([("a.csv", Self.bad), ("c.csv", Self.good("102", signed: false))])
        #expect(b.rows.map(\.laCode) == ["101", "102", "103"])
        #expect(b.rows[0].state == "rejected" && b.rows[0].errors == 2)
        #expect(b.rows[1].state == "valid" && b.rows[1].cxSignoff == nil && b.rows[1].warnings >= 1, "W107")
        #expect(b.rows[2].state == "not submitted")
        #expect(b.submittedCount == 1 && b.signedOffCount == 0)
    }
}
