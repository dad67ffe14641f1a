/// What the January challenge event agreed for one theme of one LA's submission (SPEC 9):
/// a rating that replaces the self-rating, or a confirmation (no rating), with a note.
public struct AgreedOutcome: Sendable, Equatable, Codable {
    /// 3-digit LA code.
    public var laCode: String
    /// Submission year.
    public var year: Int
    /// Theme id.
    public var theme: String
    /// The agreed grade; nil = the self-rating was confirmed.
    public var agreedRating: Rating?
    /// What the event said (may be empty).
    public var note: String
    /// The date of the event, `YYYY-MM-DD`, when given.
    public var agreedOn: String?
    /// Where the row was read from (`file:line` or `file.xlsx:Sheet!C7`).
    public var location: String
    /// When it was imported (ISO 8601); the latest import for an LA, year and theme is current.
    public var importedAt: String

    /// An outcome.
    public init(
        laCode: String, year: Int, theme: String, agreedRating: Rating?, note: String = "", agreedOn: String? = nil,
        location: String = "", importedAt: String = ""
    ) {
        self.laCode = laCode
        self.year = year
        self.theme = theme
        self.agreedRating = agreedRating
        self.note = note
        self.agreedOn = agreedOn
        self.location = location
        self.importedAt = importedAt
    }

    /// The content that decides whether a later import changes anything (not where or when it was read).
    public var content: String { "\(laCode)|\(year)|\(theme)|\(agreedRating?.rawValue ?? 0)|\(note)|\(agreedOn ?? "")" }
}

/// The effective-rating overlay (SPEC 9): the effective rating of a theme is the latest
/// agreed rating for that LA, year and theme, else the self-rating. The application layer
/// applies it once, where it assembles the submissions every computation reads (scoring,
/// trends, flags, matching, explain), so no rule sees a self-rating an event replaced.
public enum OutcomeOverlay {
    /// The submissions with each agreed rating in place of the self-rating; `outcomes`
    /// must be the current ones (one per LA, year and theme). Nothing else changes.
    public static func apply(_ outcomes: [AgreedOutcome], to submissions: [StoredSubmission]) -> [StoredSubmission] {
        var agreed: [String: Rating] = [:]
        for o in outcomes { if let r = o.agreedRating { agreed["\(o.laCode)|\(o.year)|\(o.theme)"] = r } }
        guard !agreed.isEmpty else { return submissions }
        return submissions.map { s in
            var s = s
            for i in s.themes.indices {
                if let r = agreed["\(s.laCode)|\(s.year)|\(s.themes[i].theme)"] { s.themes[i].rating = r }
            }
            return s
        }
    }
}
