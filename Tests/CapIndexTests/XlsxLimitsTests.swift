import Foundation
import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats

/// Workbooks are bounded (issue 17): ZIP bombs, too many entries and parts past the caps
/// are each an E218 that names the limit and the numbers, and each is stopped without
/// inflating what it asks for, as the archive's own count of inflated bytes shows.
@Suite struct XlsxLimitsTests {
    typealias H = HostileZip
    static let limits = ZipLimits.submission
    static let sheetName = "xl/worksheets/sheet1.xml"

    /// The file-level diagnostic `capindex ingest` gives for `bytes`.
    static func diagnostic(_ bytes: [UInt8]) throws -> Diagnostic {
        try #require(SubmissionFileReader.read(bytes, name: "bomb.xlsx").fileError)
    }

    /// What reading `bytes` as a submission workbook throws, and the bytes it inflated meanwhile.
    static func refusal(_ bytes: [UInt8], limits: ZipLimits = limits) throws -> (error: XLSXError, inflated: Int) {
        let zip: ZipArchive
        do { zip = try ZipArchive(bytes, limits: limits) } catch { return (error, 0) }
        do {
            let wb = try XLSXWorkbook(zip)
            for s in wb.sheets { _ = try wb.read(s) }
        } catch { return (error, zip.inflatedBytes) }
        Issue.record("read without error")
        return (XLSXError(.damaged, ""), zip.inflatedBytes)
    }

    @Test func entriesSharingOneDeflateStreamAreABomb() throws {
        // 900 directory entries (under the entry limit), each declaring 32 MiB (the part
        // limit) of one stream: 28 GiB asked for by a file of 276 KB.
        let kernel = H.Local(name: Self.sheetName, packed: H.deflate(run: 0x20, count: 32 << 20), size: 32 << 20)
        let names = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]
        let directory = (0..<900).map { H.Central(name: $0 < names.count ? names[$0] : "xl/worksheets/sheet\($0).xml", local: 0) }
        let bomb = H.archive([kernel], directory: directory)
        #expect(bomb.count < 300_000)
        let (e, inflated) = try Self.refusal(bomb)
        #expect(e.reason == .overlappingEntries)
        #expect(inflated == 0)
        #expect(e.message.contains("share bytes 0–"), "\(e.message)")
        let d = try Self.diagnostic(bomb)
        #expect(d.code == .e218)
        #expect(d.message.contains("[Content_Types].xml and _rels/.rels share bytes"), "\(d.message)")
        #expect(d.message.contains("so this is a ZIP bomb or a damaged file"))
        #expect(d.hint == "send the submission again, saved by Excel or LibreOffice")
    }

    @Test func anEntryWhoseDataRunsIntoTheNextIsABomb() throws {
        // The overlapping kind that quotes the next local header inside the data before it.
        let parts = H.workbook(sheet: H.part(Self.sheetName, K.longForm(K.allThemes())))
        var directory = parts.indices.map { H.Central(name: parts[$0].name, local: $0) }
        directory[1].compressedSize = parts[1].packed.count + 31  // into the third entry's header
        let (e, inflated) = try Self.refusal(H.archive(parts, directory: directory))
        #expect(e.reason == .overlappingEntries)
        #expect(inflated == 0)
        #expect(e.message.contains("_rels/.rels and xl/workbook.xml share bytes"), "\(e.message)")
        #expect(try ZipArchive(H.archive(parts)).entries.count == parts.count, "the same parts, honestly laid out, read")
    }

    @Test func thirtyThousandEntriesAreTooMany() throws {
        var parts = K.parts(sheet: K.longForm(K.allThemes()))
        parts += (0..<30_000).map { ("customXml/item\($0).xml", Array("<a/>".utf8)) }
        let bytes = K.zip(parts, layout: ZipWriter.Layout(stored: true))
        let (e, inflated) = try Self.refusal(bytes)
        #expect(e.reason == .tooManyEntries)
        #expect(inflated == 0)
        let d = try Self.diagnostic(bytes)
        #expect(d.code == .e218)
        #expect(d.message.contains("the ZIP directory declares 30,005 entries; a workbook may have at most 1,000"), "\(d.message)")
        #expect(d.hint == ZipLimits.fix)
    }

    @Test func theEntryLimitIsInclusive() throws {
        let bytes = K.zip(K.parts(sheet: K.longForm(K.allThemes())))  // 5 entries
        var l = Self.limits
        l.maxEntries = 5
        #expect(try ZipArchive(bytes, limits: l).entries.count == 5)
        l.maxEntries = 4
        #expect(throws: XLSXError.self) { try ZipArchive(bytes, limits: l) }
    }

    /// A worksheet of 200 MB of blanks, deflated to 1.3 MB, declaring `declared` bytes.
    static func blanks(declared: Int) -> [UInt8] {
        let count = 200_000_000
        let head = K.head + "<worksheet xmlns=\"\(K.main)\"><sheetData>"
        let packed = H.deflate(prefix: head, run: 0x20, count: count - head.utf8.count - 27, suffix: "</sheetData></worksheet>\n\n\n")
        return H.archive(H.workbook(sheet: H.Local(name: Self.sheetName, packed: packed, size: declared)))
    }

    @Test func aPartDeclaring200MBIsRefusedBeforeInflating() throws {
        let bytes = Self.blanks(declared: 200_000_000)
        #expect(bytes.count < 2_000_000)
        let (e, inflated) = try Self.refusal(bytes)
        #expect(e.reason == .tooLarge)
        #expect(inflated < 2_000, "only the small parts: \(inflated)")
        let d = try Self.diagnostic(bytes)
        #expect(d.code == .e218)
        #expect(
            d.message
                == "unreadable workbook: xl/worksheets/sheet1.xml would inflate to 200,000,000 bytes (191 MiB); "
                + "one part of a workbook may hold at most 33,554,432 bytes (32 MiB)")
        #expect(d.hint?.contains("capindex template") == true)
    }

    @Test(arguments: [1_000, 32 << 20])
    func aPartInflatingPastWhatItDeclaresIsStoppedThere(_ declared: Int) throws {
        let (e, inflated) = try Self.refusal(Self.blanks(declared: declared))
        #expect(e.reason == .damaged)
        #expect(e.message.contains("holds more than the \(declared) bytes the directory declares"), "\(e.message)")
        #expect(inflated <= declared + 2_000, "stopped at its declared size, not at 200 MB: \(inflated)")
    }

    @Test func thePartsTogetherAreBoundedToo() throws {
        // Small limits keep the test small; the same code enforces the 50 MiB.
        let l = ZipLimits(maxArchiveSize: 1 << 20, maxEntries: 100, maxPartSize: 1 << 20, maxTotalInflated: 2 << 20)
        let filler = String(repeating: " ", count: 900_000)
        var parts = K.parts(
            sheet: K.sheet(filler), sharedStrings: ["<t>theme</t>" + filler],
            extraSheets: "<sheet name=\"Two\" sheetId=\"2\" r:id=\"rId2\"/>",
            extraRels: "<Relationship Id=\"rId2\" Type=\"\(K.rel)/worksheet\" Target=\"worksheets/sheet2.xml\"/>")
        parts.append(("xl/worksheets/sheet2.xml", Array(K.sheet(filler).utf8)))
        let (e, inflated) = try Self.refusal(K.zip(parts), limits: l)
        #expect(e.reason == .totalTooLarge)
        #expect(inflated <= l.maxTotalInflated)
        #expect(inflated > 1_800_000, "the shared strings and the first sheet were read")
        #expect(e.message.contains("xl/worksheets/sheet1.xml would inflate to 900,"), "the second sheet read: \(e.message)")
        #expect(e.message.contains("a workbook may inflate to at most 2,097,152 bytes (2 MiB) in all"), "\(e.message)")
    }

    @Test func theFileItselfIsBounded() throws {
        let bytes = K.zip(K.parts(sheet: K.longForm(K.allThemes())))
        var l = Self.limits
        l.maxArchiveSize = bytes.count - 1
        let (e, _) = try Self.refusal(bytes, limits: l)
        #expect(e.reason == .tooLarge)
        #expect(
            e.message
                == "the file is \(ZipLimits.grouped(bytes.count)) bytes; a workbook may be at most \(ZipLimits.grouped(bytes.count - 1)) bytes"
        )
    }

    typealias K = XlsxKit
}
