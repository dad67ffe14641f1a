import CapIndexDomain

/// Turns an LA's challenge flags into the pack's questions (SPEC 6, part 3): plain words
/// quoting the figures (indicator title, value, period, band, comparator; Ofsted grade and
/// date), grouped per theme in framework order, ordered by weight, identical findings on
/// several themes merged; W107 and W108 go to a short "to put right" list.
enum PackQuestions {
    /// The questions, numbered, and the points to put right.
    struct Result: Equatable {
        var questions: [PackQuestion]
        var toPutRight: [String]

        /// The questions about one theme (a merged question appears under each of its themes).
        func about(_ theme: String) -> [PackQuestion] { questions.filter { $0.themes.contains(theme) } }
    }

    /// The placeholder for the theme name(s) while findings are compared for merging.
    private static let slot = "\u{1}"
    /// Placeholders for the pronoun standing for them: `it` or `them`, `it is` or `they are`.
    private static let itSlot = "\u{2}", itIsSlot = "\u{3}"

    static func build(_ themes: [PackTheme], submissionFlags: [ChallengeFlag], year: Int) -> Result {
        var toPutRight: [String] = []
        if submissionFlags.contains(where: { $0.code == .w107 }) {
            toPutRight.append("No chief executive sign-off: the chief executive signs the self-assessment off before the event.")
        }
        var drafts: [(themeIndex: Int, q: PackQuestion)] = []
        for (i, t) in themes.enumerated() {
            for f in t.flags {
                if f.code == .w108 {
                    toPutRight.append("\(t.name): named an area for development without a narrative; add the evidence behind it.")
                    continue
                }
                guard let weight = QuestionWeight(f.code), let text = text(f.code, t, year: year) else { continue }
                if let j = drafts.firstIndex(where: { $0.q.code == f.code && $0.q.text == text }) {
                    drafts[j].q.themes.append(t.theme.id)
                } else {
                    drafts.append((i, PackQuestion(themes: [t.theme.id], weight: weight, code: f.code, text: text)))
                }
            }
        }
        let names = Dictionary(themes.map { ($0.theme.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var questions = drafts.sorted { a, b in
            (a.themeIndex, a.q.weight.rawValue, a.q.code.rawValue, a.q.text) < (
                b.themeIndex, b.q.weight.rawValue, b.q.code.rawValue, b.q.text
            )
        }.map(\.q)
        for i in questions.indices {
            questions[i].number = i + 1
            let who = PageKit.prose(questions[i].themes.map { names[$0] ?? $0 })
            let one = questions[i].themes.count == 1
            questions[i].text = questions[i].text.replacingOccurrences(of: slot, with: who)
                .replacingOccurrences(of: itSlot, with: one ? "it" : "them")
                .replacingOccurrences(of: itIsSlot, with: one ? "it is" : "they are")
        }
        return Result(questions: questions, toPutRight: toPutRight)
    }

    /// `2 Good`.
    private static func rating(_ r: Rating) -> String { ReportDisplay.rating(r) }

    /// `Requires improvement to be good (grade 3)`.
    private static func ofsted(_ g: Rating) -> String { "\(g.ofstedTitle) (grade \(g.rawValue))" }

    /// `re-referrals within 12 months, 30.1% in Reporting year 2025 (England 22.6% as published)`.
    private static func quoted(_ e: IndicatorEvidence, declining: Bool = false) -> String {
        var s = "\(IndicatorText.inSentence(e.title)), \(IndicatorText.valueInPeriod(e))"
        if let c = IndicatorText.mainComparator(e) { s += " (\(c))" }
        if declining, e.travel?.word == .declining { s += ", and getting worse" }
        return s
    }

    /// The question of one flag on one theme, with the theme's name left as a slot.
    static func text(_ code: DiagnosticCode, _ t: PackTheme, year: Int) -> String? {
        guard let e = t.entry else { return nil }
        let T = slot
        switch code {
        case .w111, .w112:
            guard let area = t.evidence.ofstedArea, let g = t.evidence.ofstedGrade, let i = t.evidence.ofstedInspection else { return nil }
            let when = "in the inspection published \(ReportDisplay.date(i.publicationDate))"
            return code == .w111
                ? "Ofsted judged \(area.title) \(ofsted(g)) \(when); you rate \(T) \(rating(e.rating)). What has improved since then to justify the better rating?"
                : "Ofsted judged \(area.title) \(ofsted(g)) \(when); you rate \(T) \(rating(e.rating)), lower. What has changed since then?"
        case .w105:
            let d = t.bandD
            guard !d.isEmpty else { return nil }
            let list = d.map { quoted($0, declining: true) }.joined(separator: "; ")
            return d.count == 1
                ? "You rate \(T) \(rating(e.rating)), but a linked indicator is in band D, the worst quarter of England's LAs: \(list). How does the rating square with it?"
                : "You rate \(T) \(rating(e.rating)), but \(d.count) linked indicators are in band D, the worst quarter of England's LAs: \(list). How does the rating square with them?"
        case .w106:
            let banded = t.evidence.indicators.filter { $0.band != nil }
            guard !banded.isEmpty else { return nil }
            return
                "You rate \(T) \(rating(e.rating)), but every linked indicator with a band is in band A, the best quarter of England's LAs: "
                + banded.map { quoted($0) }.joined(separator: "; ") + ". Is the rating too modest?"
        case .w104:
            guard let p = t.entry(in: year - 1) else { return nil }
            return
                "You moved \(T) from \(rating(p.rating)) in \(year - 1) to \(rating(e.rating)) in \(year). What changed to move it two grades in a year?"
        case .w110:
            return
                "\(T) has been an area for development in \(year - 2), \(year - 1) and \(year), yet no support need is declared now. Why is none needed?"
        case .w101:
            return
                "You rate \(T) \(rating(e.rating)) and also name \(itSlot) an area for development. If \(itIsSlot) good, what needs developing?"
        case .w102:
            return
                "You offer \(ReportDisplay.offer(e.offer)) on \(T) while rating \(itSlot) \(rating(e.rating)); scoring does not count that offer. What can you offer others while your own rating is below Good?"
        case .w103:
            let floor = ChallengeRules.needFloor(e.rating)
            return
                "You declare need \(ReportDisplay.need(e.need)) on \(T) while rating \(itSlot) \(rating(e.rating)), which implies at least \(ReportDisplay.need(floor)). What support will it take to improve?"
        case .w109:
            return "You name \(T) both a key strength and an area for development. Which is it?"
        default:
            return nil
        }
    }
}
