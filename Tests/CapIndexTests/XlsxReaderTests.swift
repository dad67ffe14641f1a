import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Reading .xlsx submissions (SPEC 2, XLSX): cell types, dates, the header row and block
/// found by their labels, what other writers do, and damaged files as E210/E218/E219.
@Suite struct XlsxReaderTests {
    typealias K = XlsxKit

    @Test func longFormSheetReadsLikeCSV() throws {
        let bytes = K.zip(K.parts(sheet: K.longForm(K.allThemes())))
        let r = K.validate(bytes)
        #expect(r.diagnostics.filter { $0.severity == .error }.isEmpty, "\(r.diagnostics.map(\.rendered))")
        let sub = try #require(r.accepted.first)
        #expect(sub.laCode == "370" && sub.year == 2026 && sub.themes.count == 12)
        #expect(sub.format == .xlsx)
        #expect(r.file.rows[0].location(of: .rating).description == "t.xlsx:Sheet1!D2")
    }

    @Test func cellTypesBecomeFieldText() throws {
        let ss = [
            "<t>la_code</t>", "<t>year</t>", "<t>theme</t>", "<t>rating</t>", "<t>strength</t>", "<t>offer</t>", "<t>need</t>",
            "<t>narrative</t>", "<t>confidence</t>", "<t>development</t>",
            "<r><rPr><b/></rPr><t>Go</t></r><r><t xml:space=\"preserve\">od</t></r><rPh sb=\"0\" eb=\"1\"><t>ぐっど</t></rPh>",
            "<t>front-door</t>", "<t>Line one_x000D_\nline two _x005F_x0041_</t>",
        ]
        func sst(_ ref: String, _ i: Int) -> String { "<c r=\"\(ref)\" t=\"s\"><v>\(i)</v></c>" }
        let sheet = K.sheet(
            """
            <row r="1">\(sst("A1", 0))\(sst("B1", 1))\(sst("C1", 2))\(sst("D1", 3))\(sst("E1", 4))\(sst("F1", 5))\(sst("G1", 6))\(sst("H1", 7))\(sst("I1", 8))\(sst("J1", 9))</row>
            <row r="2">\(K.n("A2", "370"))\(K.n("B2", "2026.0"))\(sst("C2", 11))\(sst("D2", 10))<c r="E2" t="b"><v>1</v></c>\(K.n("F2", "2"))\(K.n("G2", "1.0"))\(sst("H2", 12))<c r="I2" t="str"><f>LOWER("HIGH")</f><v>high</v></c><c r="J2" t="b"><v>0</v></c></row>
            <row r="3">\(K.n("A3", "370"))\(K.n("B3", "2026"))\(K.s("C3", "send"))\(K.n("D3", "3"))<c r="E3" t="e"><v>#N/A</v></c>\(K.n("F3", "2.5"))</row>
            """)
        let file = K.read(K.zip(K.parts(sheet: sheet, sharedStrings: ss)))
        #expect(file.fileError == nil)
        let row = file.rows[0]
        #expect(row.text(.laCode) == "370")
        #expect(row.text(.year) == "2026")
        #expect(row.text(.theme) == "front-door")
        #expect(row.text(.rating) == "Good", "rich-text runs joined, phonetic run left out")
        #expect(row.text(.strength) == "true")
        #expect(row.text(.development) == "false")
        #expect(row.text(.offer) == "2")
        #expect(row.text(.need) == "1")
        #expect(row.text(.narrative) == "Line one\r\nline two _x0041_")
        #expect(row.text(.confidence) == "high", "a formula's cached text")
        let row2 = file.rows[1]
        #expect(row2.text(.rating) == "3")
        #expect(row2.text(.strength) == "#N/A")
        #expect(row2.text(.offer) == "2.5")
        #expect(row2.location(of: .offer).description == "t.xlsx:Sheet1!F3")
    }

    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59, false, "1900-02-28"), (60, false, "1900-02-29"), (61, false, "1900-03-01"),
        (45658, false, "2025-01-01"), (46340.75, false, "2026-11-14"), (0, true, "1904-01-01"), (44878, true, "2026-11-14"),
        (2_958_465, false, "9999-12-31"),
    ])
    func excelDateSerials(_ serial: Double, _ date1904: Bool, _ expected: String) {
        #expect(ExcelDate.string(serial: serial, date1904: date1904) == expected)
    }

    @Test func noDateOutsideExcelsRange() {
        #expect(ExcelDate.string(serial: 0, date1904: false) == nil)
        #expect(ExcelDate.string(serial: -1, date1904: true) == nil)
        #expect(ExcelDate.string(serial: 3e9, date1904: false) == nil)
        #expect(ExcelDate.string(serial: .nan, date1904: false) == nil)
    }

    /// A template-like sheet: header block above, header row in row 5, themes below.
    static func blockSheet(submittedOn: String, rows: [[String]]? = nil, extraHeader: String = "") -> String {
        let themes = rows ?? K.framework.themes.reversed().map { [$0.id, "Good"] }
        var x = "<row r=\"1\">\(K.s("A1", "la_code"))\(K.s("B1", "370"))</row>"
        x += "<row r=\"2\">\(K.s("A2", "Year:"))\(K.n("B2", "2026"))</row>"
        x += "<row r=\"3\">\(K.s("A3", "submitted on"))\(submittedOn)</row>"
        x += "<row r=\"4\">\(K.s("A4", "CX_SIGNOFF"))\(K.s("B4", "J. Example"))</row>"
        x += "<row r=\"5\">\(K.s("A5", "theme"))\(K.s("B5", "title"))\(K.s("C5", "rating"))\(K.s("D5", "2025 rating"))\(extraHeader)</row>"
        for (i, r) in themes.enumerated() {
            x +=
                "<row r=\"\(6 + i)\">"
                + r.enumerated().map { c, v in K.s(CellReference(column: c == 0 ? 1 : c + 2, row: 6 + i).a1, v) }.joined() + "</row>"
        }
        return K.sheet(x)
    }

    @Test(arguments: [
        ("<c r=\"B3\"><v>46340</v></c>", "<workbookPr/>", "2026-11-14"),
        ("<c r=\"B3\"><v>44878</v></c>", "<workbookPr date1904=\"1\"/>", "2026-11-14"),
        ("<c r=\"B3\"><v>44878</v></c>", "<workbookPr date1904=\"true\"/>", "2026-11-14"),
        ("<c r=\"B3\" t=\"inlineStr\"><is><t>14/11/2026</t></is></c>", "<workbookPr/>", "2026-11-14"),
        ("<c r=\"B3\" t=\"d\"><v>2026-11-14T00:00:00</v></c>", "<workbookPr/>", "2026-11-14"),
    ])
    func headerBlockAndSubmittedOn(_ cell: String, _ pr: String, _ expected: String) throws {
        let r = K.validate(K.zip(K.parts(sheet: Self.blockSheet(submittedOn: cell), workbookPr: pr)))
        let sub = try #require(r.accepted.first, "\(r.diagnostics.map(\.rendered))")
        #expect(sub.submittedOn == expected)
        #expect(sub.cxSignoff == "J. Example")
        #expect(sub.themes.map(\.theme) == K.framework.themes.map(\.id), "matched by theme id, stored in framework order")
        #expect(sub.themes[0].location.description == "t.xlsx:Sheet1!A17", "front-door stood last")
    }

    @Test func excelsFictitiousLeapDayIsNotARealDate() {
        let r = K.validate(K.zip(K.parts(sheet: Self.blockSheet(submittedOn: "<c r=\"B3\"><v>60</v></c>"))))
        #expect(r.accepted.isEmpty)
        #expect(r.diagnostics.contains { $0.code == .e217 && $0.message.contains("1900-02-29") && $0.location.path == "Sheet1!B3" })
    }

    @Test func unknownColumnNotedAndStrayCellsWarned() {
        var rows = K.framework.themes.map { [$0.id, "Good"] }
        rows[0] += ["last year", "a comment", "stray"]
        let sheet = Self.blockSheet(submittedOn: "", rows: rows, extraHeader: K.s("E5", "comments"))
        let r = K.validate(K.zip(K.parts(sheet: sheet)))
        #expect(r.accepted.count == 1)
        #expect(r.diagnostics.contains { $0.code == .i003 && $0.message.contains("'comments'") })
        #expect(
            !r.diagnostics.contains { $0.code == .i003 && $0.message.contains("2025 rating") }, "the template's own columns pass silently")
        #expect(r.diagnostics.contains { $0.code == .w003 && $0.location.path == "Sheet1!F6" }, "\(r.diagnostics.map(\.rendered))")
    }

    @Test func sheetWithoutThemeColumnIsE210() throws {
        let sheet = K.longForm([["la_code", "year", "rating", "offer"], ["370", "2026", "Good", "1"]])
        let file = K.read(K.zip(K.parts(sheet: sheet)))
        let e = try #require(file.fileError)
        #expect(e.code == .e210)
        #expect(e.message.contains("theme"))
        #expect(e.location.description == "t.xlsx:Sheet1!A1")
    }

    @Test func sheetWithoutAnyHeaderIsE210() throws {
        let file = K.read(K.zip(K.parts(sheet: K.longForm([["hello", "world"], ["1", "2"]]))))
        #expect(file.fileError?.code == .e210)
    }

    @Test func missingLACodeAnywhereIsE210() throws {
        let file = K.read(K.zip(K.parts(sheet: K.longForm([["theme", "rating", "year"], ["send", "Good", "2026"]]))))
        #expect(file.fileError?.code == .e210)
        #expect(file.fileError?.message.contains("la_code") == true)
    }

    @Test func headerWithoutRowsIsAMissingThemesSubmission() {
        let r = K.validate(K.zip(K.parts(sheet: Self.blockSheet(submittedOn: "", rows: []))))
        #expect(r.accepted.isEmpty)
        #expect(r.diagnostics.contains { $0.code == .e211 })
    }

    @Test func whatOtherWritersDo() throws {
        // Prefixed SpreadsheetML (x:), rows and cells without r, a strict namespace.
        var x = ""
        for (i, row) in K.allThemes().enumerated() {
            x += "<x:row>" + row.map { "<x:c t=\"inlineStr\"><x:is><x:t>\($0)</x:t></x:is></x:c>" }.joined() + "</x:row>"
            if i == 0 { x += "<x:row r=\"2\"/>" }
        }
        let strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
        let sheet = K.head + "<x:worksheet xmlns:x=\"\(strict)\"><x:sheetData>\(x)</x:sheetData></x:worksheet>"
        let r = K.validate(K.zip(K.parts(sheet: sheet)))
        #expect(r.accepted.count == 1, "\(r.diagnostics.map(\.rendered))")
        #expect(r.file.rows.first?.location(of: .rating).path == "Sheet1!D3")
    }

    @Test func excelStyleExtensionsAndZipLayouts() throws {
        // Excel's markup-compatibility attributes, x14ac row attributes and shared strings
        // with preserved spaces, in a Zip64 archive with data descriptors (streaming writers).
        let labels = ["la_code", "year", "theme", "rating"]
        let ss = (labels + ["370", "front-door"]).map { "<t xml:space=\"preserve\">\($0) </t>" }
        var rows =
            "<row r=\"1\" spans=\"1:4\" x14ac:dyDescent=\"0.25\">"
            + (0..<4).map { "<c r=\"\(CellReference.letters($0 + 1))1\" s=\"1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"
        for (i, theme) in K.framework.themes.enumerated() {
            let r = i + 2
            rows += "<row r=\"\(r)\" x14ac:dyDescent=\"0.25\"><c r=\"A\(r)\" t=\"s\"><v>4</v></c><c r=\"B\(r)\"><v>2026</v></c>"
            rows += K.s("C\(r)", theme.id) + "<c r=\"D\(r)\"><v>2</v></c></row>"
        }
        let sheet =
            K.head + """
                <worksheet xmlns="\(K.main)" xmlns:r="\(K.rel)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
                xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">\
                <dimension ref="A1:D13"/><sheetData>\(rows)</sheetData></worksheet>
                """
        for layout in [ZipWriter.Layout(zip64: true, dataDescriptors: true), ZipWriter.Layout(stored: true)] {
            let r = K.validate(K.zip(K.parts(sheet: sheet, sharedStrings: ss), layout: layout))
            let sub = try #require(r.accepted.first, "\(r.diagnostics.map(\.rendered))")
            #expect(sub.themes.allSatisfy { $0.rating == .good })
        }
    }

    @Test func sheetChosenByItsHeaderAndNamedAsExcelDoes() throws {
        var parts = K.parts(
            sheet: K.longForm(K.allThemes()), sheetName: "Self assessment",
            extraSheets: "<sheet name=\"Notes\" sheetId=\"2\" r:id=\"rId9\"/>",
            extraRels: "<Relationship Id=\"rId9\" Type=\"\(K.rel)/worksheet\" Target=\"/xl/worksheets/notes.xml\"/>")
        parts.append(("xl/worksheets/notes.xml", Array(K.longForm([["Read me first"]]).utf8)))
        let r = K.validate(K.zip(parts))
        #expect(r.accepted.count == 1)
        #expect(r.file.rows[0].location(of: .theme).description == "t.xlsx:'Self assessment'!C2")
    }

    @Test func largeSheetReadsThroughTheStream() throws {
        var x = ""
        for (i, row) in K.allThemes().enumerated() {
            x +=
                "<row r=\"\(i + 1)\">" + row.enumerated().map { c, v in K.s(CellReference(column: c + 1, row: i + 1).a1, v) }.joined()
                + "</row>"
        }
        for r in 20..<60_020 { x += "<row r=\"\(r)\"><c r=\"A\(r)\" s=\"1\"/><c r=\"B\(r)\" s=\"1\"/></row>" }
        let sheet = K.sheet(x)
        #expect(sheet.utf8.count > 2_000_000)
        let r = K.validate(K.zip(K.parts(sheet: sheet)))
        #expect(r.accepted.count == 1)
    }

    static let badNames: [(String, [UInt8])] = [
        ("invalid UTF-8 in an element name", Array("<row r=\"1\"><c".utf8) + [0xC3, 0x28] + Array(" r=\"A1\"/></row>".utf8)),
        ("invalid UTF-8 in an attribute name", Array("<row r=\"1\"><c r".utf8) + [0xFF] + Array("=\"A1\"/></row>".utf8)),
        ("an overlong encoding", Array("<row r=\"1\"><c".utf8) + [0xC0, 0xAF] + Array("/></row>".utf8)),
        ("a truncated sequence at the end", Array("<row/>".utf8) + [0xE2, 0x82]),
    ]

    @Test(arguments: badNames)
    func invalidUTF8IsE218NotACrash(_ what: String, _ rows: [UInt8]) throws {
        let sheet = [UInt8](K.sheet("").utf8)
        let at = try #require(XlsxZipTests.find(sheet, Array("<she".utf8)))  // <sheetData>
        let open = at + "<sheetData>".utf8.count
        let bytes = Array(sheet[..<open]) + rows + Array(sheet[open...])
        var parts = K.parts(sheet: "")
        parts[4].1 = bytes
        let file = K.read(K.zip(parts))
        #expect(file.fileError?.code == .e218, "\(what)")
        #expect(file.fileError?.message.contains("not valid UTF-8") == true, "\(what)")
    }

    @Test(arguments: [
        ("<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "DOCTYPE"),
        ("", "not well-formed"),
    ])
    func malformedXMLIsE218(_ prefix: String, _ says: String) throws {
        let sheet = prefix.isEmpty ? K.head + "<worksheet><sheetData><row></sheetData>" : K.head + prefix + "<worksheet/>"
        let file = K.read(K.zip(K.parts(sheet: sheet)))
        #expect(file.fileError?.code == .e218)
        #expect(file.fileError?.message.contains(says) == true, "\(file.fileError?.message ?? "")")
    }

    @Test func otherEncodingDeclaredIsE218() {
        let sheet = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet><sheetData/></worksheet>"
        #expect(K.read(K.zip(K.parts(sheet: sheet))).fileError?.code == .e218)
    }

    @Test func sharedStringOutOfRangeIsE218() {
        let sheet = K.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>")
        let file = K.read(K.zip(K.parts(sheet: sheet, sharedStrings: ["<t>theme</t>"])))
        #expect(file.fileError?.code == .e218)
        #expect(file.fileError?.message.contains("shared string 7") == true)
    }

    @Test func notAWorkbook() {
        let noWorkbook = K.read(K.zip([("word/document.xml", Array("<w/>".utf8))]))
        #expect(noWorkbook.fileError?.code == .e218)
        #expect(noWorkbook.fileError?.message.contains("no workbook part") == true)
        var parts = K.parts(sheet: K.sheet(""))
        parts[2].1 = Array((K.head + "<workbook xmlns=\"\(K.main)\"><sheets/></workbook>").utf8)
        #expect(K.read(K.zip(parts)).fileError?.message.contains("no worksheet") == true)
        let csv = K.read(Array("la_code,year,theme,rating\n".utf8), name: "renamed.xlsx")
        #expect(csv.fileError?.code == .e218)
        #expect(csv.fileError?.message.contains("not a ZIP") == true)
    }

    @Test func encryptedWorkbookIsE219() throws {
        let file = K.read(try K.fixture("encrypted.xlsx"), name: "encrypted.xlsx")
        let e = try #require(file.fileError)
        #expect(e.code == .e219)
        #expect(e.message.contains("password-protected"))
        #expect(e.hint?.contains("password") == true)
        #expect(e.rendered.hasPrefix("encrypted.xlsx: error: E219"))
    }

    @Test func oldBinaryWorkbookIsE218() throws {
        let file = K.read(try K.fixture("libreoffice-legacy.xls"), name: "legacy.xls")
        #expect(file.fileError?.code == .e218)
        #expect(file.fileError?.message.contains(".xls") == true)
    }

    @Test func zipBytesUnderAnyNameGoToTheWorkbookReader() {
        let bytes = K.zip(K.parts(sheet: K.longForm(K.allThemes())))
        #expect(K.read(bytes, name: "mislabelled.csv").format == .xlsx)
        #expect(K.validate(bytes, name: "mislabelled.csv").accepted.count == 1)
    }

    @Test func damageInAPartReadIsFoundByItsCRC() throws {
        var parts = K.parts(sheet: K.longForm(K.allThemes()))
        parts.append(("docProps/thumbnail.jpeg", [UInt8](repeating: 0xAB, count: 64)))
        let good = K.zip(parts, layout: ZipWriter.Layout(stored: true))
        // The sheet is read, so damage there is found.
        var bytes = good
        let cell = try #require(XlsxZipTests.find(bytes, Array("year".utf8)))
        bytes[cell] = UInt8(ascii: "Y")
        let file = K.read(bytes)
        #expect(file.fileError?.code == .e218)
        #expect(
            file.fileError?.message.contains("xl/worksheets/sheet1.xml fails its CRC check") == true, "\(file.fileError?.message ?? "")")
        // The thumbnail is never inflated (issue 17: only the parts read are), so damage
        // there cannot touch the submission.
        bytes = good
        let at = try #require(XlsxZipTests.find(bytes, [0xAB, 0xAB, 0xAB, 0xAB]))
        bytes[at + 10] = 0xAC
        #expect(K.validate(bytes).accepted.count == 1)
    }
}
