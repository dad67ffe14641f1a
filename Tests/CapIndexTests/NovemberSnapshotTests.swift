import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The November pages in the states the window brings, compared with committed
/// references: the status board with its chase list, a late resubmission, a rejected
/// workbook and a withdrawal; and the feedback page of each of those LAs.
@Suite struct NovemberSnapshotTests {
    /// Ashdown sends v1 in time and v2 after the deadline; Brackwater the blank workbook;
    /// Coldharbour's JSON is withdrawn (filed under the wrong code). Deadline 28 November 2026.
    static func written() throws -> String {
        let desk = try NovemberDesk.make()
        try desk.ingest([try desk.file("101-ashdown-2026.csv", NovemberDesk.csv("101"))], at: "2026-11-20T09:00:00Z")
        try desk.ingest(
            [try desk.file("101-ashdown-2026-v2.csv", NovemberDesk.csv("101", ratings: ["Good", "Requires improvement", "Outstanding"]))],
            at: "2026-11-30T08:15:00Z")
        try desk.ingest([try desk.file("102-brackwater-2026.xlsx", bytes: try desk.blankWorkbook("102"))], at: "2026-11-24T10:00:00Z")
        try desk.ingest(
            [
                try desk.file(
                    "103-coldharbour-2026.json",
                    #"{"la_code": "103", "year": 2026, "cx_signoff": "Dr Öz Kaya", "themes": [{"theme": "front-door", "rating": 2}, {"theme": "children-in-care", "rating": 2}, {"theme": "workforce", "rating": 2}]}"#
                )
            ], at: "2026-11-21T09:00:00Z")
        #expect(
            try desk.store.withdraw(laCode: "103", year: 2026, why: "Ashdown's draft, filed under 103", at: "2026-11-22T12:00:00Z") != nil)
        return try desk.reports([.status])
    }

    static let pageNames = ["status", "feedback-101", "feedback-102", "feedback-103"]

    @Test(arguments: ["md", "html"])
    func theNovemberPagesMatchTheirReferences(format: String) throws {
        let folder = try Self.written()
        for name in Self.pageNames {
            ReportSnapshot.check(try NovemberDesk.page(folder, "\(name).\(format)"), named: "november-\(name).\(format)")
        }
    }
}
