import CapIndexDomain

/// How much a question weighs at the challenge event (SPEC 6): Ofsted contradictions
/// first, then contradictions of the published evidence, then changes over time, then the
/// submission's own consistency.
enum QuestionWeight: Int, Comparable, CaseIterable {
    case ofsted, evidence, change, consistency

    static func < (a: QuestionWeight, b: QuestionWeight) -> Bool { a.rawValue < b.rawValue }

    /// The weight of a flag's question; nil for the form-filling points (W107, W108) that
    /// go to the "to put right" list instead.
    init?(_ code: DiagnosticCode) {
        switch code {
        case .w111, .w112: self = .ofsted
        case .w105, .w106: self = .evidence
        case .w104, .w110: self = .change
        case .w101, .w102, .w103, .w109: self = .consistency
        default: return nil
        }
    }

    /// How the overview names the kind of question.
    var title: String {
        switch self {
        case .ofsted: "against Ofsted"
        case .evidence: "against the published indicators"
        case .change: "changes over time"
        case .consistency: "consistency of the submission"
        }
    }
}

/// One question for the challenge event, in plain words with the figures quoted: never
/// an internal id. A question shared by several themes (the same finding word for word)
/// is asked once, naming them all.
struct PackQuestion: Equatable {
    /// The themes it is about, framework order; the first decides where it is grouped.
    var themes: [String]
    /// Its weight.
    var weight: QuestionWeight
    /// The flag it comes from (orders questions of equal weight; never shown).
    var code: DiagnosticCode
    /// The question, figures quoted.
    var text: String
    /// Its number in the pack (1, 2, …), in the order of the questions part.
    var number = 0
}
