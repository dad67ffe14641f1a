import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The template `capindex template` writes, checked in its XML parts, and the round trip:
/// written by capindex, filled in and re-saved by openpyxl and LibreOffice (committed
/// fixtures, made by Scripts/make_xlsx_fixtures.py), read back to the same values.
@Suite struct XlsxTemplateTests {
    typealias K = XlsxKit

    static let barnsley = K.register.row("370", in: 2026)!

    static let lastYear = StoredSubmission(
        id: 1, laCode: "370", year: 2025, version: 1, isCurrent: true, sourceFile: "370-2025.csv", sourceSHA256: "x", format: .csv,
        ingestedAt: "2025-11-20T09:00:00Z", submittedOn: "2025-11-14", cxSignoff: "A. Name",
        contentHash: "y",
        themes: K.framework.themes.map {
            ThemeEntry(
                theme: $0.id, rating: $0.id == "send" ? .inadequate : .good, strength: $0.id == "leadership", offer: 2, need: 1,
                confidence: .high, narrative: $0.id == "send" ? "Waits too long & <rising>\r\nsecond line" : "")
        })

    static let template = SubmissionTemplate(la: barnsley, year: 2026, framework: K.framework, lastYear: lastYear)

    /// The style (`s`) of a cell in the sheet XML.
    static func style(_ sheet: String, _ ref: String) -> Int? {
        guard let r = sheet.range(of: "<c r=\"\(ref)\" s=\"") else { return nil }
        return Int(sheet[r.upperBound...].prefix { $0 != "\"" })
    }

    /// The n-th element of a kind inside a list element of styles.xml.
    static func item(_ styles: String, list: String, tag: String, _ n: Int) -> String? {
        guard let a = styles.range(of: "<\(list) "), let b = styles.range(of: "</\(list)>") else { return nil }
        let items = styles[a.upperBound..<b.lowerBound].components(separatedBy: "<\(tag)>").flatMap {
            $0.components(separatedBy: "<\(tag) ")
        }.dropFirst()
        return n < items.count ? String(items[items.index(items.startIndex, offsetBy: n)]) : nil
    }

    @Test func templateHasProtectionValidationsAndFrozenHeader() throws {
        let bytes = Self.template.workbook()
        let sheet = try K.part(bytes, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<sheetProtection sheet=\"1\""))
        #expect(!sheet.contains("password"), "protected without a password")
        #expect(sheet.contains("<pane ySplit=\"8\" topLeftCell=\"A9\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        for (field, list) in [
            ("C", "Outstanding,Good,Requires improvement,Inadequate"), ("E", "Y,N"), ("G", "Y,N"), ("I", "0,1,2,3"),
            ("K", "0,1,2,3"), ("M", "high,medium,low"),
        ] {
            #expect(sheet.contains("sqref=\"\(field)9:\(field)20\"><formula1>&quot;\(list)&quot;</formula1>"), "\(field)")
        }
        #expect(sheet.contains("<dataValidation type=\"textLength\" operator=\"lessThanOrEqual\""))
        #expect(sheet.contains("sqref=\"O9:O20\"><formula1>4000</formula1>"))
        #expect(sheet.contains("<dataValidation type=\"date\" operator=\"between\""))
        let workbook = try K.part(bytes, "xl/workbook.xml")
        #expect(workbook.contains("<workbookProtection lockStructure=\"1\"/>"))
        #expect(workbook.contains("_xlnm.Print_Titles"))
    }

    @Test func inputsUnlockedAndLastYearGreyAndLocked() throws {
        let bytes = Self.template.workbook()
        let sheet = try K.part(bytes, "xl/worksheets/sheet1.xml")
        let styles = try K.part(bytes, "xl/styles.xml")
        func xf(_ ref: String) throws -> String {
            let s = try #require(Self.style(sheet, ref), "\(ref) has a style")
            return try #require(Self.item(styles, list: "cellXfs", tag: "xf", s))
        }
        for input in ["C9", "E9", "I20", "O20", "B5", "B6"] {
            #expect(try xf(input).contains("<protection locked=\"0\"/>"), "\(input) is an input")
            #expect(try xf(input).contains("numFmtId=\"49\"") || input == "B5", "\(input) formatted as text")
        }
        for locked in ["A9", "B9", "D9", "P20", "B3", "B4", "A8"] {
            #expect(try !xf(locked).contains("locked=\"0\""), "\(locked) is locked")
        }
        for grey in ["D9", "F9", "H15", "J9", "L9", "N9", "P20"] {
            let x = try xf(grey)
            let fillID = try #require(Int(x.components(separatedBy: "fillId=\"")[1].prefix { $0 != "\"" }))
            let fill = try #require(Self.item(styles, list: "fills", tag: "fill", fillID))
            #expect(fill.contains(TemplateStyle.greyFill), "\(grey) is grey")
        }
    }

    @Test func layoutReadsBackByLabels() throws {
        let wb = try XLSXWorkbook(Self.template.workbook())
        #expect(wb.sheets.map(\.name) == ["Submission"])
        let sheet = try wb.read(wb.sheets[0])
        #expect(XLSXSubmissionReader.headerRow(in: sheet) == SubmissionTemplate.headerRow)
        func text(_ ref: String) -> String? {
            let c = CellReference(ref)!
            return sheet.cell(row: c.row, column: c.column)?.text(asDate: false, date1904: false)
        }
        #expect(text("A3") == "la_code" && text("B3") == "370" && text("C3") == "Barnsley")
        #expect(text("A4") == "year" && text("B4") == "2026")
        #expect(text("A5") == "submitted_on" && text("A6") == "cx_signoff")
        #expect(text("A2")?.hasPrefix("How to fill this in") == true)
        #expect(
            (1...16).compactMap { text(CellReference(column: $0, row: 8).a1) } == [
                "theme", "title", "rating", "2025 rating", "strength", "2025 strength", "development", "2025 development",
                "offer", "2025 offer", "need", "2025 need", "confidence", "2025 confidence", "narrative", "2025 narrative",
            ])
        let sendRow = 9 + K.framework.themes.firstIndex { $0.id == "send" }!
        #expect(text("A\(sendRow)") == "send")
        #expect(text("D\(sendRow)") == "Inadequate")
        #expect(text("P\(sendRow)") == "Waits too long & <rising>\r\nsecond line", "CR kept through _x000D_")
        #expect(text("F\(9 + K.framework.themes.firstIndex { $0.id == "leadership" }!)") == "Y")
        #expect(text("J9") == "2" && text("L9") == "1" && text("N9") == "high")
        #expect(text("C9") == nil, "inputs start empty")
    }

    @Test func sameInputsSameBytes() {
        #expect(Self.template.workbook() == Self.template.workbook())
        let noHistory = SubmissionTemplate(la: Self.barnsley, year: 2026, framework: K.framework, lastYear: nil)
        #expect(noHistory.workbook() != Self.template.workbook())
        #expect(Self.template.fileName == "370-barnsley-2026.xlsx")
        let hull = SubmissionTemplate(la: K.register.row("810", in: 2026)!, year: 2026, framework: K.framework, lastYear: nil)
        #expect(hull.fileName == "810-kingston-upon-hull-city-of-2026.xlsx")
    }

    @Test func unfilledTemplateSaysWhichRatingsAreBlank() {
        let r = K.validate(Self.template.workbook(), name: "370-barnsley-2026.xlsx")
        #expect(r.accepted.isEmpty)
        let blanks = r.diagnostics.filter { $0.code == .e210 && $0.message.hasPrefix("the rating is blank for ") }
        #expect(blanks.count == 12)
        #expect(blanks.first?.location.description == "370-barnsley-2026.xlsx:Submission!C9")
        #expect(!r.diagnostics.contains { $0.code == .i003 }, "the template's own columns are not noted")
    }

    @Test func filledInSwiftReadsBack() throws {
        var s = Self.template.sheet()
        let input = TemplateStyle.input.rawValue
        for (i, theme) in K.framework.themes.enumerated() {
            s.set(row: 9 + i, column: 3, .text(i == 0 ? "Outstanding" : "Requires improvement"), style: input)
            s.set(row: 9 + i, column: 9, .number(i == 0 ? 3 : 0), style: input)
            s.set(row: 9 + i, column: 11, .number(i == 0 ? 0 : 2), style: input)
            s.set(row: 9 + i, column: 15, .text("Evidence for \(theme.id)"), style: input)
        }
        s.set(row: 5, column: 2, .number(46340), style: TemplateStyle.dateInput.rawValue)
        s.set(row: 6, column: 2, .text("J. Example"), style: input)
        let bytes = XLSXPackageWriter.workbook(sheetName: "Submission", sheet: s, styles: TemplateStyle.xml)
        let r = K.validate(bytes)
        let sub = try #require(r.accepted.first, "\(r.diagnostics.map(\.rendered))")
        #expect(sub.submittedOn == "2026-11-14" && sub.cxSignoff == "J. Example")
        #expect(sub.themes[0].rating == .outstanding && sub.themes[0].offer == 3)
        #expect(sub.themes[1].rating == .requiresImprovement && sub.themes[1].need == 2)
        #expect(sub.themes[11].narrative == "Evidence for partnerships")
    }

    struct Expected: Decodable {
        struct Theme: Decodable, Equatable {
            var theme: String, rating: Int, strength: Bool, development: Bool, offer: Int, need: Int, confidence: String, narrative: String
        }
        struct Submission: Decodable {
            var la_code: String, year: Int, submitted_on: String, cx_signoff: String, themes: [Theme]
        }
        var files: [String]
        var submission: Submission
    }

    static let expected = try! JSONDecoder().decode(
        Expected.self, from: Data(contentsOf: URL(fileURLWithPath: Repo.fixture("xlsx/expected.json"))))

    @Test(arguments: expected.files)
    func filledAndResavedByAnotherProgramReadsBack(_ name: String) throws {
        let r = K.validate(try K.fixture(name), name: name)
        #expect(!r.diagnostics.contains { $0.severity == .error }, "\(r.diagnostics.map(\.rendered))")
        #expect(!r.diagnostics.contains { $0.code == .i003 || $0.code == .w003 })
        let sub = try #require(r.accepted.first)
        let want = Self.expected.submission
        #expect(sub.laCode == want.la_code && sub.year == want.year)
        #expect(sub.submittedOn == want.submitted_on)
        #expect(sub.cxSignoff == want.cx_signoff)
        let got = sub.themes.map {
            Expected.Theme(
                theme: $0.theme, rating: $0.rating.rawValue, strength: $0.strength, development: $0.development, offer: $0.offer,
                need: $0.need, confidence: $0.confidence.rawValue, narrative: $0.narrative)
        }
        #expect(
            got
                == want.themes.sorted { a, b in
                    K.framework.themes.firstIndex { $0.id == a.theme }! < K.framework.themes.firstIndex { $0.id == b.theme }!
                })
        // Rows were written in reverse order: the first theme's location is the last row.
        #expect(sub.themes[0].location.description == "\(name):Submission!A20")
    }

    @Test func templateCommandWritesTheDemoRegionAndIngestsWhatComesBack() throws {
        let dir = Repo.tempDir()
        #expect(try EndToEndTests.capindex(["ingest", "--quiet", Repo.path("Data/demo")], in: dir).status == 0)
        let t = try EndToEndTests.capindex(["template", "--year", "2026", "--region", "Yorkshire and The Humber", "--out", "out"], in: dir)
        #expect(t.status == 0, "\(t.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").filter { $0.hasSuffix(".xlsx") }.sorted()
        #expect(files.count == 15)
        #expect(files.first == "370-barnsley-2026.xlsx")
        #expect(t.out.contains("15 templates for 2026 written to out"))
        let again = try EndToEndTests.capindex(["template", "--year", "2026", "--la", "370", "--out", "again"], in: dir)
        #expect(again.status == 0)
        #expect(
            FileManager.default.contents(atPath: dir + "/out/370-barnsley-2026.xlsx")
                == FileManager.default.contents(atPath: dir + "/again/370-barnsley-2026.xlsx"))
        #expect(try EndToEndTests.capindex(["template", "--year", "2026", "--la", "999", "--out", "x"], in: dir).status == 2)
        #expect(
            try EndToEndTests.capindex(["template", "--year", "2026", "--la", "370", "--region", "London", "--out", "x"], in: dir).status
                == 2)

        let back = try EndToEndTests.capindex(["ingest", Repo.fixture("xlsx/libreoffice-resaved.xlsx")], in: dir)
        #expect(back.status == 0, "\(back.err)")
        #expect(back.out.contains("1 submission: 1 stored"))
        #expect(back.err.contains("I002"), "a new version of Barnsley 2026 (diagnostics go to standard error)")
        let bad = try EndToEndTests.capindex(["ingest", Repo.fixture("xlsx/encrypted.xlsx")], in: dir)
        #expect(bad.status == 1)
        #expect(bad.err.contains("encrypted.xlsx: error: E219"))
    }
}
