import Foundation

/// Brings a database made by a pre-release capindex up to the shipped migrations before
/// they run. Migrations 1 and 2 were edited after an early commit (5dab7bd) had made
/// databases with them, so such a file records schema 2 or 3 but lacks what the final
/// migrations 1 and 2 create; the status board and scoring would fail on it. Each repair
/// looks at the schema itself, so it does nothing on a database made by the shipped
/// migrations, and it is not a migration: the shipped ones stay as they are.
enum PreReleaseRepair {
    /// What a pre-release database lacks: the diagnostics mark, the new result tables.
    private static func gaps(_ db: Database) throws -> (missingMark: Bool, oldResults: Bool) {
        guard case .int(let version) = try db.scalar("PRAGMA user_version"), version >= 1 else { return (false, false) }
        let submissionColumns = Set(try db.query("PRAGMA table_info(submissions)") { $0.string(1) ?? "" })
        let tables = Set(try db.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.string(0) ?? "" })
        return (
            !submissionColumns.contains("diagnostics_mark"),
            version >= 2 && tables.contains("theme_scores") && !tables.contains("theme_results")
        )
    }

    /// True when `db` needs the repair (a reader cannot make it).
    static func needed(_ db: Database) throws -> Bool {
        let (missingMark, oldResults) = try gaps(db)
        return missingMark || oldResults
    }

    /// Repairs `db` in one transaction when it needs it.
    static func apply(_ db: Database) throws {
        let (missingMark, oldResults) = try gaps(db)
        guard missingMark || oldResults else { return }
        try db.transaction {
            if missingMark {
                // Migration 1 gained the mark that lets a rejected attempt after the stored
                // version show on the status board. Before it, the board showed the errors of
                // later ingest runs: marking each version with the last diagnostic of its own
                // run and those before keeps exactly that for the rows already stored.
                try db.execute(
                    """
                    ALTER TABLE submissions ADD COLUMN diagnostics_mark INTEGER NOT NULL DEFAULT 0 CHECK (diagnostics_mark >= 0);
                    UPDATE submissions SET diagnostics_mark =
                        (SELECT coalesce(max(d.id), 0) FROM diagnostics d WHERE d.ingest_run <= submissions.ingest_run);
                    """)
            }
            if oldResults {
                // Migration 2 replaced theme_scores and trends by theme_results. They hold
                // only the results of the latest run, which can always be computed again:
                // the run stays on record, and its results format (1, from migration 4)
                // makes the next command that needs results score again.
                try db.execute("DROP TABLE theme_scores; DROP TABLE trends;")
                try db.execute(themeResultsTable)
            }
        }
    }

    /// The `theme_results` table exactly as migration 2 creates it.
    static var themeResultsTable: String {
        let m = Schema.migrations[1]
        guard let start = m.range(of: "CREATE TABLE theme_results ("),
            let end = m.range(of: ") STRICT;", range: start.upperBound..<m.endIndex)
        else { preconditionFailure("migration 2 creates theme_results") }
        return String(m[start.lowerBound..<end.upperBound])
    }
}
