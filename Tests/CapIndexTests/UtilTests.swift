import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// SHA-256 and exact arithmetic, the two small utilities everything leans on.
struct UtilTests {
    @Test func sha256KnownVectors() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func sha256StreamingEqualsOneShot() {
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var h = SHA256.Hasher()
        for start in stride(from: 0, to: bytes.count, by: 4_097) {
            bytes[start..<min(start + 4_097, bytes.count)].withUnsafeBufferPointer { h.update($0) }
        }
        #expect(h.finalize() == SHA256.hex(bytes))
    }

    @Test func exactArithmetic() {
        let third = Exact(1, 3)
        #expect(third + third + third == .one)
        #expect(Exact(2, 6) == third)
        #expect(Exact(-1, -3) == third)
        #expect(Exact(700, 9).double == 77.77777777777777)
        #expect(Exact(1, 3) < Exact(34, 100) && !(Exact(1, 3) < Exact(1, 3)))
        #expect([Exact(1, 9), Exact(2, 9), Exact(6, 9)].exactSum() == .one)
    }
}

/// The clock's text without Foundation's formatter (issue 16): the same text as
/// `ISO8601DateFormatter` with `.withInternetDateTime`, for instants across leap days,
/// year ends, the epoch and now.
@Suite struct UTCTimeTests {
    @Test func writesWhatTheISO8601FormatterWrites() {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        let instants = [0, 59, 951_782_400, 1_709_164_799, 1_709_251_199, 1_735_689_599, 1_735_689_600, 4_102_444_800]
            + [Int(Date().timeIntervalSince1970)] + (0..<200).map { 1_700_000_000 + $0 * 7_919_311 }
        for s in instants {
            #expect(UTCTime.iso8601(s) == f.string(from: Date(timeIntervalSince1970: TimeInterval(s))), "\(s)")
        }
        #expect(UTCTime.iso8601(1_764_158_400) == "2025-11-26T12:00:00Z")
    }
}
