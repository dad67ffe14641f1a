import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Malformed workbooks never crash the process: seeded mutations of valid workbooks, of
/// the file's bytes and of the XML inside (re-zipped with good CRCs so the XML parser
/// sees them), each read and validated. The only outcomes allowed are rows, or one clear
/// file-level error: E218, E219, or E210 when the header row was damaged.
@Suite struct XlsxMutationTests {
    static let allowed: Set<String> = ["E210", "E218", "E219"]
    /// 700 of each by default; `XLSX_MUTATIONS=N XLSX_SEED=S swift test --filter XlsxMutation` runs longer soaks.
    static let byteMutations = Int(ProcessInfo.processInfo.environment["XLSX_MUTATIONS"] ?? "") ?? 700
    static let xmlMutations = byteMutations
    static let seed = UInt64(ProcessInfo.processInfo.environment["XLSX_SEED"] ?? "") ?? 2026_11_14

    /// Valid workbooks to mutate: a template capindex wrote and filled, and two fixtures.
    static func bases() throws -> [[UInt8]] {
        var s = XlsxTemplateTests.template.sheet()
        for i in 0..<XlsxKit.framework.themes.count {
            s.set(row: 9 + i, column: 3, .text("Good"), style: TemplateStyle.input.rawValue)
            s.set(row: 9 + i, column: 9, .number(i % 4), style: TemplateStyle.input.rawValue)
        }
        s.set(row: 5, column: 2, .number(46340), style: TemplateStyle.dateInput.rawValue)
        return [
            XLSXPackageWriter.workbook(sheetName: "Submission", sheet: s, styles: TemplateStyle.xml),
            try XlsxKit.fixture("libreoffice-resaved.xlsx"), try XlsxKit.fixture("openpyxl-filled.xlsx"),
        ]
    }

    /// Bytes that break parsers: invalid UTF-8, markup, NUL, a DOCTYPE, references.
    static let poison: [[UInt8]] = [
        [0xC3, 0x28], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00],
        Array("<".utf8), Array(">".utf8), Array("&".utf8), Array("\"".utf8), Array("</".utf8), Array("<!DOCTYPE a>".utf8),
        Array("]]>".utf8), Array("&#0;".utf8), Array("&#xD800;".utf8), Array("<x:c>".utf8), Array("<?xml version=\"1.0\"?>".utf8),
        Array(" r=\"XFD1048577\"".utf8), Array(" t=\"s\"".utf8), Array("<v>99999999999999999999</v>".utf8), Array("<v>-1</v>".utf8),
        Array("<row r=\"0\">".utf8), Array("<c r=\"A1\" t=\"inlineStr\"><is>".utf8), Array("_x".utf8), Array("_xD83D_".utf8),
    ]

    static func mutateBytes(_ b: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var m = b
        let at = Int.random(in: 0..<m.count, using: &rng)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0:
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                m[Int.random(in: 0..<m.count, using: &rng)] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            }
        case 1: m.removeSubrange(at...)
        case 2: m.insert(contentsOf: (0..<Int.random(in: 1...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: at)
        case 3: m.removeSubrange(at..<min(m.count, at + Int.random(in: 1...64, using: &rng)))
        case 4:
            let v: UInt8 = Bool.random(using: &rng) ? 0xFF : 0x00
            for i in at..<min(m.count, at + 4) { m[i] = v }
        default:
            // A byte of a ZIP record header: signatures, sizes, offsets, name lengths.
            let sigs = (0..<(m.count - 3)).filter { m[$0] == 0x50 && m[$0 + 1] == 0x4B && m[$0 + 2] < 9 }
            if let s = sigs.randomElement(using: &rng) {
                let p = min(m.count - 1, s + Int.random(in: 4..<46, using: &rng))
                m[p] = UInt8.random(in: 0...255, using: &rng)
            }
        }
        return m
    }

    static func mutateXML(_ x: [UInt8], _ rng: inout SeededRandom) -> [UInt8] {
        var m = x
        guard !m.isEmpty else { return poison.randomElement(using: &rng)! }
        let at = Int.random(in: 0..<m.count, using: &rng)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: m[at] = UInt8.random(in: 0...255, using: &rng)
        case 1, 2:
            // Poison right after a '<' or a blank, i.e. inside element and attribute names.
            let marks = m.indices.filter { m[$0] == UInt8(ascii: "<") || m[$0] == UInt8(ascii: " ") }
            let p = (marks.randomElement(using: &rng) ?? at) + Int.random(in: 1...3, using: &rng)
            m.insert(contentsOf: poison.randomElement(using: &rng)!, at: min(p, m.count))
        case 3: m.removeSubrange(at..<min(m.count, at + Int.random(in: 1...40, using: &rng)))
        case 4:
            let len = Int.random(in: 1...200, using: &rng)
            let slice = m[at..<min(m.count, at + len)]
            m.insert(contentsOf: slice, at: Int.random(in: 0...m.count, using: &rng))
        default:
            // A digit changed: row and column numbers, shared string indexes, sizes, serials.
            let digits = m.indices.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(m[$0]) }
            if let d = digits.randomElement(using: &rng) {
                m.replaceSubrange(d...d, with: Array(["0", "9", "99999", "-", "1e308", ""].randomElement(using: &rng)!.utf8))
            }
        }
        return m
    }

    /// Reads one mutant the way ingest does; returns its outcome.
    static func outcome(_ bytes: [UInt8]) -> String {
        let file = SubmissionFileReader.read(bytes, name: "m.xlsx")
        if let e = file.fileError {
            #expect(allowed.contains(e.code.rawValue), "\(e.rendered)")
            #expect(!e.message.isEmpty && e.hint != nil)
            if ProcessInfo.processInfo.environment["XLSX_MUTATIONS_VERBOSE"] != nil { print("MUT", e.message.prefix(60)) }
            return e.code.rawValue
        }
        _ = XlsxKit.validator.validate(file, sha256: "m")
        return "read"
    }

    @Test func mutatedWorkbooksNeverCrash() throws {
        let bases = try Self.bases()
        var rng = SeededRandom(seed: Self.seed)
        var outcomes: [String: Int] = [:]
        for _ in 0..<Self.byteMutations {
            let base = bases.randomElement(using: &rng)!
            outcomes[Self.outcome(Self.mutateBytes(base, &rng)), default: 0] += 1
        }
        let unzipped = try bases.map { b in
            let z = try ZipArchive(b)
            return try z.entries.map { ($0.name, try z.contents(of: $0)) }
        }
        let layouts: [ZipWriter.Layout] = [.standard, ZipWriter.Layout(zip64: true), ZipWriter.Layout(dataDescriptors: true)]
        for _ in 0..<Self.xmlMutations {
            var parts = unzipped.randomElement(using: &rng)!
            // The sheet most often: that is where the reader does most.
            let xmlParts = parts.indices.filter { parts[$0].0.hasSuffix(".xml") || parts[$0].0.hasSuffix(".rels") }
            let sheet = parts.indices.first { parts[$0].0.hasPrefix("xl/worksheets/") }!
            let pick = Bool.random(using: &rng) ? sheet : xmlParts.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 1...3, using: &rng) { parts[pick].1 = Self.mutateXML(parts[pick].1, &rng) }
            outcomes[Self.outcome(XlsxKit.zip(parts, layout: layouts.randomElement(using: &rng)!)), default: 0] += 1
        }
        let total = outcomes.values.reduce(0, +)
        #expect(total == Self.byteMutations + Self.xmlMutations)
        #expect(total >= 1000)
        #expect(outcomes["read", default: 0] > 50, "some mutants still read: \(outcomes)")
        #expect(outcomes["E218", default: 0] > 300, "\(outcomes)")
        print("xlsx mutation run: \(total) workbooks, outcomes \(outcomes.sorted { $0.key < $1.key })")
    }
}
