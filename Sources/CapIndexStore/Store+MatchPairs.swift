import CapIndexDomain

extension Store {
    /// Records the suggested pairs of every region and year with run `run` (migration 10),
    /// in order: called inside the transaction that records the run's other results.
    func insertMatchPairs(_ matching: [RegionMatching], run: Int) throws {
        let ins = try db.statement("INSERT INTO match_pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        var seq = 0
        for m in matching.sorted(by: { ($0.year, $0.region) < ($1.year, $1.region) }) {
            for p in m.result.pairs {
                try ins.execute(run, seq, m.year, m.region, p.receiver, p.theme, p.provider, p.scoreThirds, p.isFresh)
                seq += 1
            }
        }
    }

    /// The suggested pairs recorded with a run, in the solver's order (year, region, then
    /// receiver and theme), optionally of one year.
    public func matchPairs(run: ScoreRun, years: YearScope = .all) throws -> [SuggestedPair] {
        var yearClause = ""
        var args: [SQLBindable] = [run.id]
        if case .year(let y) = years {
            yearClause = " AND year = ?"
            args.append(y)
        }
        return try db.query(
            """
            SELECT year, region, receiver, theme, provider, score_thirds, is_fresh
            FROM match_pairs WHERE run = ?\(yearClause) ORDER BY seq
            """, args
        ) { r in
            SuggestedPair(
                year: r.int(0)!, region: r.string(1)!,
                pair: MatchedPair(
                    receiver: r.string(2)!, theme: r.string(3)!, provider: r.string(4)!, scoreThirds: r.int(5)!,
                    isFresh: r.int(6)! == 1))
        }
    }
}
