/// What an LA is told to do about each problem on its feedback page and the status
/// board (SPEC 6): the fix for an error or a form-filling slip, and for a challenge flag
/// the question peers will put, since the rating may well stand.
public enum FeedbackAdvice {
    /// Form-filling flags: there is something to put right (they go on the pack's "to put right" list too).
    public static let formFilling: Set<DiagnosticCode> = [.w107, .w108]

    /// The advice for a stored diagnostic: its own hint first (it may name the cell or
    /// column), else the code's usual fix, else, for a challenge flag, the question.
    public static func advice(code: DiagnosticCode, hint: String?) -> String {
        if let hint, !hint.isEmpty, code.severity == .error || formFilling.contains(code) || !isChallengeFlag(code) {
            return sentence(hint)
        }
        if isChallengeFlag(code) && !formFilling.contains(code) {
            return "Nothing to change if the rating stands; be ready for the question at the challenge event: "
                + ChallengeRules.question(for: code)
        }
        if let h = code.hint { return sentence(h) }
        return code == .i002 ? "Nothing to do: the newer version counts." : "Nothing to do."
    }

    /// True for the challenge flags (W101–W199).
    public static func isChallengeFlag(_ code: DiagnosticCode) -> Bool { code.rawValue.hasPrefix("W1") }

    /// A hint as a sentence: capital first letter, full stop at the end.
    static func sentence(_ s: String) -> String {
        guard let first = s.first else { return s }
        let body = first.uppercased() + s.dropFirst()
        return body.hasSuffix(".") || body.hasSuffix("?") ? body : body + "."
    }
}
