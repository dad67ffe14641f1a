import CapIndexDomain
import Foundation

/// How numbers, dates and codes read in reports. Pure functions of their input (no
/// locale, no clock), so the same data give the same bytes.
enum ReportDisplay {
    /// One decimal place, halves away from zero, computed exactly (SPEC 3: displays
    /// round to one decimal place).
    static func one(_ e: Exact) -> String {
        let negative = e.numerator < 0
        let n = negative ? -e.numerator : e.numerator
        let tenths = (n * 20 + e.denominator) / (e.denominator * 2)
        let s = "\(tenths / 10).\(tenths % 10)"
        return negative && tenths != 0 ? "\u{2212}" + s : s
    }

    /// A change: `+0.7`, `−7.4`, `0.0`.
    static func signed(_ e: Exact) -> String {
        let s = one(e)
        return s.hasPrefix("\u{2212}") || s == "0.0" ? s : "+" + s
    }

    /// A change, or a dash with the reason when there is none.
    static func signed(_ e: Exact?, none: String = "–") -> String { e.map(signed) ?? none }

    /// A double to one decimal place (indicator values; they are published decimals).
    static func one(_ d: Double) -> String {
        let s = String(format: "%.1f", d)
        // `%.1f` has at most its leading minus: made a true minus sign without a string search.
        return s == "-0.0" ? "0.0" : (s.hasPrefix("-") ? "\u{2212}" + s.dropFirst() : s)
    }

    /// A share 0–1 as a whole percentage, exactly rounded: `33%`.
    static func percent(_ e: Exact) -> String {
        let n = e.numerator < 0 ? -e.numerator : e.numerator
        let p = (n * 200 + e.denominator) / (e.denominator * 2)
        return "\(p)%"
    }

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    /// `2026-11-20` → `20 November 2026`; anything else is returned as given.
    static func date(_ iso: String) -> String {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return iso }
        return "\(d) \(months[m - 1]) \(y)"
    }

    /// `2026-11-23T09:00:00Z` → `23 November 2026, 09:00 UTC`.
    static func timestamp(_ iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return date(iso) }
        let time = iso.dropFirst(11).prefix(5)
        let zone = iso.hasSuffix("Z") ? " UTC" : ""
        return "\(date(iso)), \(time)\(zone)"
    }

    /// True for a real `YYYY-MM-DD` date.
    static func isDate(_ s: String) -> Bool {
        let p = s.split(separator: "-", omittingEmptySubsequences: false)
        guard s.count == 10, p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2,
            let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]), (1...12).contains(m), d >= 1
        else { return false }
        let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    /// `2 Good`.
    static func rating(_ r: Rating) -> String { "\(r.rawValue) \(r.title)" }

    /// Offer levels in a few words (SPEC 2).
    static func offer(_ f: Int) -> String {
        ["0 none", "1 share practice", "2 practitioner time", "3 lead support"][max(0, min(3, f))]
    }

    /// Need levels in a few words (SPEC 2).
    static func need(_ d: Int) -> String {
        ["0 none", "1 light-touch advice", "2 targeted support", "3 intensive support"][max(0, min(3, d))]
    }

    /// Direction in words, with an arrow that repeats (not replaces) the word.
    static func direction(_ d: TrendDirection) -> String {
        switch d {
        case .improving: "↑\u{00A0}improving"
        case .stable: "→\u{00A0}stable"
        case .declining: "↓\u{00A0}declining"
        case .insufficientHistory: "insufficient history"
        }
    }

    /// Trend status in words.
    static func status(_ s: TrendStatus) -> String {
        switch s {
        case .persistentDevelopment: "persistent area for development"
        case .persistentStrength: "persistent strength"
        case .newDevelopment: "new area for development"
        case .resolvedDevelopment: "area for development resolved"
        case .newStrength: "new strength"
        case .lapsedStrength: "strength lapsed"
        case .none: "–"
        }
    }

    /// Lower case, words joined by hyphens: `Yorkshire and The Humber` → `yorkshire-and-the-humber`.
    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in s.lowercased().unicodeScalars {
            if ch.isASCII && (ReportASCII.alnum(ch)) {
                out.unicodeScalars.append(ch)
                dash = false
            } else if !dash && !out.isEmpty {
                out += "-"
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "region" : out
    }
}

/// ASCII letters and digits, without Foundation's CharacterSet.
enum ReportASCII {
    static func alnum(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
    }
}
