import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Builds small workbooks part by part, the way other programs write them, and reads
/// them through the ingest path.
enum XlsxKit {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The shipped framework and register, which the validator checks against.
    static let framework = try! Framework.load(path: Repo.path("Data/framework.json")).framework
    static let register = try! LARegister.load(path: Repo.path("Data/register.csv"))
    static let validator = SubmissionValidator(framework: framework, register: register)

    /// A ZIP of the given parts, in order.
    static func zip(_ parts: [(String, [UInt8])], layout: ZipWriter.Layout = .standard) -> [UInt8] {
        var z = ZipWriter(layout: layout)
        for (n, d) in parts { z.add(n, d) }
        return z.finish()
    }

    /// The parts of a one-sheet workbook around a worksheet's XML.
    static func parts(
        sheet: String, sharedStrings: [String]? = nil, sheetName: String = "Sheet1", workbookPr: String = "<workbookPr/>",
        extraSheets: String = "", extraRels: String = ""
    ) -> [(String, [UInt8])] {
        var p: [(String, String)] = [
            ("[Content_Types].xml", head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            (
                "_rels/.rels",
                head
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            ),
            (
                "xl/workbook.xml",
                head
                    + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\">\(workbookPr)<sheets>\(extraSheets)<sheet name=\"\(XMLText.escape(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                head
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId3\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>\(extraRels)</Relationships>"
            ),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        if let ss = sharedStrings {
            p.append(("xl/sharedStrings.xml", head + "<sst xmlns=\"\(main)\">" + ss.map { "<si>\($0)</si>" }.joined() + "</sst>"))
        }
        return p.map { ($0.0, Array($0.1.utf8)) }
    }

    /// A worksheet part around `<row>` elements.
    static func sheet(_ rows: String) -> String {
        head + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheetData>\(rows)</sheetData></worksheet>"
    }

    /// An inline-string cell.
    static func s(_ ref: String, _ text: String) -> String {
        "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(XMLText.escape(text))</t></is></c>"
    }

    /// A number cell.
    static func n(_ ref: String, _ value: String) -> String { "<c r=\"\(ref)\"><v>\(value)</v></c>" }

    /// A sheet in the long form of the CSV: header row 1, then data rows, all inline strings.
    static func longForm(_ rows: [[String]]) -> String {
        sheet(
            rows.enumerated().map { r, cells in
                "<row r=\"\(r + 1)\">"
                    + cells.enumerated().compactMap { c, v in
                        v.isEmpty ? nil : s(CellReference(column: c + 1, row: r + 1).a1, v)
                    }.joined() + "</row>"
            }.joined())
    }

    /// Rows for every framework theme with rating Good, for LA 370 in 2026.
    static func allThemes(la: String = "370", year: String = "2026") -> [[String]] {
        [["la_code", "year", "theme", "rating"]] + framework.themes.map { [la, year, $0.id, "Good"] }
    }

    /// Reads workbook bytes the way `capindex ingest` does.
    static func read(_ bytes: [UInt8], name: String = "t.xlsx") -> RawFile { SubmissionFileReader.read(bytes, name: name) }

    /// Reads and validates; the accepted submissions and every diagnostic.
    static func validate(_ bytes: [UInt8], name: String = "t.xlsx") -> (
        accepted: [ValidSubmission], diagnostics: [Diagnostic], file: RawFile
    ) {
        let file = read(bytes, name: name)
        if let e = file.fileError { return ([], file.notices + [e], file) }
        let (verdicts, orphans) = validator.validate(file, sha256: "test")
        var accepted: [ValidSubmission] = []
        var ds = file.notices + orphans
        for v in verdicts {
            switch v {
            case .accepted(let s, let w): accepted.append(s); ds += w
            case .rejected(_, _, let d): ds += d
            }
        }
        return (accepted, ds, file)
    }

    /// The bytes of a committed fixture in `Fixtures/xlsx`.
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repo.fixture("xlsx/" + name))))
    }

    /// The text of a package part of `bytes`.
    static func part(_ bytes: [UInt8], _ name: String) throws -> String {
        let zip = try ZipArchive(bytes)
        let e = try #require(zip.entry(named: name), "no part \(name)")
        return String(decoding: try zip.contents(of: e), as: UTF8.self)
    }
}

/// A small deterministic generator (SplitMix64) for seeded mutation runs.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
