import CapIndexDomain

extension Store {
    /// The recorded results of a scoring run, as exact as they were computed: the rows
    /// exports and reports read. Each LA score's per-theme parts are not repeated here
    /// (`themes` is empty): the rating of each theme is on its trend row.
    public func scoreResults(run: ScoreRun, years: YearScope = .all) throws -> ScoreSet {
        var yearClause = ""
        var args: [SQLBindable] = [run.id]
        if case .year(let y) = years {
            yearClause = " AND year = ?"
            args.append(y)
        }
        func exact(_ text: String?, _ column: String) throws -> Exact {
            guard let text, let e = Exact(fraction: text) else { throw StoreError.resultsIncomplete(run: run.id, column: column) }
            return e
        }
        var set = ScoreSet()
        set.laScores = try db.query(
            """
            SELECT year, la_code, la_name, region, lci_exact, band, lci_change, lci_change_exact
            FROM la_scores WHERE run = ?\(yearClause) ORDER BY year, la_code
            """, args
        ) { r in
            LAScore(
                year: r.int(0)!, laCode: r.string(1)!, laName: r.string(2)!, region: r.string(3)!,
                lci: try exact(r.string(4), "lci_exact"), band: r.string(5)!,
                lciChange: r.double(6) == nil ? nil : try exact(r.string(7), "lci_change_exact"), themes: [])
        }
        set.balances = try db.query(
            """
            SELECT year, region, theme, rated, supply_exact, demand_exact, balance_exact, dev_share_exact, str_share_exact,
                   priority_rank, is_candidate, evidence_share, evidence_share_exact
            FROM theme_balance WHERE run = ?\(yearClause) ORDER BY year, region, position
            """, args
        ) { r in
            ThemeBalance(
                year: r.int(0)!, region: r.string(1)!, theme: r.string(2)!, rated: r.int(3)!,
                supply: try exact(r.string(4), "supply_exact"), demand: try exact(r.string(5), "demand_exact"),
                balance: try exact(r.string(6), "balance_exact"), devShare: try exact(r.string(7), "dev_share_exact"),
                strShare: try exact(r.string(8), "str_share_exact"),
                evidenceShare: r.double(11) == nil ? nil : try exact(r.string(12), "evidence_share_exact"),
                priorityRank: r.int(9), isCandidate: r.int(10)! == 1)
        }
        set.regional = try db.query(
            """
            SELECT year, region, las_submitted, rci_exact, rci_change, rci_change_exact
            FROM regional_index WHERE run = ?\(yearClause) ORDER BY year, region
            """, args
        ) { r in
            RegionalIndex(
                year: r.int(0)!, region: r.string(1)!, lasSubmitted: r.int(2)!, rci: try exact(r.string(3), "rci_exact"),
                rciChange: r.double(4) == nil ? nil : try exact(r.string(5), "rci_change_exact"))
        }
        set.trends = try db.query(
            """
            SELECT year, la_code, theme, rating, direction, status
            FROM theme_results WHERE run = ?\(yearClause) ORDER BY year, la_code, position
            """, args
        ) { r in
            TrendRow(
                year: r.int(0)!, laCode: r.string(1)!, theme: r.string(2)!, rating: r.int(3).flatMap(Rating.init(rawValue:)),
                direction: TrendDirection(rawValue: r.string(4)!) ?? .insufficientHistory,
                status: TrendStatus(rawValue: r.string(5)!) ?? .none)
        }
        set.flags = try db.query(
            """
            SELECT year, la_code, theme, code, message FROM flags WHERE run = ?\(yearClause) ORDER BY seq
            """, args
        ) { r in
            guard let code = DiagnosticCode(rawValue: r.string(3)!) else { throw StoreError.resultsIncomplete(run: run.id, column: "code") }
            return ChallengeFlag(year: r.int(0)!, laCode: r.string(1)!, theme: r.string(2), code: code, message: r.string(4)!)
        }
        return set
    }
}
