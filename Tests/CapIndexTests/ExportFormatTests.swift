import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// SPEC 6 export rules: BOM, LF, quoting, number format, spreadsheet-safe free text.
struct ExportFormatTests {
    @Test func csvRules() {
        let t = ExportTable(
            name: "x", columns: ["a", "b", "c", "d"],
            rows: [
                [.text("=SUM(A1)"), .code("-"), .number(18), .null],
                [.text("Says \"hi\", twice\nsecond line"), .code("c"), .number(1.0 / 3), .int(7)],
                [.text("@home"), .text("+44"), .number(-7.407407407407407), .text("-5 cases")],
            ])
        let csv = t.csv()
        #expect(csv.hasPrefix("\u{FEFF}a,b,c,d\n"))
        #expect(!csv.contains("\r"))
        #expect(csv.contains("'=SUM(A1),-,18.0,\n"), "free text guarded, codes not, 18 as 18.0, blank for none")
        #expect(csv.contains("\"Says \"\"hi\"\", twice\nsecond line\",c,0.3333333333333333,7\n"))
        #expect(csv.contains("'@home,'+44,-7.407407407407407,'-5 cases\n"))
    }

    /// Quoting is decided on bytes: a CR LF line break (one Character in Swift) and a comma
    /// or quote followed by a combining mark still quote the cell, so no row can be split.
    @Test func csvQuotesEveryBreakAndSeparatorByte() {
        let t = ExportTable(
            name: "x", columns: ["a", "b"],
            rows: [[.text("one\r\ntwo"), .text("a,\u{301}b \"\u{301}q")], [.int(-120), .int(0)]])
        #expect(t.csv() == "\u{FEFF}a,b\n\"one\r\ntwo\",\"a,\u{301}b \"\"\u{301}q\"\n-120,0\n")
        #expect(t.csvBytes() == Array(t.csv().utf8))
    }

    @Test func jsonHasNoPrefixAndRealTypes() {
        let t = ExportTable(name: "x", columns: ["a", "n", "z"], rows: [[.text("=x"), .number(0.5), .null]])
        #expect(t.json() == "[\n  {\"a\": \"=x\", \"n\": 0.5, \"z\": null}\n]\n")
    }
}
