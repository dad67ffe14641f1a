import Foundation
import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats

/// The byte-level text paths that replaced Foundation on ingest's hot path (issue 16) give
/// exactly Foundation's and the old code's answers.
struct FastTextTests {
    /// Every Unicode scalar: the blank sets are Foundation's own, scalar for scalar.
    @Test func blankSetsAreFoundationsOverEveryScalar() {
        var differ: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if BlankText.isSpace(v) != CharacterSet.whitespaces.contains(s) { differ.append("space U+\(String(v, radix: 16))") }
            if BlankText.isBlank(v) != CharacterSet.whitespacesAndNewlines.contains(s) { differ.append("blank U+\(String(v, radix: 16))") }
        }
        #expect(differ.isEmpty, "\(differ.prefix(10))")
    }

    static let samples = [
        "", " ", "\t\n", "good", " Good ", "\u{A0}Good\u{A0}", "Good\u{2028}", "\r\n2\r\n", "é", " é ", "\u{3000}x\u{3000}",
        "Requires  \t improvement", "REQUIRES IMPROVEMENT TO BE GOOD", " 2.0 ", "Y", " yes", "TRUE", "0.0", "1\u{A0}", "İnadequate",
        "requires\nimprovement", "\u{85}x", "a\u{200B}", "Hıgh", "  medium\t", "K\u{212A}",
    ]

    @Test func trimmingIsFoundationsTrimming() {
        for s in Self.samples {
            #expect(BlankText.trimmed(s) == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
            #expect(BlankText.trimmedSpaces(s) == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(BlankText.isBlank(s) == s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(s.debugDescription)")
        }
    }

    /// The parsers read every spelling as the Foundation versions did.
    @Test func parsersReadWhatTheyReadBefore() {
        func oldKey(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).lowercased() }
        for s in Self.samples {
            let collapsed = oldKey(s).split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            #expect(ASCIIKey.make(s, collapsing: true).map { $0 == collapsed } ?? true, "\(s.debugDescription)")
            #expect(ASCIIKey.make(s, collapsing: false).map { $0 == oldKey(s) } ?? true, "\(s.debugDescription)")
            #expect(Confidence(parsing: s) == Confidence(rawValue: oldKey(s)), "\(s.debugDescription)")
        }
        #expect(Rating(parsing: " Requires \t improvement ") == .requiresImprovement)
        #expect(Rating(parsing: "İnadequate") == nil)
        #expect(parseYesNo(" TRUE ") == true && parseYesNo("0.0") == false && parseYesNo("yes\u{A0}") == true)
        #expect(parseLevel("3") == 3 && parseLevel(" 2.0 ") == 2 && parseLevel("4") == nil && parseLevel("\u{A0}1") == 1)
    }

    /// Normalising on bytes gives what lower-casing and splitting on white space gave.
    @Test func normalisingIsTheOldNormalising() {
        for s in Self.samples + ["Front  door", "front-door", " Children in care ", "SEND\t", "a\u{1C}b"] {
            let old = s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            #expect(Framework.normalise(s) == old, "\(s.debugDescription)")
        }
    }

    /// A theme is found by its id or its title in any case and spacing, and by nothing else.
    @Test func themeLookupFindsEachThemeByItsIdOrTitleOnly() throws {
        let fw = try Framework.load(path: Repo.path("Data/framework.json")).framework
        let lookup = ThemeLookup(fw)
        for t in fw.themes {
            for n in [t.id, t.title, t.id.uppercased(), " \(t.title.lowercased())  ", t.title.replacingOccurrences(of: " ", with: " \t ")] {
                #expect(lookup.resolve(n)?.id == t.id, "\(n)")
            }
        }
        for n in ["front door", "Front  Door", "front-door:", "nothing", "", "   "] { #expect(lookup.resolve(n) == nil, "\(n)") }
    }

    /// The content hash is the SHA-256 of `contentText`, whatever is in it.
    @Test func contentHashIsTheHashOfContentText() {
        let themes = [
            ThemeEntry(
                theme: "front-door", rating: .good, strength: true, offer: 2, need: 1, confidence: .high, narrative: "Line one.\nTwo, «é»"),
            ThemeEntry(theme: "send", rating: .inadequate, development: true, need: 3, confidence: .low),
        ]
        for (on, cx) in [("2026-11-10", "Jo Bloggs"), (nil, nil)] as [(String?, String?)] {
            let s = ValidSubmission(
                laCode: "383", year: 2026, submittedOn: on, cxSignoff: cx, themes: themes, sourceFile: "f.csv",
                sourceSHA256: String(repeating: "0", count: 64), format: .csv, location: SourceLocation(file: "f.csv"))
            #expect(s.contentHash == SHA256.hex(s.contentText))
        }
    }

    /// The sniffer's byte search finds the submission columns in any case, and only them.
    @Test func snifferFindsSubmissionColumnsOnTheBytes() {
        func found(_ s: String) -> Bool { SubmissionFileSniffer.namesSubmissionColumns(Array(s.utf8)) }
        #expect(found("LA_Code,Year,Theme\n"))
        #expect(found("{\"la_code\": 1, \"RATING\": 2}"))
        #expect(!found("la_code,year\n"))
        #expect(!found("la code,theme,rating"))
        #expect(!found("la\u{7F}code,theme"))
    }
}
