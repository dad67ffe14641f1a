/// Theme support balance and regional priorities (SPEC 3).
public enum BalanceRules {
    /// A third: the share at which development or evidence makes a theme a candidate.
    static let third = Exact(1, 3)

    /// The balance of one theme over the region's LAs that rated it. `evidenceD` is how
    /// many of those LAs have a linked indicator in band D in the period used for the
    /// year, nil when no linked indicator has a band for any LA in England then.
    public static func balance(
        year: Int, region: String, theme: String, scores: [ThemeScore],
        entries: [ThemeEntry], evidenceD: Int? = nil
    ) -> ThemeBalance {
        let n = scores.count
        let supply = scores.map(\.o).exactSum()
        let demand = scores.map(\.n).exactSum()
        let nn = Exact(Int128(max(n, 1)))
        let balance = n == 0 ? .zero : Exact(100) * (supply - demand) / nn
        let dev = n == 0 ? .zero : Exact(Int128(entries.filter(\.development).count)) / nn
        let str = n == 0 ? .zero : Exact(Int128(entries.filter(\.strength).count)) / nn
        let evidence = evidenceD.map { n == 0 ? .zero : Exact(Int128($0)) / nn }
        var b = ThemeBalance(
            year: year, region: region, theme: theme, rated: n, supply: supply, demand: demand,
            balance: balance, devShare: dev, strShare: str, evidenceShare: evidence, priorityRank: nil, isCandidate: false)
        b.isCandidate = n > 0 && !conditions(b).isEmpty
        return b
    }

    /// Which of the three conditions of SPEC 3 a theme meets, in the spec's order, all
    /// compared exactly: balance below zero, a third or more naming it an area for
    /// development, a third or more with a linked indicator in band D.
    public static func conditions(_ b: ThemeBalance) -> [PriorityCondition] {
        var out: [PriorityCondition] = []
        if b.balance < .zero { out.append(.negativeBalance) }
        if !(b.devShare < third) { out.append(.development) }
        if let e = b.evidenceShare, !(e < third) { out.append(.evidence) }
        return out
    }

    /// Ranks the candidates: balance ascending, then dev_share descending, then
    /// evidence_share descending (blank as 0), then framework order; the first K are
    /// the priorities. `balances` must be in framework order.
    public static func assignPriorities(_ balances: inout [ThemeBalance], k: Int) {
        let ranked = balances.indices.filter { balances[$0].isCandidate }.sorted { i, j in
            let a = balances[i], b = balances[j]
            if a.balance != b.balance { return a.balance < b.balance }
            if a.devShare != b.devShare { return b.devShare < a.devShare }
            let ea = a.evidenceShare ?? .zero, eb = b.evidenceShare ?? .zero
            if ea != eb { return eb < ea }
            return i < j
        }
        for (rank, i) in ranked.prefix(k).enumerated() { balances[i].priorityRank = rank + 1 }
    }
}
