import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Input formats (SPEC section 2): the same submission as CSV, JSON object and JSON
/// array stores the same values; Excel's CSV quirks work end to end.
@Suite struct IngestFormatTests {
    /// What the submission below must store, in framework order.
    private static let expectedThemes = [
        ThemeEntry(
            theme: "front-door", rating: .good, strength: true, development: false, offer: 2, need: 0,
            confidence: .high, narrative: "Audit: 96% of contacts decided within 24 hours, \"on time\""),
        ThemeEntry(
            theme: "children-in-care", rating: .requiresImprovement, strength: false, development: true, offer: 0,
            need: 2, confidence: .low, narrative: "Too many moves\nfor teenagers"),
        ThemeEntry(
            theme: "workforce", rating: .outstanding, strength: false, development: false, offer: 0, need: 0,
            confidence: .medium, narrative: ""),
    ]

    private static let csv = IngestSupport.csvFile([
        "102,2026,front-door,Good,Y,N,2,0,high,\"Audit: 96% of contacts decided within 24 hours, \"\"on time\"\"\",2026-11-14,P. Brennan",
        "102,2026,children-in-care,3,N,Y,0,2,LOW,\"Too many moves\nfor teenagers\",2026-11-14,P. Brennan",
        "102,2026,workforce,1,,,,,,,2026-11-14,P. Brennan",
    ])

    private static let jsonObject = """
        {
          "la_code": "102",
          "year": 2026,
          "submitted_on": "2026-11-14",
          "cx_signoff": "P. Brennan",
          "themes": [
            {"theme": "front-door", "rating": "Good", "strength": true, "development": false, "offer": 2, "need": 0,
             "confidence": "high", "narrative": "Audit: 96% of contacts decided within 24 hours, \\"on time\\""},
            {"theme": "children-in-care", "rating": 3, "strength": false, "development": true, "offer": 0, "need": 2,
             "confidence": "LOW", "narrative": "Too many moves\\nfor teenagers"},
            {"theme": "workforce", "rating": 1, "strength": null, "development": null, "offer": null, "need": null,
             "confidence": null, "narrative": null}
          ]
        }
        """

    private static let jsonArray = """
        [
          {"la_code": 101, "year": "2026", "submitted_on": "10/11/2026", "cx_signoff": "J. Ashworth",
           "themes": [{"theme": "front-door", "rating": 1}, {"theme": "children-in-care", "rating": 2},
                      {"theme": "workforce", "rating": 2}]},
          \(jsonObject)
        ]
        """

    @Test(arguments: [("csv", "a.csv", csv), ("json object", "a.json", jsonObject), ("json array", "a.json", jsonArray)])
    func sameSubmissionInEveryFormatStoresTheSameValues(name: String, file: String, text: String) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write(file, text)
        let report = try h.ingest()
        #expect(report.errorCodeList.isEmpty, "\(name): \(report.diagnostics.map(\.rendered))")
        #expect(report.coded("I003").isEmpty, "\(name)")
        let sub = try #require(try h.versions("102").first, "\(name)")
        #expect(IngestSupport.values(sub.themes) == Self.expectedThemes, "\(name)")
        #expect(sub.submittedOn == "2026-11-14", "\(name)")
        #expect(sub.cxSignoff == "P. Brennan", "\(name)")
        #expect(sub.format == (file.hasSuffix(".json") ? .json : .csv), "\(name)")
        // Equal content, equal content hash, whatever the format.
        let reference = ValidSubmission(
            laCode: "102", year: 2026, submittedOn: "2026-11-14", cxSignoff: "P. Brennan",
            themes: Self.expectedThemes, sourceFile: "", sourceSHA256: "", format: .csv,
            location: CapIndexDomain.SourceLocation(file: ""))
        #expect(sub.contentHash == reference.contentHash, "\(name)")
        if name == "json array" {
            let other = try #require(try h.versions("101").first)
            #expect(other.themes.map(\.rating) == [.outstanding, .good, .good])
            #expect(other.submittedOn == "2026-11-10")
        }
    }

    @Test func jsonThemeRowsPointAtTheirPath() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.json", Self.jsonArray)
        _ = try h.ingest()
        let sub = try #require(try h.versions("102").first)
        // The stored source location of each theme row is its JSON path.
        for (i, t) in sub.themes.enumerated() {
            #expect(t.location.file.hasSuffix("a.json:$[1].themes[\(i)]"), "\(t.location.file)")
        }
    }

    @Test func csvQuirksEndToEnd() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // BOM, CRLF, semicolon delimiter (commas inside quotes), header in another order and case with blanks,
        // trailing empty columns, theme titles in odd case with extra blanks, rating and yes/no spellings,
        // DD/MM/YYYY, blank lines and rows of delimiters only, LA by ONS code.
        let lines = [
            " Theme ;LA_CODE;Year;RATING;Strength;DEVELOPMENT;offer;Need;Confidence;Narrative;Submitted_On;CX_Signoff;;",
            "  front   door: CONTACT,  referral and early help ;E06900001;2026;RI;yes;No;0;1;High;\"Early help; patchy, improving\";10/11/2026;J. Ashworth;;",
            "",
            ";;;;;;;;;;;;;",
            "  children   IN care ;E06900001;2026;requires improvement to be good;FALSE;true;0;2;medium;;10/11/2026;J. Ashworth;;",
            "   ;  ;   ;;;;;;;;;;;",
            "SOCIAL WORK WORKFORCE;E06900001;2026;2;n;0;2;0;low;Stable;10/11/2026;J. Ashworth;;",
            "Front door: contact, referral and early help;e06900013;2026;Outstanding;Y;N;3;0;high;;1/12/2026;C. Cole",
            "children-in-care;E06900013;2026;good;1;n;1;0;;;1/12/2026;C. Cole",
            "Workforce;E06900013;2026;INADEQUATE;no;YES;0;3;LOW;;1/12/2026;C. Cole",
            ";;;",
        ]
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(IngestSupport.csv(lines, newline: "\r\n").utf8)
        try h.write("quirks.csv", bytes: bytes)
        let report = try h.ingest()
        #expect(report.errorCodeList.isEmpty, "\(report.diagnostics.map(\.rendered))")
        #expect(report.coded("W003").isEmpty, "trailing empty cells are not cells beyond the header")
        #expect(report.coded("I003").isEmpty, "blank header cells are not unknown columns")
        #expect(report.coded("W001").isEmpty)
        #expect(report.stored == 2 && report.rejected == 0)

        let ashdown = try #require(try h.versions("101").first)
        #expect(
            IngestSupport.values(ashdown.themes) == [
                ThemeEntry(
                    theme: "front-door", rating: .requiresImprovement, strength: true, development: false, offer: 0,
                    need: 1, confidence: .high, narrative: "Early help; patchy, improving"),
                ThemeEntry(
                    theme: "children-in-care", rating: .requiresImprovement, strength: false, development: true,
                    offer: 0, need: 2, confidence: .medium, narrative: ""),
                ThemeEntry(
                    theme: "workforce", rating: .good, strength: false, development: false, offer: 2, need: 0,
                    confidence: .low, narrative: "Stable"),
            ])
        #expect(ashdown.submittedOn == "2026-11-10")
        #expect(ashdown.cxSignoff == "J. Ashworth")
        // Physical lines: header 1, rows 2, (blank 3, delimiters 4), 5, (6), 7.
        #expect(ashdown.themes.map(\.location.file).map { $0.split(separator: ":").last.map(String.init) } == ["2", "5", "7"])

        let coldharbour = try #require(try h.versions("103").first)
        #expect(coldharbour.themes.map(\.rating) == [.outstanding, .good, .inadequate])
        #expect(coldharbour.themes.map(\.strength) == [true, true, false])
        #expect(coldharbour.themes.map(\.development) == [false, false, true])
        #expect(coldharbour.themes.map(\.confidence) == [.high, .medium, .low])
        #expect(coldharbour.submittedOn == "2026-12-01")
        #expect(coldharbour.cxSignoff == "C. Cole")
    }

    @Test(arguments: [
        ("3-digit", "103", 2026), ("current ONS", "E06900013", 2026), ("previous ONS", "E06900003", 2026),
        ("previous ONS, lower case, blanks", "  e06900003 ", 2026), ("current ONS in an earlier year", "E06900013", 2023),
        ("old ONS in its own years", "E06900003", 2024),
    ])
    func laGivenByAnyOfItsCodesResolvesToTheDfECode(name: String, code: String, year: Int) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.csv", IngestSupport.csvFile(IngestSupport.rows(code, year: String(year))))
        let report = try h.ingest()
        #expect(report.errorCodeList.isEmpty, "\(name): \(report.codeList)")
        #expect(try h.versions("103", year).count == 1, "\(name)")
        #expect(try h.store.currentSubmissions(year: year).map(\.laCode) == ["103"], "\(name)")
    }

    @Test(arguments: [("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r")])
    func lineEndingsAndEmbeddedBreaksCountPhysicalLines(name: String, nl: String) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // Line 2–4: a narrative over three physical lines; 5: 101 children-in-care; 6: the bad rating.
        let text =
            IngestSupport.header + nl
            + "101,2026,front-door,Good,N,N,0,0,medium,\"one\(nl)two\(nl)three\",2026-11-10,A" + nl
            + "101,2026,children-in-care,Good,N,N,0,0,medium,,2026-11-10,A" + nl
            + "101,2026,workforce,Goood,N,N,0,0,medium,,2026-11-10,A" + nl
            + IngestSupport.rows("102").joined(separator: nl)
        try h.write("a.csv", text)
        let report = try h.ingest()
        try expectDiagnostic(report, "E204", file: "a.csv", line: 6)
        try expectStoredOnly(h, stored: [("102", 2026)], rejected: [("101", 2026)])
    }

    /// Blank lines above the header are skipped, and the delimiter is still read from the header line.
    @Test(arguments: [("comma", ","), ("semicolon", ";")])
    func blankLinesAboveTheHeader(name: String, delimiter: String) throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let body = IngestSupport.csvFile(IngestSupport.rows("101")).replacingOccurrences(of: ",", with: delimiter)
        try h.write("a.csv", "\n  \n" + body)
        let report = try h.ingest()
        if delimiter == "," {
            #expect(report.errorCodeList.isEmpty, "\(report.codeList)")
            #expect(try h.versions("101").count == 1)
            #expect(try h.versions("101").first?.themes.first?.location.file.hasSuffix("a.csv:4") == true)
        } else {
            let stored = try h.versions("101").count
            #expect(report.errorCodeList.isEmpty, "\(report.codeList)")
            #expect(stored == 1)
        }
    }

    @Test func rowsAreGroupedByLAAndYearWhereverTheyStand() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // 101 in two years, by 3-digit and ONS codes, interleaved with 102.
        try h.write(
            "a.csv",
            IngestSupport.csvFile([
                "101,2026,front-door,1,,,,,,,,X",
                "102,2026,front-door,2,,,,,,,,Y",
                "E06900001,2025,front-door,3,,,,,,,,X",
                "e06900001,2026,workforce,1,,,,,,,,X",
                "102,2026,workforce,2,,,,,,,,Y",
                "101,2025,workforce,3,,,,,,,,X",
                "101,2025,children-in-care,4,,,,,,,,X",
                "102,2026,children-in-care,2,,,,,,,,Y",
                "101,2026,children-in-care,1,,,,,,,,X",
            ]))
        let report = try h.ingest()
        #expect(report.errorCodeList.isEmpty, "\(report.codeList)")
        #expect(report.submissions == 3 && report.stored == 3)
        #expect(try h.versions("101", 2026).first?.themes.map(\.rating) == [.outstanding, .outstanding, .outstanding])
        #expect(try h.versions("101", 2025).first?.themes.map(\.rating) == [.requiresImprovement, .inadequate, .requiresImprovement])
        #expect(try h.versions("102", 2026).first?.themes.map(\.rating) == [.good, .good, .good])
        // Theme rows are stored in framework order, each pointing at its own line.
        #expect(
            try h.versions("101", 2026).first?.themes.map { $0.location.file.split(separator: ":").last.map(String.init) } == [
                "2", "10", "5",
            ])
    }

    @Test func workedExampleSubmissionsAllLoad() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let folder = IngestSupport.workedExample.appendingPathComponent("inputs/submissions").path
        let report = try h.ingest([folder])
        #expect(report.files == 3)
        #expect(report.errorCodeList.isEmpty, "\(report.diagnostics.map(\.rendered))")
        #expect(report.coded("W001").isEmpty)
        // The LA-years of the expected la_scores.csv.
        let stored = try h.store.currentSubmissions().map { "\($0.year) \($0.laCode)" }
        #expect(stored == ["2024 101", "2024 102", "2025 101", "2025 102", "2025 103", "2026 101", "2026 102", "2026 103"])
        let c103 = try #require(try h.versions("103", 2026).first)
        #expect(c103.cxSignoff == "Dr \u{D6}z Kaya")
        #expect(c103.theme("workforce")?.narrative == "Turnover is low, but caseloads are high:\naverage 24 per worker")
        #expect(c103.theme("workforce")?.rating == .requiresImprovement)
        #expect(
            try h.versions("102", 2026).first?.theme("children-in-care")?.narrative == "Sufficiency plan \u{2013} two new homes, \u{A3}1.1m"
        )
        #expect(try h.versions("102", 2026).first?.cxSignoff == nil, "blank sign-off is no sign-off")
        #expect(report.coded("W107").map(\.laCode) == ["102"])
    }

    @Test func txtFileIsReadByItsContent() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.txt", IngestSupport.csvFile(IngestSupport.rows("101")))
        try h.write(
            "b.txt",
            "  \n[{\"la_code\": \"102\", \"year\": 2026, \"themes\": ["
                + IngestSupport.themeIDs.map { "{\"theme\": \"\($0)\", \"rating\": \"Good\"}" }.joined(separator: ",") + "]}]")
        let report = try h.ingest()
        #expect(report.errorCodeList.isEmpty, "\(report.codeList)")
        #expect(try h.versions("101").first?.format == .csv)
        #expect(try h.versions("102").first?.format == .json)
    }
}

/// Notices and warnings of SPEC section 2: W001, W002, W003, I003 (I001 and I002 are
/// in ``IngestVersionTests``).
@Suite struct IngestNoticeTests {
    @Test func w001Windows1252FileIsReadWithAWarning() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let rows = IngestSupport.rows("101")
        // "£2.5m … café" in Windows-1252: £ = 0xA3, … = 0x85, é = 0xE9.
        let bytes =
            Array((IngestSupport.header + "\n" + rows[0] + "\n").utf8)
            + Array("101,2026,children-in-care,Good,N,N,1,0,medium,".utf8) + [0xA3] + Array("2.5m invested ".utf8) + [0x85]
            + Array(" caf".utf8) + [0xE9] + Array(",2026-11-10,A. Chief\n".utf8) + Array((rows[2] + "\n").utf8)
        try h.write("legacy.csv", bytes: bytes)
        let report = try h.ingest()
        let w = try expectDiagnostic(report, "W001", file: "legacy.csv")
        #expect(w.severity == .warning)
        #expect(report.errorCodeList.isEmpty)
        let narrative = try h.versions("101").first?.theme("children-in-care")?.narrative
        #expect(narrative == "£2.5m invested … café")
        #expect(narrative?.unicodeScalars.first == "\u{A3}")
    }

    @Test func utf8FileHasNoW001() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        var rows = IngestSupport.rows("101")
        rows[1] = "101,2026,children-in-care,Good,N,N,1,0,medium,£2.5m … café,2026-11-10,A. Chief"
        try h.write("modern.csv", IngestSupport.csvFile(rows))
        let report = try h.ingest()
        #expect(report.coded("W001").isEmpty)
        #expect(try h.versions("101").first?.theme("children-in-care")?.narrative == "£2.5m … café")
    }

    @Test func w002DifferentSignOffsTheFirstCounts() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let rows =
            [
                "101,2026,front-door,Good,Y,N,2,0,high,,2026-11-10,",  // blank: not a value
                "101,2026,children-in-care,Good,N,N,1,0,medium,,2026-11-10,J. Ashworth",
                "101,2026,workforce,Good,Y,N,3,0,high,,2026-11-10,  J. Ashworth ",  // same once trimmed
            ]
            + IngestSupport.rows("102", signoff: "P. Brennan").enumerated().map { i, r in
                i == 2 ? r.replacingOccurrences(of: "P. Brennan", with: "Q. Other") : r
            }
        try h.write("a.csv", IngestSupport.csvFile(rows))
        let report = try h.ingest()
        let w002 = report.coded("W002")
        #expect(w002.count == 1)
        let d = try expectDiagnostic(report, "W002", file: "a.csv", line: 7)
        #expect(d.laCode == "102")
        #expect(d.message.contains("Q. Other") && d.message.contains("P. Brennan"))
        #expect(try h.versions("101").first?.cxSignoff == "J. Ashworth")
        #expect(try h.versions("102").first?.cxSignoff == "P. Brennan", "the first value counts")
        #expect(report.stored == 2, "a warning does not reject")
    }

    @Test func w002DifferentSubmittedOn() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        var rows = IngestSupport.rows("101", submittedOn: "12/11/2026")
        rows[2] = rows[2].replacingOccurrences(of: "12/11/2026", with: "2026-11-13")
        try h.write("a.csv", IngestSupport.csvFile(rows))
        let report = try h.ingest()
        try expectDiagnostic(report, "W002", file: "a.csv", line: 4)
        #expect(try h.versions("101").first?.submittedOn == "2026-11-12")
    }

    @Test func w003CellsBeyondTheHeader() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        var rows = IngestSupport.rows("101") + IngestSupport.rows("102")
        rows[1] += ",,"  // empty: fine
        rows[3] += ",stray note"  // line 5
        rows[5] += ",,another"  // line 7
        try h.write("a.csv", IngestSupport.csvFile(rows))
        let report = try h.ingest()
        let w003 = report.coded("W003")
        #expect(w003.count == 1, "one warning for the file")
        let d = try expectDiagnostic(report, "W003", file: "a.csv", line: 5)
        #expect(d.message.contains("2 rows"))
        #expect(report.errorCodeList.isEmpty)
        try expectStoredOnly(h, stored: [("101", 2026), ("102", 2026)], rejected: [])
        #expect(try h.versions("102").first?.cxSignoff == "A. Chief", "the stray cell is not read as a value")
    }

    @Test func i003UnknownColumnIsIgnoredWithANote() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let text =
            "la_code,year,Comments,theme,rating,cx_signoff\n"
            + IngestSupport.themeIDs.map { "101,2026,ignore me,\($0),Good,A. Chief" }.joined(separator: "\n") + "\n"
        try h.write("a.csv", text)
        let report = try h.ingest()
        let d = try expectDiagnostic(report, "I003", file: "a.csv", line: 1)
        #expect(d.message.contains("Comments"))
        #expect(report.errorCodeList.isEmpty)
        let sub = try #require(try h.versions("101").first)
        #expect(sub.themes.allSatisfy { $0.narrative.isEmpty && $0.offer == 0 && $0.confidence == .medium && !$0.strength })
    }

    @Test func i003UnknownJSONKey() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let json =
            "{\"la_code\": \"101\", \"year\": 2026, \"comments\": \"x\", \"themes\": ["
            + IngestSupport.themeIDs.map { "{\"theme\": \"\($0)\", \"rating\": 2, \"colour\": \"red\"}" }.joined(separator: ", ") + "]}"
        try h.write("a.json", json)
        let report = try h.ingest()
        // One notice for the file, at the first key, naming each key once with its count.
        let d = try expectDiagnostic(report, "I003", file: "a.json", path: "$.comments")
        #expect(report.coded("I003").count == 1)
        #expect(
            d.message
                == "\(1 + IngestSupport.themeIDs.count) keys ignored, not submission fields: 'comments', 'colour' (\(IngestSupport.themeIDs.count) times)"
        )
        #expect(report.stored == 1)
    }
}
