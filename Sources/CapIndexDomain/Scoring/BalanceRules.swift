/// Theme support balance and regional priorities (SPEC 3).
public enum BalanceRules {
    /// The balance of one theme over the region's LAs that rated it.
    public static func balance(
        year: Int, region: String, theme: String, scores: [ThemeScore],
        entries: [ThemeEntry]
    ) -> ThemeBalance {
        let n = scores.count
        let supply = scores.map(\.o).exactSum()
        let demand = scores.map(\.n).exactSum()
        let nn = Exact(Int128(max(n, 1)))
        let balance = n == 0 ? .zero : Exact(100) * (supply - demand) / nn
        let dev = n == 0 ? .zero : Exact(Int128(entries.filter(\.development).count)) / nn
        let str = n == 0 ? .zero : Exact(Int128(entries.filter(\.strength).count)) / nn
        let candidate = n > 0 && (balance < .zero || !(dev < Exact(1, 3)))
        return ThemeBalance(
            year: year, region: region, theme: theme, rated: n, supply: supply, demand: demand,
            balance: balance, devShare: dev, strShare: str, priorityRank: nil, isCandidate: candidate)
    }

    /// Ranks the candidates: balance ascending, then dev_share descending, then framework
    /// order; the first K are the priorities. `balances` must be in framework order.
    public static func assignPriorities(_ balances: inout [ThemeBalance], k: Int) {
        let ranked = balances.indices.filter { balances[$0].isCandidate }.sorted { i, j in
            let a = balances[i], b = balances[j]
            if a.balance != b.balance { return a.balance < b.balance }
            if a.devShare != b.devShare { return b.devShare < a.devShare }
            return i < j
        }
        for (rank, i) in ranked.prefix(k).enumerated() { balances[i].priorityRank = rank + 1 }
    }
}
