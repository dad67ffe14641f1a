import CapIndexDomain
import Foundation

/// A file that is plainly not a submission, with the rule that decided and what it looks like.
public struct NotASubmission: Sendable, Equatable {
    /// The rule that decided, e.g. `name: a readme` or `content: the LAIT download header`.
    public var rule: String
    /// What the file looks like, in a few words (`a LAIT indicator download`).
    public var looksLike: String
    /// What to do with it instead.
    public var hint: String
}

/// Tells, from a file's name and first bytes, whether it is plainly not a submission: a
/// readme, a published indicator file (EES, LAIT, tidy), an Ofsted outcomes file, prose,
/// or a JSON document without `la_code` and `themes`. Anything that names the submission
/// columns is never called "not a submission", whatever else it holds: then the
/// validator decides and says what is wrong, line by line.
///
/// A stray file like these in an inbox must not make every cron run fail (issue 12):
/// `ingest` skips those it finds in a folder with I010, and for a file named on the
/// command line it puts what the file looks like into the hint of the error.
public enum SubmissionFileSniffer {
    /// How much of a file is looked at.
    static let headBytes = 64 * 1024

    /// The verdict on one file, or nil when it may be a submission.
    public static func check(_ bytes: [UInt8], name: String) -> NotASubmission? {
        if let byName = checkName(name) { return byName }
        let ext = FileNameParts.lowercasedExtension(name)
        if ext == "xlsx" || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: XLSXWorkbook.oleMagic) { return nil }
        // The submission columns anywhere near the top: a submission, however damaged. (On
        // the bytes: no other letter lower-cases to these ASCII words, and a head that is
        // not text gives the same answer.)
        if namesSubmissionColumns(bytes) { return nil }
        let head = Array(bytes.prefix(headBytes))
        guard let text = try? TextDecoding.decode(head) else { return nil }
        let firstByte = text.bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        // A .json file is judged as JSON only: one that does not parse is E214, not prose.
        if ext == "json" || firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "[") { return checkJSON(bytes) }
        return checkHeader(text.bytes)
    }

    /// True when `la_code` and `rating` or `theme` appear in the first ``headBytes`` of
    /// `bytes`, in any case.
    static func namesSubmissionColumns(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            let b = UnsafeBufferPointer(rebasing: all.prefix(headBytes))
            return contains(b, "la_code") && (contains(b, "rating") || contains(b, "theme"))
        }
    }

    /// True when the ASCII word `word` (lower case) occurs in `bytes` in any case.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count >= w.count else { return false }
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b | 0x20 : b }
        let first = w[0]
        var i = 0
        while i <= bytes.count - w.count {
            if lower(bytes[i]) == first {
                var k = 1
                while k < w.count && lower(bytes[i + k]) == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i += 1
        }
        return false
    }

    /// `readme`, `read me`, `read_me`… in any case, with any extension.
    static func checkName(_ path: String) -> NotASubmission? {
        // The letters of the name without its extension are a prefix of those of the whole
        // last component: when these do not start with `readme`, neither do those.
        if let component = FileNameParts.asciiLastComponent(path) {
            let letters = component.lazy.filter { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }.map { $0 | 0x20 }
            if !letters.starts(with: "readme".utf8) { return nil }
        }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let letters = base.filter(\.isLetter)
        guard letters.hasPrefix("readme") else { return nil }
        return NotASubmission(
            rule: "name: a file called readme", looksLike: "a readme",
            hint: "keep notes outside the submissions folder; capindex reads every .csv, .json, .xlsx and .txt file in it")
    }

    /// A JSON document none of whose objects has `la_code` or `themes` (a settings file, a report).
    static func checkJSON(_ bytes: [UInt8]) -> NotASubmission? {
        guard let decoded = try? TextDecoding.decode(bytes), let doc = try? JSONParser.parse(decoded.bytes) else { return nil }
        let objects: [JSONValue]
        switch doc {
        case .object: objects = [doc]
        case .array(let xs): objects = xs
        default: return nil
        }
        guard !objects.isEmpty, objects.allSatisfy({ o in o.member("la_code") == nil && o.member("themes") == nil }) else { return nil }
        let settings = objects.count == 1 && (objects[0].member("accent_colour") != nil || objects[0].member("deadlines") != nil)
        return NotASubmission(
            rule: "content: a JSON document without la_code or themes",
            looksLike: settings ? "a report settings file" : "a JSON document that is not a submission",
            hint: settings
                ? "keep the settings file outside the submissions folder and pass it with --settings"
                : "a JSON submission is an object (or an array of them) with la_code, year and themes")
    }

    /// The header row of a text file: a published indicator or Ofsted file, or prose.
    static func checkHeader(_ utf8: [UInt8]) -> NotASubmission? {
        var cut = utf8
        if utf8.count >= headBytes, let lastBreak = utf8.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            cut = Array(utf8[..<lastBreak])
        }
        guard let records = try? CSVReader.parse(cut), let header = records.first(where: { !$0.isBlank }) else { return nil }
        let fields = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        let evidence = "import it with capindex evidence import (or put it in the folder given to --evidence)"
        if fields == EvidenceLayout.laitHeader {
            return NotASubmission(
                rule: "content: the LAIT download header (Short Desc, Years, LA Number, …)", looksLike: "a LAIT indicator download",
                hint: evidence)
        }
        if fields.contains("time_period") && fields.contains("geographic_level") {
            return NotASubmission(
                rule: "content: the EES open-data header (time_period, geographic_level, …)",
                looksLike: "an EES open-data indicator file", hint: evidence)
        }
        if fields.contains("time_period") && fields.contains("indicator") && fields.contains("value") {
            return NotASubmission(
                rule: "content: the tidy indicator header (time_period, indicator, value)", looksLike: "a tidy indicator file",
                hint: evidence)
        }
        if OfstedOutcomesReader.Columns.find(header.fields) != nil {
            return NotASubmission(
                rule: "content: the Ofsted ILACS outcomes header (overall effectiveness, inspection date, …)",
                looksLike: "an Ofsted ILACS outcomes file",
                hint: "import it with capindex evidence ofsted (or put it in the folder given to --evidence)")
        }
        if (header.fields.count == 1 && records.filter({ !$0.isBlank }).allSatisfy({ $0.fields.count == 1 })) || isSentence(header.fields) {
            return NotASubmission(
                rule: "content: plain text, its first line no header row (no column named, no value)",
                looksLike: "plain text (notes or a letter)",
                hint: "keep notes outside the submissions folder; a submission has a header row naming la_code, year, theme, rating, …")
        }
        return nil
    }

    /// True when a first line split at its commas reads as a sentence, not a header or a
    /// data row: words with a space between them (`Dear coordinator, here is our return.`),
    /// no digit (a headerless row of values has them) and no submission column named.
    static func isSentence(_ fields: [String]) -> Bool {
        let columns = SubmissionField.allCases.map { $0.rawValue.filter(\.isLetter) }
        var spaced = false
        for f in fields {
            let t = f.trimmingCharacters(in: .whitespaces)
            if t.contains(where: \.isNumber) { return false }
            let letters = t.lowercased().filter(\.isLetter)
            if columns.contains(where: { letters.contains($0) }) || letters.contains("code") { return false }
            if t.contains(" ") { spaced = true }
        }
        return spaced
    }
}
