import CapIndexDomain

/// The rules that pick a pack's key points (SPEC 6, part 1), in the order they rank.
enum KeyPointRule: Int, CaseIterable, Comparable {
    /// A rating better (W111) or worse (W112) than Ofsted's latest judgement of the area.
    case ofsted
    /// A theme rated Good or better with a linked indicator in band D.
    case goodWithBandD
    /// A linked indicator in band D that is getting worse.
    case bandDDeclining
    /// A rating moved two grades or more since last year (W104).
    case movedTwoGrades
    /// An area for development in all three window years.
    case persistentDevelopment

    static func < (a: KeyPointRule, b: KeyPointRule) -> Bool { a.rawValue < b.rawValue }
}

/// One key point: one sentence that quotes the figure.
struct KeyPoint: Equatable {
    var rule: KeyPointRule
    /// How strong the finding is within its rule; larger ranks first.
    var magnitude: Int
    /// Framework order of the theme (and of the indicator within it), for ties.
    var order: Int
    /// The sentence.
    var text: String
    /// Catalogue ids the sentence quotes (a band D indicator is quoted once).
    var indicators: [String] = []
}

/// Chooses at most five key points, by rule, deterministically. Candidates rank by rule
/// (the order of ``KeyPointRule``), then the larger finding first (the gap between rating
/// and Ofsted grade, a rating above Ofsted before one below it at the same gap; the number
/// of band D indicators; the worse national rank; the grades moved), then framework order
/// of the theme and indicator, then the text. The strongest point of each rule is taken
/// first, so that one kind of finding cannot fill the summary; the places left go to the
/// next points in rank order. A declining band D indicator already quoted by a chosen
/// "rated Good with band D" point is not quoted again. The points are shown in rank order.
enum KeyPoints {
    /// The most a summary shows.
    static let cap = 5

    /// The chosen points, in the order they are shown.
    static func select(_ candidates: [KeyPoint]) -> [KeyPoint] {
        let ranked = candidates.sorted { a, b in
            (a.rule.rawValue, -a.magnitude, a.order, a.text) < (b.rule.rawValue, -b.magnitude, b.order, b.text)
        }
        var chosen: [Int] = []
        var quoted = Set<String>()
        func take(_ i: Int) -> Bool {
            let p = ranked[i]
            guard chosen.count < cap, !chosen.contains(i) else { return false }
            if p.rule == .bandDDeclining && !quoted.isDisjoint(with: p.indicators) { return false }
            chosen.append(i)
            quoted.formUnion(p.indicators)
            return true
        }
        for rule in KeyPointRule.allCases {
            for i in ranked.indices where ranked[i].rule == rule { if take(i) { break } }
        }
        for i in ranked.indices { _ = take(i) }
        return chosen.sorted().map { ranked[$0] }
    }

    /// Every candidate of one LA's pack.
    static func candidates(_ themes: [PackTheme], year: Int) -> [KeyPoint] {
        var out: [KeyPoint] = []
        var declining: [String: KeyPoint] = [:]
        for (i, t) in themes.enumerated() {
            guard let e = t.entry else { continue }
            let order = i * 100
            for f in t.flags {
                switch f.code {
                case .w111, .w112:
                    guard let g = t.evidence.ofstedGrade, let area = t.evidence.ofstedArea, let ins = t.evidence.ofstedInspection else {
                        continue
                    }
                    let how = f.code == .w111 ? "better than" : "lower than"
                    out.append(
                        KeyPoint(
                            rule: .ofsted, magnitude: abs(e.rating.rawValue - g.rawValue) * 2 + (f.code == .w111 ? 1 : 0), order: order,
                            text:
                                "\(t.name) is rated \(ReportDisplay.rating(e.rating)), \(how) Ofsted's \(g.ofstedTitle) (grade \(g.rawValue)) for \(area.title) in the inspection published \(ReportDisplay.date(ins.publicationDate))."
                        ))
                case .w104:
                    guard let p = t.entry(in: year - 1) else { continue }
                    out.append(
                        KeyPoint(
                            rule: .movedTwoGrades, magnitude: abs(e.rating.rawValue - p.rating.rawValue), order: order,
                            text:
                                "\(t.name) moved from \(ReportDisplay.rating(p.rating)) in \(year - 1) to \(ReportDisplay.rating(e.rating)) in \(year)."
                        ))
                default: continue
                }
            }
            let d = t.bandD
            if e.rating.rawValue <= 2, !d.isEmpty {
                let list = d.map { x in
                    "\(IndicatorText.inSentence(x.title)), \(IndicatorText.valueInPeriod(x))"
                        + (IndicatorText.mainComparator(x).map { " (\($0))" } ?? "")
                }
                let worse = d.map { $0.travel?.word == .declining ? ", and getting worse" : "" }
                let text =
                    d.count == 1
                    ? "\(t.name) is rated \(ReportDisplay.rating(e.rating)) while \(list[0]), is in band D, the worst quarter of England's LAs\(worse[0])."
                    : "\(t.name) is rated \(ReportDisplay.rating(e.rating)) while \(d.count) linked indicators are in band D, the worst quarter of England's LAs: "
                        + zip(list, worse).map { $0 + $1 }.joined(separator: "; ") + "."
                out.append(KeyPoint(rule: .goodWithBandD, magnitude: d.count, order: order, text: text, indicators: d.map(\.indicator)))
            }
            for (j, x) in t.evidence.indicators.enumerated() where x.band == .d && x.travel?.word == .declining {
                guard declining[x.indicator] == nil, let t2 = x.travel, let change = IndicatorText.change(t2, unit: x.unit) else {
                    continue
                }
                declining[x.indicator] = KeyPoint(
                    rule: .bandDDeclining, magnitude: x.nationalRank ?? 0, order: order + j,
                    text:
                        "\(x.title) is in band D and getting worse: \(IndicatorText.valueInPeriod(x)), \(change)"
                        + (IndicatorText.mainComparator(x).map { " (\($0))" } ?? "") + ".",
                    indicators: [x.indicator])
            }
            if t.trend?.status == .persistentDevelopment {
                out.append(
                    KeyPoint(
                        rule: .persistentDevelopment, magnitude: 0, order: order,
                        text:
                            "\(t.name) has been an area for development in \(year - 2), \(year - 1) and \(year); it is rated \(ReportDisplay.rating(e.rating)) now, with need declared \(ReportDisplay.need(e.need))."
                    ))
            }
        }
        return out + declining.values
    }
}
