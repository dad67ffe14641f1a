import CapIndexDomain
import CapIndexFormats
import Foundation

extension Store {
    /// The fingerprint of everything scoring reads: framework, current submission
    /// versions, imported evidence and the agreed ratings that overlay the submissions
    /// (SPEC 9). Equal fingerprint, equal scores.
    public func inputsFingerprint() throws -> (hash: String, inputs: String) {
        let fw = try currentFramework()?.hash ?? ""
        let subs = try db.query(
            """
            SELECT id, la_code, year, version, content_hash FROM submissions WHERE is_current = 1 ORDER BY year, la_code
            """
        ) { "\($0.int(0)!):\($0.string(1)!):\($0.int(2)!):v\($0.int(3)!):\($0.string(4)!.prefix(16))" }
        let evidence = try evidenceFingerprint()
        let outcomes = try outcomesFingerprint().map { $0 + "\n" } ?? ""
        let inputs = "framework \(fw)\nevidence \(evidence)\n" + outcomes + subs.joined(separator: "\n")
        return (SHA256.hex(inputs), inputs)
    }

    /// Stores a run and its results; results of earlier runs are dropped (their run
    /// records stay). One transaction.
    @discardableResult
    public func saveScoreRun(_ set: ScoreSet, matching: [RegionMatching], framework: BoundFramework, at time: String) throws -> ScoreRun {
        try saveScoreRun(set, matching: matching, framework: framework, fingerprint: try inputsFingerprint(), at: time)
    }

    /// How results are recorded now: 2 = with their exact values beside the doubles
    /// (migration 4); 3 = with the evidence share of each theme (migration 6); 4 = with
    /// the suggested pairs of every region and year (migration 10). Older runs are scored
    /// again when their results are asked for.
    public static let resultsVersion = 4

    /// Stores a run whose inputs fingerprint the caller already has, with the suggested
    /// pairs of every region and year solved from the same inputs.
    public func saveScoreRun(
        _ set: ScoreSet, matching: [RegionMatching], framework: BoundFramework, fingerprint: (hash: String, inputs: String),
        at time: String
    ) throws -> ScoreRun {
        let (hash, inputs) = fingerprint
        // One line per submission, after the framework, evidence and (when any) outcomes lines.
        let count = inputs.split(separator: "\n").filter { $0.first?.isNumber == true }.count
        return try db.transaction {
            for t in ["la_scores", "theme_results", "theme_balance", "regional_index", "flags", "match_pairs"] {
                try db.execute("DELETE FROM \(t)")
            }
            try db.run(
                """
                INSERT INTO score_runs(created_at, framework_id, framework_version, framework_hash, inputs_hash, inputs, submissions,
                                       results_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, time, framework.framework.id, framework.framework.version, framework.hash, hash, inputs, count,
                Store.resultsVersion)
            let run = Int(db.lastInsertRowID)
            let order = Dictionary(uniqueKeysWithValues: framework.framework.themes.enumerated().map { ($1.id, $0) })
            let la = try db.statement("INSERT INTO la_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            struct PartKey: Hashable {
                let year: Int
                let la: String
                let theme: String
            }
            var parts: [PartKey: ThemeScore] = [:]
            parts.reserveCapacity(set.trends.count)
            for s in set.laScores {
                la.bind(1, run); la.bind(2, s.year); la.bind(3, s.laCode); la.bind(4, s.laName); la.bind(5, s.region)
                la.bind(6, s.lci.double); la.bind(7, s.lci.description); la.bind(8, s.band); la.bind(9, s.lciChange?.double)
                la.bind(10, s.lciChange?.description)
                try la.insertBound()
                for t in s.themes { parts[PartKey(year: s.year, la: s.laCode, theme: t.theme)] = t }
            }
            // One row per LA, year and theme: the capacity parts beside the trend.
            let th = try db.statement("INSERT INTO theme_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for t in set.trends {
                let p = parts[PartKey(year: t.year, la: t.laCode, theme: t.theme)]
                th.bind(1, run); th.bind(2, t.year); th.bind(3, t.laCode); th.bind(4, order[t.theme] ?? 0); th.bind(5, t.theme)
                th.bind(6, t.rating?.rawValue); th.bind(7, p?.q.double); th.bind(8, p?.o.double); th.bind(9, p?.n.double)
                th.bind(10, p?.c.double); th.bind(11, p?.weight.double); th.bind(12, t.direction.rawValue); th.bind(13, t.status.rawValue)
                try th.insertBound()
            }
            let bal = try db.statement("INSERT INTO theme_balance VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for b in set.balances {
                try bal.execute(
                    run, b.year, b.region, b.theme, order[b.theme] ?? 0, b.rated, b.supply.double, b.demand.double,
                    b.balance.double, b.devShare.double, b.strShare.double, b.isCandidate, b.priorityRank,
                    b.supply.description, b.demand.description, b.balance.description, b.devShare.description,
                    b.strShare.description, b.evidenceShare?.double, b.evidenceShare?.description)
            }
            let reg = try db.statement("INSERT INTO regional_index VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for r in set.regional {
                try reg.execute(
                    run, r.year, r.region, r.lasSubmitted, r.rci.double, r.rciChange?.double, r.rci.description,
                    r.rciChange?.description)
            }
            let fl = try db.statement("INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?, ?)")
            for (i, f) in set.flags.enumerated() {
                try fl.execute(run, i, f.year, f.laCode, f.theme, f.code.rawValue, f.message)
            }
            try insertMatchPairs(matching, run: run)
            return ScoreRun(
                id: run, createdAt: time, frameworkID: framework.framework.id,
                frameworkVersion: framework.framework.version, frameworkHash: framework.hash,
                inputsHash: hash, submissions: count, resultsVersion: Store.resultsVersion)
        }
    }

    /// The latest scoring run, if any.
    public func latestScoreRun() throws -> ScoreRun? {
        try db.query(
            """
            SELECT id, created_at, framework_id, framework_version, framework_hash, inputs_hash, submissions, results_version
            FROM score_runs ORDER BY id DESC LIMIT 1
            """
        ) { r in
            ScoreRun(
                id: r.int(0)!, createdAt: r.string(1)!, frameworkID: r.string(2)!, frameworkVersion: r.string(3)!,
                frameworkHash: r.string(4)!, inputsHash: r.string(5)!, submissions: r.int(6)!, resultsVersion: r.int(7)!)
        }.first
    }
}
