import Foundation

/// A recorded scoring run: which framework and which submission versions it read.
public struct ScoreRun: Sendable, Equatable, Codable {
    public var id: Int
    public var createdAt: String
    public var frameworkID: String
    public var frameworkVersion: String
    public var frameworkHash: String
    /// SHA-256 over the framework hash, the current submission versions and the evidence.
    public var inputsHash: String
    /// Current submission versions read.
    public var submissions: Int
}

extension Store {
    /// The fingerprint of everything scoring reads: framework, current submission
    /// versions and imported evidence. Equal fingerprint, equal scores.
    public func inputsFingerprint() throws -> (hash: String, inputs: String) {
        let fw = try currentFramework()?.hash ?? ""
        let subs = try db.query("""
            SELECT id, la_code, year, version, content_hash FROM submissions WHERE is_current = 1 ORDER BY year, la_code
            """) { "\($0.int(0)!):\($0.string(1)!):\($0.int(2)!):v\($0.int(3)!):\($0.string(4)!.prefix(16))" }
        let evidence = try evidenceFingerprint()
        let inputs = "framework \(fw)\nevidence \(evidence)\n" + subs.joined(separator: "\n")
        return (SHA256.hex(inputs), inputs)
    }

    /// Stores a run and its results; results of earlier runs are dropped (their run
    /// records stay). One transaction.
    @discardableResult
    public func saveScoreRun(_ set: ScoreSet, framework: BoundFramework, at time: String) throws -> ScoreRun {
        let (hash, inputs) = try inputsFingerprint()
        let count = inputs.split(separator: "\n").count - 2
        return try db.transaction {
            for t in ["la_scores", "theme_scores", "theme_balance", "regional_index", "trends", "flags"] {
                try db.execute("DELETE FROM \(t)")
            }
            try db.run("""
                INSERT INTO score_runs(created_at, framework_id, framework_version, framework_hash, inputs_hash, inputs, submissions)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, time, framework.framework.id, framework.framework.version, framework.hash, hash, inputs, count)
            let run = Int(db.lastInsertRowID)
            let la = try db.statement("INSERT INTO la_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            let th = try db.statement("INSERT INTO theme_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for s in set.laScores {
                try la.execute(run, s.year, s.laCode, s.laName, s.region, s.lci.double, s.lci.description, s.band, s.lciChange?.double)
                for (i, t) in s.themes.enumerated() {
                    try th.execute(run, s.year, s.laCode, t.theme, i, t.rating.rawValue, t.q.double, t.o.double, t.n.double,
                                   t.c.double, t.weight.double)
                }
            }
            let order = Dictionary(uniqueKeysWithValues: framework.framework.themes.enumerated().map { ($1.id, $0) })
            let bal = try db.statement("INSERT INTO theme_balance VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for b in set.balances {
                try bal.execute(run, b.year, b.region, b.theme, order[b.theme] ?? 0, b.rated, b.supply.double, b.demand.double,
                                b.balance.double, b.devShare.double, b.strShare.double, b.isCandidate, b.priorityRank)
            }
            let reg = try db.statement("INSERT INTO regional_index VALUES (?, ?, ?, ?, ?, ?)")
            for r in set.regional {
                try reg.execute(run, r.year, r.region, r.lasSubmitted, r.rci.double, r.rciChange?.double)
            }
            let tr = try db.statement("INSERT INTO trends VALUES (?, ?, ?, ?, ?, ?, ?)")
            for t in set.trends {
                try tr.execute(run, t.year, t.laCode, t.theme, order[t.theme] ?? 0, t.direction.rawValue, t.status.rawValue)
            }
            let fl = try db.statement("INSERT INTO flags VALUES (?, ?, ?, ?, ?, ?, ?)")
            for (i, f) in set.flags.enumerated() {
                try fl.execute(run, i, f.year, f.laCode, f.theme, f.code, f.message)
            }
            return ScoreRun(id: run, createdAt: time, frameworkID: framework.framework.id,
                            frameworkVersion: framework.framework.version, frameworkHash: framework.hash,
                            inputsHash: hash, submissions: count)
        }
    }

    /// The latest scoring run, if any.
    public func latestScoreRun() throws -> ScoreRun? {
        try db.query("""
            SELECT id, created_at, framework_id, framework_version, framework_hash, inputs_hash, submissions
            FROM score_runs ORDER BY id DESC LIMIT 1
            """) { r in
            ScoreRun(id: r.int(0)!, createdAt: r.string(1)!, frameworkID: r.string(2)!, frameworkVersion: r.string(3)!,
                     frameworkHash: r.string(4)!, inputsHash: r.string(5)!, submissions: r.int(6)!)
        }.first
    }
}
