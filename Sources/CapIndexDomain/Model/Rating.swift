import Foundation

/// A self-assessed or Ofsted grade: 1 Outstanding … 4 Inadequate.
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
    case outstanding = 1
    case good = 2
    case requiresImprovement = 3
    case inadequate = 4

    /// The grade's words as a DCS would say them.
    public var title: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement"
        case .inadequate: "Inadequate"
        }
    }

    /// Ofsted's own wording of the grade.
    public var ofstedTitle: String {
        self == .requiresImprovement ? "Requires improvement to be good" : title
    }

    /// Reads a digit, the words in any case, `RI` or Ofsted's "Requires improvement to be good".
    public init?(parsing text: String) {
        // The spellings files use, as they stand: no key to make (a tenth of validating a row).
        switch text {
        case "1", "Outstanding", "outstanding", "OUTSTANDING": self = .outstanding; return
        case "2", "Good", "good", "GOOD": self = .good; return
        case "3", "Requires improvement", "requires improvement", "REQUIRES IMPROVEMENT", "RI": self = .requiresImprovement; return
        case "4", "Inadequate", "inadequate", "INADEQUATE": self = .inadequate; return
        default: break
        }
        let t =
            ASCIIKey.make(text, collapsing: true)
            ?? BlankText.trimmedSpaces(text).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        switch t {
        case "1", "outstanding": self = .outstanding
        case "2", "good": self = .good
        case "3", "ri", "requires improvement", "requires improvement to be good": self = .requiresImprovement
        case "4", "inadequate": self = .inadequate
        default:
            // Excel writes numbers as 2.0 now and then.
            if let d = Double(t), (1...4).contains(d), d == d.rounded(), let r = Rating(rawValue: Int(d)) { self = r } else { return nil }
        }
    }

    public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }
}

/// How sure the LA is of the evidence behind a rating.
public enum Confidence: String, Sendable, Codable, CaseIterable {
    case high, medium, low

    /// Reads `high`, `medium` or `low` in any case.
    public init?(parsing text: String) {
        switch text {
        case "high", "High", "HIGH": self = .high
        case "medium", "Medium", "MEDIUM": self = .medium
        case "low", "Low", "LOW": self = .low
        default: self.init(rawValue: ASCIIKey.make(text, collapsing: false) ?? BlankText.trimmedSpaces(text).lowercased())
        }
    }
}

/// Reads the yes/no spellings of SPEC 2: Y/N, yes/no, true/false, 1/0, any case.
public func parseYesNo(_ text: String) -> Bool? {
    switch text {
    case "Y", "y", "Yes", "yes", "YES", "TRUE", "true", "True", "1": return true
    case "N", "n", "No", "no", "NO", "FALSE", "false", "False", "0": return false
    default: break
    }
    return switch ASCIIKey.make(text, collapsing: false) ?? BlankText.trimmedSpaces(text).lowercased() {
    case "y", "yes", "true", "1", "1.0": true
    case "n", "no", "false", "0", "0.0": false
    default: nil
    }
}

/// Reads a whole number 0–3 (offer or need); Excel's `2.0` counts as 2.
public func parseLevel(_ text: String) -> Int? {
    // One digit, the usual case, without making a number of it.
    if let b = text.utf8.first, text.utf8.count == 1, (0x30...0x33).contains(b) { return Int(b - 0x30) }
    let t = BlankText.trimmedSpaces(text)
    if let i = Int(t), (0...3).contains(i) { return i }
    if let d = Double(t), d == d.rounded(), (0...3).contains(d) { return Int(d) }
    return nil
}

/// The words a cell holds as a key to compare with fixed spellings, made on bytes for
/// ASCII text: trimmed of `blank` bytes (by default blanks and tabs, `.whitespaces`),
/// lower-cased, and with `collapsing`, every inner run of them one blank. Nil for text that
/// is not ASCII (the callers then take the Unicode path, which gives the same key). Text
/// that is a key as it stands is returned as it is.
public enum ASCIIKey {
    /// The key of `text`, or nil when it is not ASCII.
    public static func make(
        _ text: String, collapsing: Bool, blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
    ) -> String? {
        let u = text.utf8
        var plain = true
        var previousBlank = true  // so that a leading blank is not plain
        for b in u {
            if b >= 0x80 { return nil }
            let isBlank = blank(b)
            if (0x41...0x5A).contains(b) || (isBlank && previousBlank) || (isBlank && collapsing && b != 0x20) { plain = false }
            previousBlank = isBlank
        }
        if plain && !previousBlank { return text }
        return String(unsafeUninitializedCapacity: u.count) { out in
            var n = 0
            var gap = false
            for b in u {
                if blank(b) {
                    if n > 0 {
                        if collapsing {
                            gap = true
                        } else {
                            out[n] = b
                            n += 1
                        }
                    }
                    continue
                }
                if gap {
                    out[n] = 0x20
                    n += 1
                    gap = false
                }
                out[n] = (0x41...0x5A).contains(b) ? b | 0x20 : b
                n += 1
            }
            // Without collapsing, trailing blanks were copied: take them off again.
            while n > 0 && blank(out[n - 1]) { n -= 1 }
            return n
        }
    }
}
