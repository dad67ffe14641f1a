import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The ZIP layer under .xlsx: round trips in every layout other writers use, and each
/// kind of damage as a clear E218 reason.
@Suite struct XlsxZipTests {
    static let entries: [(String, [UInt8])] = [
        ("a.xml", Array("<a>hello</a>".utf8)),
        ("dir/b.bin", (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }),
        ("empty.txt", []),
        ("naïve/ü.xml", Array(String(repeating: "compressible ", count: 400).utf8)),
    ]

    static let layouts: [ZipWriter.Layout] = [
        .standard, ZipWriter.Layout(zip64: true), ZipWriter.Layout(dataDescriptors: true),
        ZipWriter.Layout(zip64: true, dataDescriptors: true), ZipWriter.Layout(stored: true),
    ]

    @Test(arguments: 0..<5) func roundTripsInEveryLayout(_ layout: Int) throws {
        let bytes = XlsxKit.zip(Self.entries, layout: Self.layouts[layout])
        let zip = try ZipArchive(bytes)
        #expect(zip.entries.map(\.name) == Self.entries.map(\.0))
        for (name, data) in Self.entries {
            let e = try #require(zip.entry(named: name))
            #expect(try zip.contents(of: e) == data, "\(name)")
        }
    }

    @Test func zip64AndDataDescriptorsAreReallyWritten() throws {
        let z64 = XlsxKit.zip(Self.entries, layout: ZipWriter.Layout(zip64: true))
        #expect(z64.count > 22 + 76)
        let tail = Array(z64.suffix(22 + 20 + 56))
        #expect(tail.starts(with: [0x50, 0x4B, 0x06, 0x06]), "Zip64 end record before the locator")
        let dd = XlsxKit.zip(Self.entries, layout: ZipWriter.Layout(dataDescriptors: true))
        #expect(try ZipArchive(dd).entries.allSatisfy { $0.flags & 8 != 0 })
    }

    @Test func sameEntriesGiveSameBytes() {
        #expect(XlsxKit.zip(Self.entries) == XlsxKit.zip(Self.entries))
    }

    @Test func partNamesCompareAsOPCDoes() throws {
        let zip = try ZipArchive(XlsxKit.zip([("XL\\Workbook.XML", Array("x".utf8))]))
        #expect(zip.entry(named: "/xl/workbook.xml") != nil)
    }

    @Test func notAZip() {
        #expect(throws: XLSXError(.notZip, "the file is not a ZIP archive, so not an .xlsx workbook")) {
            try ZipArchive(Array("la_code,year\n".utf8))
        }
    }

    @Test func truncatedAnywhereIsAnErrorNotATrap() throws {
        let bytes = XlsxKit.zip(Self.entries)
        for cut in stride(from: 4, to: bytes.count, by: 7) {
            do {
                let z = try ZipArchive(Array(bytes.prefix(cut)))
                for e in z.entries { _ = try z.contents(of: e) }
                Issue.record("cut at \(cut) read as whole")
            } catch {
                #expect(error.code == .e218)
            }
        }
    }

    @Test func badCRCIsFound() throws {
        var bytes = XlsxKit.zip([("a.xml", Array("<a>hello</a>".utf8))], layout: ZipWriter.Layout(stored: true))
        bytes[30 + 5 + 3] ^= 0x20  // a byte of the stored data, after the 30-byte header and the name
        let zip = try ZipArchive(bytes)
        #expect(throws: XLSXError(.badCRC, "a.xml fails its CRC check: the file is damaged")) { try zip.contents(of: zip.entries[0]) }
    }

    @Test func unsupportedMethodAndZipEncryption() throws {
        var bytes = XlsxKit.zip([("a.xml", Array("<a/>".utf8))])
        let cd = try #require(Self.find(bytes, [0x50, 0x4B, 0x01, 0x02]))
        bytes[cd + 10] = 12  // bzip2
        var zip = try ZipArchive(bytes)
        #expect(throws: XLSXError.self) { try zip.contents(of: zip.entries[0]) }
        do { _ = try zip.contents(of: zip.entries[0]) } catch { #expect(error.reason == .unsupported) }
        bytes[cd + 10] = 8
        bytes[cd + 8] |= 1  // encrypted flag
        zip = try ZipArchive(bytes)
        do { _ = try zip.contents(of: zip.entries[0]); Issue.record("read an encrypted entry") } catch {
            #expect(error.reason == .unsupported)
        }
    }

    @Test func sizeBombIsRefused() throws {
        var bytes = XlsxKit.zip([("a.xml", Array("<a/>".utf8))])
        let cd = try #require(Self.find(bytes, [0x50, 0x4B, 0x01, 0x02]))
        for i in 0..<4 { bytes[cd + 24 + i] = 0xFE }  // declared size ≈ 4 GiB
        let zip = try ZipArchive(bytes)
        do { _ = try zip.contents(of: zip.entries[0]); Issue.record("inflated a bomb") } catch { #expect(error.reason == .tooLarge) }
    }

    @Test func crcMatchesZlibReference() {
        #expect(Zlib.crc32(Array("123456789".utf8)[...]) == 0xCBF4_3926)
    }

    static func find(_ bytes: [UInt8], _ sig: [UInt8]) -> Int? {
        (0..<(bytes.count - 3)).first { bytes[$0..<($0 + 4)].elementsEqual(sig) }
    }
}
