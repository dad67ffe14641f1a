import Foundation
import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats

/// A workbook with a large shared string table (issue 17, item 15: a real 870 KB one took
/// 7–13 s): every string reads back exactly, only the parts needed are inflated, and the
/// header search's label test, made cheap for long text, still means what it meant.
@Suite struct XlsxSharedStringsTests {
    typealias K = XlsxKit

    /// Shared string items (XML) and the text each must read as.
    static let specials: [(xml: String, text: String)] = [
        (
            "<r><rPr><b/><sz val=\"11\"/></rPr><t>Rich </t></r><r><t xml:space=\"preserve\">text &amp; more</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh><phoneticPr fontId=\"1\"/>",
            "Rich text & more"
        ),
        ("<t><![CDATA[<b>not bold</b> & raw]]></t>", "<b>not bold</b> & raw"),
        ("<t>line one_x000D_&#10;line two &#x1F642; &lt;tag&gt; _x005F_x0041_</t>", "line one\r\nline two 🙂 <tag> _x0041_"),
        ("<t xml:space=\"preserve\">  padded\r\n  </t>", "  padded\n  "),
        ("<t/>", ""),
    ]

    /// 20,000 strings of 40 characters and five of 200,000, words with entities and non-ASCII letters among them.
    static func plainStrings() -> [String] {
        var rng = SeededRandom(seed: 17_15)
        let words = ["care", "leavers", "&", "<plan>", "“quoted”", "naïve", "🙂", "review", "team", "Ofsted", "S.47", "'single'"]
        func text(_ n: Int) -> String {
            var s: [Character] = []
            while s.count < n { s += words.randomElement(using: &rng)! + " " }
            return String(s.prefix(n))
        }
        return (0..<20_000).map { _ in text(40) } + (0..<5).map { _ in text(200_000) }
    }

    /// A "Guidance" sheet that shows every shared string, before the submission sheet.
    static func workbook(_ plain: [String]) -> [(String, [UInt8])] {
        let items = plain.map { "<t>\(XMLText.escape($0))</t>" } + specials.map(\.xml)
        var rows = ""
        for i in items.indices { rows += "<row r=\"\(i + 1)\"><c r=\"A\(i + 1)\" t=\"s\"><v>\(i)</v></c></row>" }
        var parts = K.parts(
            sheet: K.longForm(K.allThemes()), sharedStrings: items, extraSheets: "<sheet name=\"Guidance\" sheetId=\"2\" r:id=\"rId2\"/>",
            extraRels: "<Relationship Id=\"rId2\" Type=\"\(K.rel)/worksheet\" Target=\"worksheets/guidance.xml\"/>")
        parts.append(("xl/worksheets/guidance.xml", Array(K.sheet(rows).utf8)))
        return parts
    }

    @Test func largeSharedStringTableReadsExactly() throws {
        let plain = Self.plainStrings()
        let parts = Self.workbook(plain)
        let bytes = K.zip(parts)
        let wb = try XLSXWorkbook(bytes)
        #expect(wb.sharedStrings.count == 20_010)
        #expect(wb.sharedStrings == plain + Self.specials.map(\.text))
        #expect(wb.sheets.map(\.name) == ["Guidance", "Sheet1"])
        // Read so far: the package and workbook relationships, the workbook and the shared
        // strings; not [Content_Types].xml, not a sheet.
        let size = Dictionary(uniqueKeysWithValues: parts.map { ($0.0, $0.1.count) })
        let read = ["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]
        #expect(wb.inflatedBytes == read.map { size[$0]! }.reduce(0, +))
        #expect(size["xl/sharedStrings.xml"]! > 1_700_000)
        let guidance = try wb.read(wb.sheets[0])
        #expect(guidance.cell(row: 20_003, column: 1) == .text(plain[20_002]))
        #expect(guidance.cell(row: 20_008, column: 1) == .text("line one\r\nline two 🙂 <tag> _x0041_"))

        let r = K.validate(bytes)
        #expect(r.accepted.count == 1, "\(r.diagnostics.map(\.rendered))")
        #expect(r.accepted.first?.themes.count == 12)
        #expect(r.file.rows.first?.location(of: .rating).description == "t.xlsx:Sheet1!D2", "found below the guidance sheet")
    }

    @Test func theQuickLabelTestAgreesWithTheGeneralRule() {
        var labels = [
            "theme", "Theme", "  la code ", "LA_CODE:", "Submitted on *", "submitted_on:*", "rating :", "rat ing", "theme_", "x", "",
            "   ", "cx signoff", "CX\tsignoff", "cx\r\nsignoff", "Confidence::", "offer*:*", "need\u{0B}", "development   :",
        ]
        var rng = SeededRandom(seed: 42)
        let pieces = ["theme", "la", "code", "year", "Rating", "OFFER", " ", "  ", "\t", "_", ":", "*", "x", "submitted", "on", "\n"]
        for _ in 0..<5_000 {
            labels.append((0..<Int.random(in: 1...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        var found = 0
        for l in labels {
            let quick = XLSXSubmissionReader.field(forLabel: l)
            #expect(quick == XLSXSubmissionReader.generalField(forLabel: l), "\(l.debugDescription)")
            if quick != nil { found += 1 }
        }
        #expect(found > 500)
        #expect(XLSXSubmissionReader.field(forLabel: "la\u{A0}code") == .laCode, "a no-break space, the general way")
        #expect(XLSXSubmissionReader.field(forLabel: "theme" + String(repeating: " word", count: 40_000)) == nil)
    }
}
