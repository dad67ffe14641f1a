/// A published indicator cell: a number, or a missing value kept with its code (SPEC 5).
public enum EvidenceCell: Sendable, Equatable {
    /// A value as published (LAIT values already rounded to one decimal place).
    case number(Double)
    /// Missing: the code as published, trimmed and in lower case (`c`, `x`, `low`, `..`,
    /// `-`, … or `""` for a blank cell; any other text that is not a number).
    case missing(String)
}

/// Missing-value codes of published statistics. None of them is ever a zero.
public enum MissingCode {
    /// The codes SPEC 5 names, in lower case; `""` is a blank cell.
    public static let known: [String] = ["c", "x", "z", "u", "k", "low", "..", ":", "-", "~", "*", ""]

    /// What a code means, for reports.
    public static func meaning(_ code: String) -> String {
        switch code {
        case "c": "confidential"
        case "x": "not available"
        case "z": "not applicable"
        case "u": "low reliability"
        case "k", "low": "rounds to zero, but is not zero"
        case "..", ":", "~", "*": "not available (older symbol)"
        case "-": "not available (LAIT)"
        case "": "blank"
        default: "not a number"
        }
    }

    /// True when the code is one of the published symbols rather than some other text.
    public static func isKnown(_ code: String) -> Bool { known.contains(code) }
}
