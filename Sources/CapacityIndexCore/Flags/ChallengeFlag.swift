/// A challenge flag (W101–W111): a warning that becomes a question at the January event.
public struct ChallengeFlag: Sendable, Equatable, Codable, Hashable {
    /// Submission year.
    public var year: Int
    /// 3-digit LA code.
    public var laCode: String
    /// Theme id; nil for a submission-level flag (W107).
    public var theme: String?
    /// `W101` … `W111`.
    public var code: String
    /// What was found, specific detail first.
    public var message: String

    /// A flag.
    public init(year: Int, laCode: String, theme: String?, code: String, message: String) {
        self.year = year
        self.laCode = laCode
        self.theme = theme
        self.code = code
        self.message = message
    }

    /// The question a peer would put to the DCS at the challenge event.
    public var question: String {
        switch code {
        case "W101": "If this theme is good or better, why is it also an area for development?"
        case "W102": "What can you offer others here while your own rating is below Good?"
        case "W103": "What support will it take to improve a theme at this rating?"
        case "W104": "What changed to move the rating by two grades in a year?"
        case "W105": "How does the rating square with the published indicator in the worst quartile?"
        case "W106": "Is the rating too modest given the indicators in the best quartile?"
        case "W107": "Has the chief executive seen and signed off this self-assessment?"
        case "W108": "What is the evidence behind this area for development?"
        case "W109": "Is this theme a strength or an area for development?"
        case "W110": "This has been an area for development for three years: why is no support needed now?"
        case "W111": "What has improved since Ofsted's judgement to justify a better rating?"
        default: "What lies behind this?"
        }
    }
}

/// The challenge-flag rules. Those that need one submission only are shown at ingest;
/// scoring adds the ones that need history or evidence.
public enum ChallengeRules {
    /// The declared-need floor a rating implies, in thirds: 0 (1–2), 1 (3), 2 (4).
    public static func needFloor(_ r: Rating) -> Int { max(0, r.rawValue - 2) }

    /// True when `s` holds nothing but white space (cheaper than Foundation's trimming).
    static func isBlank(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }

    /// W101, W102, W103, W107, W108, W109 for one submission.
    public static func singleSubmission(laCode: String, year: Int, cxSignoff: String?, themes: [ThemeEntry]) -> [ChallengeFlag] {
        var out: [ChallengeFlag] = []
        func flag(_ theme: String?, _ code: String, _ message: String) {
            out.append(ChallengeFlag(year: year, laCode: laCode, theme: theme, code: code, message: message))
        }
        if isBlank(cxSignoff ?? "") {
            flag(nil, "W107", "No chief executive sign-off on this submission")
        }
        for t in themes {
            let r = t.rating
            if r.rawValue <= 2 && t.development {
                flag(t.theme, "W101", "Rated \(r.title) but also named an area for development")
            }
            if r.rawValue >= 3 && t.offer > 0 {
                flag(t.theme, "W102", "Offer \(t.offer) declared on a theme rated \(r.title); the offer is not counted in scoring")
            }
            if t.need < needFloor(r) {
                flag(t.theme, "W103", "Declared need \(t.need) is below the need of \(needFloor(r)) that a rating of \(r.title) implies")
            }
            if t.development && isBlank(t.narrative) {
                flag(t.theme, "W108", "Area for development without a narrative")
            }
            if t.strength && t.development {
                flag(t.theme, "W109", "Named both a key strength and an area for development")
            }
        }
        return out
    }
}
