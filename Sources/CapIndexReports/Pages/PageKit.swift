import CapIndexDomain
import CapIndexFormats
import Foundation

/// Pieces several pages share: file names, links to LAs, rating cells.
enum PageKit {
    /// File stem of an LA's challenge pack.
    static func packStem(_ la: String) -> String { "challenge-\(la)" }

    /// The file name of a path as given at ingest: folders differ between machines and
    /// say nothing to a reader.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// A `location: message` line with the folders dropped from the location.
    static func withoutFolders(_ line: String) -> String {
        guard let r = line.range(of: ": ") else { return fileName(line) }
        return fileName(String(line[..<r.lowerBound])) + line[r.lowerBound...]
    }

    /// Element id of an LA's section on the trends page.
    static func laAnchor(_ la: String) -> String { "la-\(la)" }

    /// The LA's name linked to its challenge pack when it has one.
    static func laLink(_ ctx: ReportContext, _ la: String, _ year: Int, packs: Bool) -> [ReportInline] {
        let name = ctx.name(la, year)
        return packs && ctx.submission(la, year) != nil ? [.link(name, ReportLink(packStem(la)))] : [.text(name)]
    }

    /// A rating cell: number and words, toned by grade; a dash when not rated.
    static func ratingCell(_ r: Rating?, blank: String = "–") -> ReportCell {
        guard let r else { return .text(blank) }
        return ReportCell([.grade(r, words: true)])
    }

    /// An LA's rating of a theme as every score uses it — the rating the challenge event
    /// agreed where it moved one — with the self-rating beside it when the two differ
    /// (SPEC 9: both are shown where they differ). `words` false: the number only (grids).
    static func ratingCell(_ ctx: ReportContext, la: String, year: Int, theme: String, rating: Rating?, words: Bool = true) -> ReportCell {
        guard let r = rating else { return .text("–") }
        var out: [ReportInline] = [.grade(r, words: words)]
        if let own = ctx.data.improvement.selfRating(la, year, theme), own != r {
            out += [.lineBreak, .aside(words ? "agreed at the challenge event; self-assessed \(own.title)" : "self \(own.rawValue)")]
        }
        return ReportCell(out)
    }

    /// True when the challenge event agreed a rating different from the self-rating for
    /// any of `las` in `year`: captions then say the ratings are the agreed ones.
    static func eventMovedRatings(_ ctx: ReportContext, las: [String], year: Int) -> Bool {
        let set = Set(las)
        return ctx.data.improvement.outcomes.contains { o in
            o.year == year && set.contains(o.laCode) && o.agreedRating != nil
                && o.agreedRating != ctx.data.improvement.selfRating(o.laCode, year, o.theme)
        }
    }

    /// A rating cell with the number only (wide grids).
    static func gradeCell(_ r: Rating?) -> ReportCell {
        guard let r else { return .text("–") }
        return ReportCell([.grade(r, words: false)])
    }

    /// The band's tone by its position in the framework (best first).
    static func bandTone(_ ctx: ReportContext, _ band: String) -> ReportTone {
        let i = ctx.framework.bands.firstIndex { $0.name == band } ?? 3
        return [ReportTone.band1, .band2, .band3, .band4][min(i, 3)]
    }

    /// Band index, best = 0.
    static func bandIndex(_ ctx: ReportContext, _ band: String) -> Int { ctx.framework.bands.firstIndex { $0.name == band } ?? 3 }

    /// `x of n`.
    static func of(_ x: Int, _ n: Int) -> String { "\(x) of \(n)" }

    /// `1 LA`, `2 LAs`.
    static func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? word : (plural ?? word + "s"))"
    }

    /// Joins names as prose: `A`, `A and B`, `A, B and C`.
    static func prose(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }

    /// The grade key that captions of rating grids carry.
    static let gradeKey = "1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate; – not submitted"

    /// Mean quality of a theme over the region's LAs that rated it in `year`, 0–100.
    static func meanQuality(_ ctx: ReportContext, region: String, theme: String, year: Int) -> Exact? {
        let las = Set(ctx.scores.laScores.filter { $0.region == region && $0.year == year }.map(\.laCode))
        let qs = ctx.trends(year: year).filter { $0.theme == theme && las.contains($0.laCode) }
            .compactMap { $0.rating.map(CapacityFormula.quality) }
        guard !qs.isEmpty else { return nil }
        return Exact(100) * qs.exactSum() / Exact(Int128(qs.count))
    }

    /// A sparkline of three window values with its text alternative.
    static func sparkline(_ values: [Exact?], years: [Int]) -> ReportSparkline {
        let parts = zip(years, values).map { y, v in "\(y) \(v.map(ReportDisplay.one) ?? "no data")" }
        // The rule of SPEC 4: the latest year with a figure against the earliest, not the year before.
        let known = zip(years, values).compactMap { y, v in v.map { (y, $0) } }
        var trend = ""
        if let f = known.first, let l = known.last, known.count >= 2 {
            trend = l.1 > f.1 ? ": rising" : (l.1 < f.1 ? ": falling" : ": level")
            trend += " (\(l.0) against \(f.0))"
        }
        return ReportSparkline(values: values.map { $0?.double }, label: "Mean quality " + parts.joined(separator: ", ") + trend)
    }
}

extension PageKit {
    /// LA names as a list: separated by semicolons, since names hold commas (`Kingston upon Hull, City of`).
    static func names(_ items: [String]) -> String { items.joined(separator: "; ") }
}
