import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// One test per error code E201–E217 (SPEC section 2), through the real ingest path:
/// files written to a temp folder and ingested with `Ingester.ingest(paths:)`.
///
/// Row-level cases use one file `a.csv`: header (line 1), a good submission of LA 101
/// (lines 2–4), then the faulty rows from line 5. The good one must be stored, nothing
/// of the faulty one. File-level cases (E210 column, E213, E214, E216) put the fault in
/// `a.*` and a good submission in `b.csv` of the same run.
@Suite struct IngestErrorCodeTests {
    /// Ingests `a.csv` = header + 101's good rows (lines 2–4) + `lines` (from line 5).
    private func ingestBeside(_ lines: [String], register: String? = nil) throws -> (IngestHarness, IngestReport) {
        let h = try IngestHarness.make(register: register)
        try h.write("a.csv", IngestSupport.csvFile(IngestSupport.rows("101") + lines))
        return (h, try h.ingest())
    }

    // MARK: E201

    @Test(arguments: ["999", "E06999999"])
    func e201UnknownLACode(code: String) throws {
        let (h, report) = try ingestBeside(IngestSupport.rows(code))
        defer { h.cleanup() }
        let e201 = report.coded("E201")
        #expect(e201.map(\.location.line) == [5, 6, 7], "each row of the unknown LA is reported")
        try expectDiagnostic(report, "E201", file: "a.csv", line: 5)
        #expect(e201.first?.message.contains(code) == true)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [])
        #expect(try h.allVersions(of: code) == 0)
        #expect(report.stored == 1)
    }

    // MARK: E202

    @Test func e202LANotValidThatYear() throws {
        // 106 closed after 2024; 107 opened in 2025.
        let register = """
            old_la_code,new_la_code,la_name,region,from_year,to_year
            101,E06900001,Ashdown,Example Region,,
            106,E06900006,Fallowfield,Example Region,,2024
            107,E06900007,Greystones,Example Region,2025,

            """
        let lines =
            IngestSupport.rows("106")  // lines 5–7: 2026, after its last year
            + IngestSupport.rows("E06900007", year: "2024")  // lines 8–10: before its first year
            + IngestSupport.rows("106", year: "2024")  // lines 11–13: valid
        let (h, report) = try ingestBeside(lines, register: register)
        defer { h.cleanup() }
        let e202 = report.coded("E202")
        #expect(e202.count == 2)
        try expectDiagnostic(report, "E202", file: "a.csv", line: 5)
        #expect(e202.map(\.location.line) == [5, 8])
        #expect(e202.map(\.laCode) == ["106", "107"])
        #expect(e202.map(\.year) == [2026, 2024])
        try expectStoredOnly(h, stored: [("101", 2026), ("106", 2024)], rejected: [("106", 2026), ("107", 2024)])
        #expect(report.rejected == 2)
    }

    // MARK: E203

    @Test func e203UnknownTheme() throws {
        var bad = IngestSupport.rows("102")
        bad[1] = bad[1].replacingOccurrences(of: "children-in-care", with: "Children in cares")
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E203", file: "a.csv", line: 6)
        #expect(d.message.contains("Children in cares"))
        #expect(d.laCode == "102" && d.year == 2026)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    // MARK: E204

    @Test(arguments: ["Goood", "5", "0", "2.5", "Requires"])
    func e204BadRating(rating: String) throws {
        // Line 5–6: a record with an embedded line break, so the bad row starts on line 7.
        let lines = [
            "102,2026,front-door,Good,N,N,0,0,medium,\"Two lines:\nhere\",2026-11-10,B. Chief",
            "102,2026,children-in-care,\(rating),N,N,0,0,medium,,2026-11-10,B. Chief",
            "102,2026,workforce,Good,N,N,0,0,medium,,2026-11-10,B. Chief",
        ]
        let (h, report) = try ingestBeside(lines)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E204", file: "a.csv", line: 7)
        #expect(d.theme == "children-in-care")
        #expect(d.message.contains("'\(rating)'"))
        #expect(d.hint != nil, "every error comes with a hint")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
        #expect(report.rejected == 1 && report.stored == 1)
    }

    /// A numeric rating far out of range is E204 too; it once trapped converting to Int.
    @Test(arguments: ["1e20", "inf", "-1e400", "4.0000001"])
    func e204HugeNumericRatingDoesNotCrash(rating: String) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        var bad = IngestSupport.rows("102")
        bad[1] = "102,2026,children-in-care,\(rating),N,N,0,0,medium,,2026-11-10,A. Chief"
        try h.write("a.csv", IngestSupport.csvFile(IngestSupport.rows("101") + bad))
        let report = try h.ingest()
        try expectDiagnostic(report, "E204", file: "a.csv", line: 6)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    // MARK: E205, E206

    @Test(arguments: ["4", "1.5", "-1", "two"])
    func e205BadOffer(offer: String) throws {
        var bad = IngestSupport.rows("102")
        bad[1] = "102,2026,children-in-care,Good,N,N,\(offer),0,medium,,2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E205", file: "a.csv", line: 6)
        #expect(d.theme == "children-in-care")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    @Test(arguments: ["lots", "4", "0.5"])
    func e206BadNeed(need: String) throws {
        var bad = IngestSupport.rows("102")
        bad[2] = "102,2026,workforce,Good,N,N,0,\(need),medium,,2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E206", file: "a.csv", line: 7)
        #expect(d.theme == "workforce")
        #expect(report.coded("E205").isEmpty)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    // MARK: E207, E208

    @Test func e207BadConfidence() throws {
        var bad = IngestSupport.rows("102")
        bad[0] = "102,2026,front-door,Good,N,N,0,0,certain,,2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E207", file: "a.csv", line: 5)
        #expect(d.message.contains("certain"))
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    @Test(arguments: ["strength", "development"])
    func e208BadYesNo(column: String) throws {
        var bad = IngestSupport.rows("102")
        bad[1] =
            column == "strength"
            ? "102,2026,children-in-care,Good,maybe,N,0,0,medium,,2026-11-10,A. Chief"
            : "102,2026,children-in-care,Good,N,maybe,0,0,medium,,2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E208", file: "a.csv", line: 6)
        #expect(d.message.contains(column))
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    // MARK: E209

    @Test func e209SameThemeTwice() throws {
        // Line 8 names front-door again, by its title in another case with extra blanks.
        let bad =
            IngestSupport.rows("102") + [
                "102,2026,\"FRONT DOOR: contact,  referral and early help\",Good,N,N,0,0,medium,,2026-11-10,A. Chief"
            ]
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E209", file: "a.csv", line: 8)
        #expect(d.theme == "front-door")
        #expect(d.message.hasPrefix("Front door: contact, referral and early help appears again"), "the title, not the id (audit 10)")
        #expect(report.coded("E203").isEmpty, "the title resolves to front-door")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    /// A theme given twice is E209 even when its first row has a bad value: the LA should
    /// hear of both problems at once.
    @Test func e209ReportedEvenWhenTheFirstRowOfTheThemeIsBad() throws {
        var bad = IngestSupport.rows("102")
        bad[0] = "102,2026,front-door,Goood,N,N,0,0,medium,,2026-11-10,A. Chief"  // line 5: E204
        bad.append("102,2026,front-door,Good,N,N,0,0,medium,,2026-11-10,A. Chief")  // line 8: the same theme again
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        try expectDiagnostic(report, "E204", file: "a.csv", line: 5)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
        try expectDiagnostic(report, "E209", file: "a.csv", line: 8)
    }

    // MARK: E210

    @Test func e210MissingRatingValue() throws {
        var bad = IngestSupport.rows("102")
        bad[1] = "102,2026,children-in-care,  ,N,N,0,0,medium,,2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E210", file: "a.csv", line: 6)
        #expect(d.message == "the rating is blank for Children in care", "the theme's title, not its id (audit 10)")
        #expect(d.laCode == "102")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    @Test func e210MissingLACodeValueBelongsToNoSubmission() throws {
        var bad = IngestSupport.rows("102")
        bad[2] = ",2026,workforce,Good,N,N,0,0,medium,,2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        try expectDiagnostic(report, "E210", file: "a.csv", line: 7)
        // The row with no LA belongs to no submission, so 102 lacks workforce.
        try expectDiagnostic(report, "E211", file: "a.csv", line: 5)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    @Test(arguments: ["rating", "theme", "year", "la_code"])
    func e210MissingRequiredColumnRejectsTheWholeFile(column: String) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // a.csv: two complete submissions (101, 102), but without the column.
        let columns = IngestSupport.header.split(separator: ",").map(String.init)
        let drop = try #require(columns.firstIndex(of: column))
        let lines = [IngestSupport.header] + IngestSupport.rows("101") + IngestSupport.rows("102")
        let without = lines.map { line in
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells.remove(at: drop)
            return cells.joined(separator: ",")
        }
        try h.write("a.csv", IngestSupport.csv(without))
        try h.write("b.csv", IngestSupport.csvFile(IngestSupport.rows("103")))
        let report = try h.ingest()
        let d = try expectDiagnostic(report, "E210", file: "a.csv", line: 1)
        #expect(d.message.contains(column))
        #expect(report.rejectedFiles == 1)
        #expect(report.errorCodeList == ["E210"], "one file-level error, no per-row noise")
        try expectStoredOnly(h, stored: [("103", 2026)], rejected: [("101", 2026), ("102", 2026)])
    }

    @Test func e210HeaderAfterBlankLinesIsLocatedOnItsLine() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.csv", "\n,,\nla_code,year,theme\n101,2026,front-door\n")
        try h.write("b.csv", IngestSupport.csvFile(IngestSupport.rows("103")))
        let report = try h.ingest()
        try expectDiagnostic(report, "E210", file: "a.csv", line: 3)
        try expectStoredOnly(h, stored: [("103", 2026)], rejected: [("101", 2026)])
    }

    // MARK: E211

    @Test func e211ThemeMissing() throws {
        let bad = [IngestSupport.rows("102")[0], IngestSupport.rows("102")[2]]  // no children-in-care
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E211", file: "a.csv", line: 5)
        #expect(d.message.contains("children-in-care"))
        #expect(!d.message.contains("front-door"))
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    // MARK: E212

    @Test(arguments: ["26", "1999", "2101", "twenty", "2026.5"])
    func e212BadYear(year: String) throws {
        let (h, report) = try ingestBeside(IngestSupport.rows("102", year: year))
        defer { h.cleanup() }
        let e212 = report.coded("E212")
        #expect(e212.map(\.location.line) == [5, 6, 7])
        try expectDiagnostic(report, "E212", file: "a.csv", line: 5)
        #expect(e212.first?.message.contains("'\(year)'") == true)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [])
        #expect(try h.allVersions(of: "102") == 0, "rows whose year cannot be read belong to no submission")
    }

    @Test func e212YearAsExcelDecimalIsAccepted() throws {
        let (h, report) = try ingestBeside(IngestSupport.rows("102", year: "2026.0"))
        defer { h.cleanup() }
        #expect(report.errorCodeList.isEmpty)
        try expectStoredOnly(h, stored: [("101", 2026), ("102", 2026)], rejected: [])
    }

    // MARK: E213

    @Test(arguments: [
        // An unterminated quote running to the end of the file; the record starts on line 7.
        (
            "unterminated",
            "103,2026,children-in-care,Good,N,N,0,0,medium,\"Opened here\n103,2026,workforce,Good,N,N,0,0,medium,,2026-11-10,A. Chief\n"
        ),
        // Text after a closing quote on line 8, in a record that starts on line 7.
        (
            "text after quote",
            "103,2026,children-in-care,Good,N,N,0,0,medium,\"Starts here\nends here\"x,2026-11-10,A. Chief\n103,2026,workforce,Good,N,N,0,0,medium,,2026-11-10,A. Chief\n"
        ),
        (
            "text after quote on one line",
            "103,2026,children-in-care,Good,N,N,0,0,medium,\"quoted\" tail,2026-11-10,A. Chief\n103,2026,workforce,Good,N,N,0,0,medium,,2026-11-10,A. Chief\n"
        ),
    ])
    func e213MalformedCSVRejectsTheWholeFile(name: String, tail: String) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // a.csv: 102 good (lines 2–4), 103 front-door over lines 5–6, then the malformed record at line 7.
        let head =
            IngestSupport.header + "\n" + IngestSupport.csv(IngestSupport.rows("102"))
            + "103,2026,front-door,Good,N,N,0,0,medium,\"Two\nlines\",2026-11-10,A. Chief\n"
        try h.write("a.csv", head + tail)
        try h.write("b.csv", IngestSupport.csvFile(IngestSupport.rows("101")))
        let report = try h.ingest()
        try expectDiagnostic(report, "E213", file: "a.csv", line: 7)
        #expect(report.rejectedFiles == 1, "\(name)")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026), ("103", 2026)])
    }

    // MARK: E214

    @Test(arguments: [
        // Missing comma after "year": the parser stops on line 4.
        ("missing comma", "{\n  \"la_code\": \"102\",\n  \"year\": 2026\n  \"themes\": []\n}\n", 4),
        // Cut off inside the themes array.
        ("truncated", "[\n {\"la_code\": \"102\", \"year\": 2026,\n  \"themes\": [\n   {\"theme\": \"front-door\", \"rating\": 2}\n", 5),
        ("trailing comma", "{\"la_code\": \"102\",\n\"year\": 2026,\n}\n", 3),
    ])
    func e214MalformedJSON(name: String, json: String, line: Int) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.json", json)
        try h.write("b.csv", IngestSupport.csvFile(IngestSupport.rows("101")))
        let report = try h.ingest()
        let d = try expectDiagnostic(report, "E214", file: "a.json", line: line)
        #expect(d.location.line != nil, "E214 reports a line (\(name))")
        #expect(report.rejectedFiles == 1)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    @Test func e214JSONThatIsNotASubmission() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.json", "\"just a string\"\n")
        try h.write("b.json", "[{\"la_code\": \"102\", \"year\": 2026, \"themes\": []}, 42]\n")
        try h.write("c.csv", IngestSupport.csvFile(IngestSupport.rows("101")))
        let report = try h.ingest()
        try expectDiagnostic(report, "E214", file: "a.json", path: "$")
        #expect(report.coded("E214").map(\.locationFileName) == ["a.json", "b.json"])
        #expect(report.coded("E214").last?.location.path == "$[1]")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    // MARK: E215

    @Test func e215NarrativeOverTheLimit() throws {
        var bad = IngestSupport.rows("102")
        bad[0] = "102,2026,front-door,Good,N,N,0,0,medium,\(String(repeating: "a", count: 4001)),2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E215", file: "a.csv", line: 5)
        #expect(d.message.contains("4001"))
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    /// The limit is 4,000 code points: not bytes, not UTF-16 units, not grapheme clusters.
    @Test(arguments: [
        ("4,000 × é (8,000 bytes)", String(repeating: "\u{E9}", count: 4000), true),
        ("4,000 × 😀 (16,000 bytes)", String(repeating: "\u{1F600}", count: 4000), true),
        ("4,000 ASCII", String(repeating: "x", count: 4000), true),
        ("4,001 × é", String(repeating: "\u{E9}", count: 4001), false),
        ("2,001 × e + combining acute (4,002 code points, 2,001 characters)", String(repeating: "e\u{301}", count: 2001), false),
    ])
    func e215CountsCodePoints(name: String, narrative: String, accepted: Bool) throws {
        var rows = IngestSupport.rows("102")
        rows[0] = "102,2026,front-door,Good,N,N,0,0,medium,\(narrative),2026-11-10,A. Chief"
        let (h, report) = try ingestBeside(rows)
        defer { h.cleanup() }
        if accepted {
            #expect(report.errorCodeList.isEmpty, "\(name)")
            try expectStoredOnly(h, stored: [("101", 2026), ("102", 2026)], rejected: [])
            let stored = try h.versions("102").first?.theme("front-door")?.narrative
            #expect(stored?.unicodeScalars.elementsEqual(narrative.unicodeScalars) == true, "\(name) stored exactly")
        } else {
            try expectDiagnostic(report, "E215", file: "a.csv", line: 5)
            try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
        }
    }

    // MARK: E216

    @Test(arguments: [("NUL byte", UInt8(0x00)), ("byte undefined in both UTF-8 and Windows-1252", UInt8(0x81))])
    func e216NotATextFile(name: String, byte: UInt8) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // The bad byte sits in the narrative of line 3.
        let rows = IngestSupport.rows("102")
        let bytes =
            Array((IngestSupport.header + "\n" + rows[0] + "\n").utf8)
            + Array("102,2026,children-in-care,Good,N,N,1,0,medium,bad ".utf8) + [byte]
            + Array(" here,2026-11-10,A. Chief\n".utf8) + Array((rows[2] + "\n").utf8)
        try h.write("a.csv", bytes: bytes)
        try h.write("b.csv", IngestSupport.csvFile(IngestSupport.rows("101")))
        let report = try h.ingest()
        try expectDiagnostic(report, "E216", file: "a.csv", line: 3)
        #expect(report.rejectedFiles == 1, "\(name)")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    // MARK: E217

    @Test(arguments: ["31/02/2026", "2026-02-29", "2026-13-01", "00/11/2026", "10.11.2026", "tomorrow"])
    func e217SubmittedOnNotARealDate(date: String) throws {
        // The first non-blank submitted_on (line 6) counts; line 5 leaves it blank.
        var bad = IngestSupport.rows("102", submittedOn: date)
        bad[0] = "102,2026,front-door,Good,N,N,0,0,medium,,,A. Chief"
        let (h, report) = try ingestBeside(bad)
        defer { h.cleanup() }
        let d = try expectDiagnostic(report, "E217", file: "a.csv", line: 6)
        #expect(d.message.contains(date))
        #expect(report.coded("E217").count == 1, "reported once per submission")
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }

    @Test(arguments: [("29/02/2028", "2028-02-29"), ("1/2/2026", "2026-02-01"), ("2026-11-30", "2026-11-30")])
    func e217RealDatesAreStoredAsISO(date: String, stored: String) throws {
        let (h, report) = try ingestBeside(IngestSupport.rows("102", submittedOn: date))
        defer { h.cleanup() }
        #expect(report.errorCodeList.isEmpty)
        #expect(try h.versions("102").first?.submittedOn == stored)
    }
}

/// The same rules for JSON submissions, located by JSON path (`$[1].themes[2].rating`).
/// `a.json` is an array: `$[0]` a good 101, `$[1]` a 102 with one fault.
@Suite struct IngestJSONErrorLocationTests {
    private static func theme(_ id: String, _ more: String = "") -> String {
        "{\"theme\": \"\(id)\", \"rating\": \"Good\", \"strength\": false, \"offer\": 1\(more)}"
    }

    private static func submission(
        la: String = "\"102\"", year: String = "2026", submittedOn: String = "\"2026-11-10\"",
        themes: [String]? = nil
    ) -> String {
        let ts = themes ?? IngestSupport.themeIDs.map { theme($0) }
        return "{\"la_code\": \(la), \"year\": \(year), \"submitted_on\": \(submittedOn), \"cx_signoff\": \"B. Chief\",\n"
            + "  \"themes\": [\n    " + ts.joined(separator: ",\n    ") + "\n  ]}"
    }

    private static let cases: [(String, String, String)] = [
        ("E201", "$[1].la_code", submission(la: "\"999\"")),
        ("E212", "$[1].year", submission(year: "26")),
        ("E217", "$[1].submitted_on", submission(submittedOn: "\"31/02/2026\"")),
        ("E203", "$[1].themes[0].theme", submission(themes: [theme("front-dor"), theme("children-in-care"), theme("workforce")])),
        (
            "E204", "$[1].themes[2].rating",
            submission(themes: [theme("front-door"), theme("children-in-care"), "{\"theme\": \"workforce\", \"rating\": \"Goood\"}"])
        ),
        (
            "E210", "$[1].themes[2].rating",
            submission(themes: [theme("front-door"), theme("children-in-care"), "{\"theme\": \"workforce\", \"rating\": null}"])
        ),
        (
            "E205", "$[1].themes[1].offer",
            submission(themes: [
                theme("front-door"), "{\"theme\": \"children-in-care\", \"rating\": 2, \"offer\": 1.5}", theme("workforce"),
            ])
        ),
        (
            "E206", "$[1].themes[1].need",
            submission(themes: [theme("front-door"), theme("children-in-care", ", \"need\": \"lots\""), theme("workforce")])
        ),
        (
            "E207", "$[1].themes[0].confidence",
            submission(themes: [theme("front-door", ", \"confidence\": \"certain\""), theme("children-in-care"), theme("workforce")])
        ),
        (
            "E208", "$[1].themes[2].development",
            submission(themes: [theme("front-door"), theme("children-in-care"), theme("workforce", ", \"development\": \"maybe\"")])
        ),
        ("E209", "$[1].themes[3].theme", submission(themes: IngestSupport.themeIDs.map { theme($0) } + [theme("Social work workforce")])),
        ("E211", "$[1].themes[0]", submission(themes: [theme("front-door"), theme("workforce")])),
        (
            "E215", "$[1].themes[0].narrative",
            submission(themes: [
                theme("front-door", ", \"narrative\": \"\(String(repeating: "\u{E9}", count: 4001))\""), theme("children-in-care"),
                theme("workforce"),
            ])
        ),
    ]

    @Test(arguments: cases)
    func jsonErrorsAreLocatedByPath(code: String, path: String, json102: String) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let json101 = Self.submission(la: "\"101\"")
        try h.write("a.json", "[\n" + json101 + ",\n" + json102 + "\n]\n")
        let report = try h.ingest()
        try expectDiagnostic(report, code, file: "a.json", path: path)
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
        #expect(try h.allVersions(of: "102") == 0)
    }

    /// W107 concerns the whole submission: it points at the sign-off, or at the object
    /// when the key is absent, never at the first theme (audit 23).
    @Test func aMissingSignoffIsLocatedAtTheSubmissionNotItsFirstTheme() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let blank = Self.submission(la: "\"102\"").replacingOccurrences(of: "\"B. Chief\"", with: "\"\"")
        let absent = Self.submission(la: "\"101\"").replacingOccurrences(of: " \"cx_signoff\": \"B. Chief\",", with: "")
        try h.write("a.json", "[\n" + absent + ",\n" + blank + "\n]\n")
        let report = try h.ingest()
        let w107 = report.coded("W107").map { $0.location.path }
        #expect(w107 == ["$[0]", "$[1].cx_signoff"])
    }

    @Test func jsonSubmissionWithoutThemesIsMissingEveryTheme() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.json", "[" + Self.submission(la: "\"101\"") + ", {\"la_code\": \"102\", \"year\": 2026, \"themes\": []}]")
        let report = try h.ingest()
        let d = try expectDiagnostic(report, "E211", file: "a.json", path: "$[1]")
        #expect(d.message.contains("front-door") && d.message.contains("workforce"))
        try expectStoredOnly(h, stored: [("101", 2026)], rejected: [("102", 2026)])
    }
}
