import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Encoding detection and Windows-1252 transcoding (SPEC section 2, E216, W001).
@Suite struct TextDecodingTests {
    @Test func plainASCIIIsUTF8AndUnchanged() throws {
        let bytes = Array("la_code,value\r\n301,12.5\r\n".utf8)
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded == DecodedText(bytes: bytes, encoding: .utf8))
    }

    @Test func byteOrderMarkIsDetectedAndStripped() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Name,Région\n".utf8))
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "Name,Région\n")
    }

    @Test func dataOverloadMatchesArrayOverload() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x96]
        #expect(try TextDecoding.decode(Data(bytes)) == TextDecoding.decode(bytes))
    }

    @Test func multiByteUTF8IsKept() throws {
        let text = "Southend-on-Sea,€5,naïve,日本,😀\n"
        let decoded = try TextDecoding.decode(Array(text.utf8))
        #expect(decoded.encoding == .utf8)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == text)
    }

    @Test func windows1252CommonBytesAreTranscoded() throws {
        // "Bath – £3 €" as Excel's legacy "CSV" writes it.
        let bytes: [UInt8] = Array("Bath ".utf8) + [0x96] + Array(" ".utf8) + [0xA3, 0x33, 0x20, 0x80]
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "Bath – £3 €")
    }

    @Test(
        arguments: [
            (0x80, "€"), (0x82, "‚"), (0x83, "ƒ"), (0x84, "„"), (0x85, "…"), (0x86, "†"), (0x87, "‡"),
            (0x88, "ˆ"), (0x89, "‰"), (0x8A, "Š"), (0x8B, "‹"), (0x8C, "Œ"), (0x8E, "Ž"),
            (0x91, "‘"), (0x92, "’"), (0x93, "“"), (0x94, "”"), (0x95, "•"), (0x96, "–"), (0x97, "—"),
            (0x98, "˜"), (0x99, "™"), (0x9A, "š"), (0x9B, "›"), (0x9C, "œ"), (0x9E, "ž"), (0x9F, "Ÿ"),
        ] as [(Int, String)])
    func windows1252HighControlRangeFollowsTheTable(byte: Int, expected: String) throws {
        let decoded = try TextDecoding.decode([0x78, UInt8(byte), 0x78])
        #expect(decoded.encoding == .windows1252)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == "x\(expected)x")
    }

    @Test func windows1252UpperHalfIsLatin1() throws {
        let bytes = (0xA0...0xFF).map { UInt8($0) }
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        let scalars = String(decoding: decoded.bytes, as: UTF8.self).unicodeScalars.map(\.value)
        #expect(scalars == Array(0xA0...0xFF).map { UInt32($0) })
    }

    @Test func nulByteIsNotTextWithItsLine() {
        // Lines: "a" 1, "b" 2 (after CRLF), "c" 3 (after CR), NUL on 4 (after LF).
        let bytes: [UInt8] = Array("a\r\nb\rc\nxy".utf8) + [0x00, 0x7A]
        #expect(throws: TextDecodingError.nulByte(offset: 9, line: 4)) {
            try TextDecoding.decode(bytes)
        }
    }

    @Test func nulByteWinsOverValidUTF8() {
        #expect(throws: TextDecodingError.nulByte(offset: 0, line: 1)) {
            try TextDecoding.decode([0x00])
        }
    }

    @Test(arguments: [0x81, 0x8D, 0x8F, 0x90, 0x9D] as [UInt8])
    func undefinedWindows1252ByteIsNotText(byte: UInt8) {
        // 0xE9 (é in 1252) makes the file invalid UTF-8; the undefined byte then decides.
        let bytes: [UInt8] = Array("h\nCaf".utf8) + [0xE9, 0x0A, 0x41, byte]
        #expect(throws: TextDecodingError.notText(offset: 8, line: 3)) {
            try TextDecoding.decode(bytes)
        }
    }

    @Test func undefined1252ByteInsideValidUTF8IsFine() throws {
        // "Á" is C3 81 and "ō" is C5 8D: valid UTF-8, so the 1252 gaps do not matter.
        let decoded = try TextDecoding.decode(Array("Á,ō\n".utf8))
        #expect(decoded.encoding == .utf8)
    }

    @Test(
        arguments: [
            [0xC0, 0xAF],  // overlong "/"
            [0xED, 0xA0, 0x80],  // UTF-16 surrogate
            [0xF4, 0xA0, 0x80, 0x80],  // above U+10FFFF
            [0xE2, 0x82],  // "€" cut off at the end
            [0xE2, 0x41, 0x41],  // lead byte without continuation
        ] as [[UInt8]])
    func invalidUTF8FallsBackTo1252(bytes: [UInt8]) throws {
        let decoded = try TextDecoding.decode(Array("v=".utf8) + bytes)
        #expect(decoded.encoding == .windows1252)
    }

    @Test func detectEncodingOfFilesMatchesDecode() throws {
        let samples: [[UInt8]] = [
            Array("a,b\n1,2\n".utf8),
            [0xEF, 0xBB, 0xBF] + Array("a,€\n".utf8),
            [0xEF, 0xBB],
            Array("x,".utf8) + [0x96, 0x0D, 0x0A, 0xA3],
            Array("x\r\n\r\ny".utf8) + [0xE9, 0x9D],
            Array("x\ny\n€".utf8) + [0x00],
            [],
        ]
        for (index, bytes) in samples.enumerated() {
            let path = try CSVTestSupport.writeTemporaryFile(bytes, name: "decode\(index)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            for chunkSize in [1, 2, 3, 5, 1 << 20] {
                let fromFile = Result { try TextDecoding.detectEncoding(atPath: path, chunkSize: chunkSize) }
                let inMemory = Result { try TextDecoding.decode(bytes).encoding }
                #expect(describe(fromFile) == describe(inMemory), "sample \(index), chunk \(chunkSize)")
            }
        }
    }

    @Test func randomBytesAgreeWithStandardLibraryValidation() throws {
        var rng = CSVTestSupport.SeededGenerator(seed: 0xC5F)
        let pieces: [[UInt8]] = [
            [0x61], [0x2C], [0x0A], [0x0D], Array("é".utf8), Array("€".utf8),
            Array("😀".utf8), [0xE9], [0x96], [0x81], [0xC3], [0xF0, 0x9F], [0xBF],
        ]
        for round in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...24, using: &rng) { bytes += pieces.randomElement(using: &rng)! }
            let expectedUTF8 = String(validating: bytes, as: UTF8.self) != nil
            let undefined = bytes.firstIndex { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) }
            let outcome = Result { try TextDecoding.decode(bytes) }
            switch outcome {
            case .success(let decoded):
                #expect(expectedUTF8 == (decoded.encoding == .utf8), "round \(round)")
                #expect(expectedUTF8 || undefined == nil, "round \(round)")
            case .failure(let error):
                #expect(!expectedUTF8 && (error as? TextDecodingError)?.offset == undefined, "round \(round)")
            }
            let path = try CSVTestSupport.writeTemporaryFile(bytes, name: "random\(round)")
            defer { try? FileManager.default.removeItem(atPath: path) }
            let fromFile = Result { try TextDecoding.detectEncoding(atPath: path, chunkSize: round % 7 + 1) }
            #expect(describe(fromFile) == describe(outcome.map(\.encoding)), "round \(round)")
        }
    }

    @Test func missingFileIsAFileError() {
        #expect(throws: CSVFileError.self) {
            try TextDecoding.detectEncoding(atPath: "/nonexistent/capindex/none.csv")
        }
    }

    private func describe<E: Error>(_ result: Result<SourceEncoding, E>) -> String {
        switch result {
        case .success(let encoding): return encoding.rawValue
        case .failure(let error): return String(describing: error)
        }
    }
}

/// Helpers shared by the CSV test files, namespaced to stay clear of other suites.
enum CSVTestSupport {
    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func writeTemporaryFile(_ bytes: [UInt8], name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("capindex-csv-\(name)-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// SplitMix64, so the random tests are reproducible.
    struct SeededGenerator: RandomNumberGenerator {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
