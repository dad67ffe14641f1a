import CapIndexDomain

/// How an indicator's figures read in a pack and its questions: the value with its unit
/// and period label, the band in words, ranks as ordinals, and the comparators labelled
/// as published or as means of LA values (SPEC 5). Never an internal id.
enum IndicatorText {
    /// `25.5%`, `67`, `17.3` (one decimal place; `%` for percentages).
    static func figure(_ v: Double, unit: String) -> String { ReportDisplay.one(v) + (unit == "%" ? "%" : "") }

    /// The LA's value, or what stands in for it: `missing (c: confidential)`.
    static func value(_ e: IndicatorEvidence) -> String {
        if let v = e.value { return figure(v, unit: e.unit) }
        if let code = e.missingCode {
            return "no value: \(e.missingMeaning ?? MissingCode.meaning(code)), code \(code.isEmpty ? "blank" : code)"
        }
        return "no value: the LA has no row in the file"
    }

    /// `30.1% in Reporting year 2025`.
    static func valueInPeriod(_ e: IndicatorEvidence) -> String {
        "\(value(e)) in \(e.periodName ?? e.period.map(String.init) ?? "no period")"
    }

    /// The title in running text: the first letter lower case unless it starts an acronym (`KS2 …`).
    static func inSentence(_ title: String) -> String {
        guard let f = title.first, f.isUppercase else { return title }
        let second = title.dropFirst().first
        if let s = second, s.isUppercase || s.isNumber { return title }
        return f.lowercased() + title.dropFirst()
    }

    /// `band D (the worst quarter of England's LAs)`.
    static func band(_ b: QuartileBand) -> String {
        switch b {
        case .a: "band A (the best quarter of England's LAs)"
        case .b: "band B (the second quarter)"
        case .c: "band C (the third quarter)"
        case .d: "band D (the worst quarter of England's LAs)"
        }
    }

    /// `1st`, `2nd`, `23rd`, `111th`.
    static func ordinal(_ n: Int) -> String {
        let tens = (n / 10) % 10, ones = n % 10
        let suffix = tens == 1 ? "th" : (ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th")
        return "\(n)\(suffix)"
    }

    /// `135th of 153 in England, 14th of 15 in the region` (rank 1 is best).
    static func ranks(_ e: IndicatorEvidence) -> String? {
        guard let n = e.nationalRank else { return nil }
        var s = "\(ordinal(n)) of \(e.nationalCount) in England"
        if let r = e.regionalRank { s += ", \(ordinal(r)) of \(e.regionalCount) in the region" }
        return s
    }

    /// The published England and regional figures, labelled as published.
    static func published(_ e: IndicatorEvidence) -> [String] {
        var out: [String] = []
        if let v = e.publishedNational { out.append("England \(figure(v, unit: e.unit)) (published)") }
        if let v = e.publishedRegional {
            out.append("\(e.publishedRegionalArea ?? e.region ?? "Region") \(figure(v, unit: e.unit)) (published)")
        }
        return out
    }

    /// The other comparators: the statistical neighbours' mean and the means of LA values, labelled so.
    static func means(_ e: IndicatorEvidence) -> [String] {
        var out: [String] = []
        if let v = e.neighbourMean {
            out.append("statistical neighbours \(figure(v, unit: e.unit)) (mean of \(e.neighbourCount) with a value)")
        }
        if let v = e.englandMean { out.append("England \(figure(v, unit: e.unit)) (mean of LA values)") }
        if let v = e.regionMean { out.append("region \(figure(v, unit: e.unit)) (mean of LA values)") }
        return out
    }

    /// The comparator a question quotes: the published England figure, else the mean of LA values.
    static func mainComparator(_ e: IndicatorEvidence) -> String? {
        if let v = e.publishedNational { return "England \(figure(v, unit: e.unit)) as published" }
        if let v = e.englandMean { return "England \(figure(v, unit: e.unit)) as the mean of LA values" }
        return nil
    }

    /// `23.1 → 24.0 → 25.5` with gaps and codes, then `+1.5 on Reporting year 2024, declining`.
    static func travel(_ t: DirectionOfTravel, unit: String) -> String {
        let series = t.points.map { p in
            p.value.map { figure($0, unit: unit) } ?? (p.missingCode.map { "missing (\($0.isEmpty ? "blank" : $0))" } ?? "no row")
        }.joined(separator: " → ")
        return series + (change(t, unit: unit).map { "; " + $0 } ?? "")
    }

    /// `+1.5 on Reporting year 2024, declining`, or nil without a change.
    static func change(_ t: DirectionOfTravel, unit: String) -> String? {
        guard let c = t.change, let p = t.previousPeriod, let from = t.points.first(where: { $0.period == p }) else { return nil }
        let sign = c > 0 ? "+" : ""
        let word = t.word.map { ", \($0.rawValue)" } ?? ""
        // A change of a percentage is in percentage points.
        let amount = unit == "%" ? ReportDisplay.one(c) + (abs(c) == 1 ? " point" : " points") : figure(c, unit: unit)
        return "\(sign)\(amount) on \(from.label)\(word)"
    }

    /// The periods of a series in words, for a chart's text alternative.
    static func travelLabel(_ t: DirectionOfTravel, unit: String) -> String {
        let parts = t.points.map { p in
            "\(p.label): "
                + (p.value.map { figure($0, unit: unit) } ?? (p.missingCode.map { "missing (\($0.isEmpty ? "blank" : $0))" } ?? "no value"))
        }
        return parts.joined(separator: "; ") + (change(t, unit: unit).map { "; change " + $0 } ?? "")
    }

    /// `81 of 153 LAs suppressed or missing in England (7 of 15 in the region): bands less reliable`.
    static func caveat(_ s: Suppression) -> String {
        "\(s.missing) of \(s.rows) LAs suppressed or missing in England"
            + (s.regionRows > 0 ? " (\(s.regionMissing) of \(s.regionRows) in the region)" : "") + ": bands less reliable"
    }
}
