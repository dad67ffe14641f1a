/// The nearest valid names to a misspelt one, for "did you mean" hints on subcommands,
/// options, regions and LAs. Names are compared in lower case with blanks collapsed, by
/// edit distance (a swap of two neighbouring letters counts as one edit, as in `ingset`);
/// a name that starts with, or contains, what was typed counts as near too, so
/// `yorkshire` finds "Yorkshire and The Humber".
public enum NameSuggestion {
    /// Up to `limit` candidates nearest to `typed`, nearest first; none when nothing is close.
    public static func nearest(to typed: String, among candidates: [String], limit: Int = 3) -> [String] {
        let t = fold(typed)
        guard !t.isEmpty else { return [] }
        var scored: [(name: String, score: Int)] = []
        for c in candidates {
            let f = fold(c)
            if f == t { return [c] }
            let distance = editDistance(Array(t.unicodeScalars), Array(f.unicodeScalars))
            // Allow about one edit in three letters, at least one and at most four.
            let allowed = min(4, max(1, t.unicodeScalars.count / 3))
            if f.hasPrefix(t) || (t.unicodeScalars.count >= 4 && f.contains(t)) {
                scored.append((c, 0))
            } else if distance <= allowed {
                scored.append((c, distance))
            }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.map(\.name)
            .filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// `Did you mean 'ingest'?`, `Did you mean 'a' or 'b'?`; empty when there is no suggestion.
    public static func didYouMean(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        let quoted = names.dropLast().map { "'\($0)'" }
        return "did you mean " + (quoted.isEmpty ? "'\(last)'" : quoted.joined(separator: ", ") + " or '\(last)'") + "?"
    }

    /// Lower case, white space trimmed and collapsed.
    static func fold(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// transpositions of neighbours, each one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = Swift.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = Swift.min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
