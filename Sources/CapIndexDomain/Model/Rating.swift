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
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
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
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// Reads the yes/no spellings of SPEC 2: Y/N, yes/no, true/false, 1/0, any case.
public func parseYesNo(_ text: String) -> Bool? {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "y", "yes", "true", "1", "1.0": true
    case "n", "no", "false", "0", "0.0": false
    default: nil
    }
}

/// Reads a whole number 0–3 (offer or need); Excel's `2.0` counts as 2.
public func parseLevel(_ text: String) -> Int? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let i = Int(t), (0...3).contains(i) { return i }
    if let d = Double(t), d == d.rounded(), (0...3).contains(d) { return Int(d) }
    return nil
}
