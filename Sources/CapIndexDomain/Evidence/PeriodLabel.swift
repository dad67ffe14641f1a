import Foundation

/// The label a report gives a period, as the file published it (SPEC 5): never a bare
/// number. An EES row names its own period (`time_identifier`); a LAIT download gives
/// the year only, so the LAIT dictionary's `Year_Type` from the catalogue says what it
/// is; a tidy file says nothing, so the catalogue's period meaning does.
public enum PeriodLabel {
    /// The label of one period of `indicator`.
    /// - Parameters:
    ///   - layout: the layout of the file the value came from (nil when unknown).
    ///   - timeIdentifier: an EES row's `time_identifier` (`Reporting year`, `Academic year`).
    ///   - published: the period as the file wrote it (`2025`, `202425`).
    ///   - period: the year it counts as (2025 for `202425`).
    public static func text(
        layout: EvidenceLayoutKind?, timeIdentifier: String?, published: String, period: Int, indicator: IndicatorDefinition?
    ) -> String {
        if let id = timeIdentifier?.trimmingBlanks, !id.isEmpty {
            return "\(id) \(span(published, period: period, kind: kind(of: id)))"
        }
        if layout == .lait, let type = indicator?.laitYearType?.trimmingBlanks, !type.isEmpty {
            let k = kind(of: type)
            let words = k == .plain ? sentenceCase(type) : sentenceCase(type).replacingOccurrences(of: " year", with: "") + " year"
            return "\(words) \(k == .plain ? String(period) : span(String(period), period: period, kind: k, endYearOnly: true))"
        }
        let text = published.count == 6 ? span(published, period: period, kind: .academic) : published
        if let meaning = indicator?.periodMeaning?.trimmingBlanks, !meaning.isEmpty { return "\(text) (\(meaning))" }
        return "Period \(text)"
    }

    private enum Kind { case academic, financial, plain }

    private static func kind(of identifier: String) -> Kind {
        let l = identifier.lowercased()
        if l.contains("academic") { return .academic }
        if l.contains("financial") || l.contains("tax") { return .financial }
        return .plain
    }

    /// `202425` → `2024/25` (academic) or `2024-25` (financial); a 4-digit year stays as it
    /// is, unless `endYearOnly` says it is the end year of a two-year span (LAIT).
    private static func span(_ published: String, period: Int, kind: Kind, endYearOnly: Bool = false) -> String {
        let sep = kind == .financial ? "-" : "/"
        let digits = published.trimmingBlanks
        if digits.count == 6, let start = Int(digits.prefix(4)), digits.allSatisfy(\.isNumber) {
            return kind == .plain ? "\(start)-\(digits.suffix(2))" : "\(start)\(sep)\(digits.suffix(2))"
        }
        if endYearOnly && kind != .plain {
            let end = String(period % 100)
            return "\(period - 1)\(sep)\(end.count == 1 ? "0" + end : end)"
        }
        return digits
    }

    /// `Financial Year` → `Financial year`, `Annual (end of Sept)` as it is.
    private static func sentenceCase(_ s: String) -> String {
        s.replacingOccurrences(of: " Year", with: " year")
    }
}

extension String {
    /// Without leading and trailing blanks (spaces, tabs, line breaks).
    var trimmingBlanks: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
