import CapIndexDomain

/// What `withdraw` did.
public struct WithdrawOutcome: Sendable, Codable, Equatable {
    /// The version withdrawn.
    public var withdrawn: Int
    /// The earlier version that counts again, if any (the latest one not withdrawn).
    public var restored: Int?
}

extension Store {
    /// Withdraws the current version of an LA's submission for a year (SPEC 7 `withdraw`):
    /// it is kept, marked withdrawn with `at` and `why`, and never counts again. The latest
    /// earlier version that was not withdrawn counts again, since the withdrawn one only
    /// displaced it by being filed under the wrong LA or year; with none, nothing counts
    /// until the LA sends a submission. One transaction. Nil when no version is current.
    public func withdraw(laCode: String, year: Int, why: String, at time: String) throws -> WithdrawOutcome? {
        try db.transaction {
            let current = try db.query(
                "SELECT id, version FROM submissions WHERE la_code = ? AND year = ? AND is_current = 1", [laCode, year]
            ) { r in (r.int(0)!, r.int(1)!) }
            guard let (id, version) = current.first else { return nil }
            try db.run(
                "UPDATE submissions SET is_current = 0, withdrawn_at = ?, withdrawn_why = ? WHERE id = ?", time, why, id)
            let earlier = try db.query(
                """
                SELECT id, version FROM submissions WHERE la_code = ? AND year = ? AND withdrawn_at IS NULL AND version < ?
                ORDER BY version DESC LIMIT 1
                """, [laCode, year, version]
            ) { r in (r.int(0)!, r.int(1)!) }.first
            if let (rid, _) = earlier { try db.run("UPDATE submissions SET is_current = 1 WHERE id = ?", rid) }
            return WithdrawOutcome(withdrawn: version, restored: earlier?.1)
        }
    }

    /// Files for an LA and year that were rejected (their errors are logged for the LA and
    /// year and belong to no stored version), oldest first, with when they were read and
    /// the SHA-256 the ingest recorded for them.
    public func rejectedAttempts(laCode: String, year: Int) throws -> [RejectedAttempt] {
        try rejectedAttempts(where: "d.la_code = ? AND d.year = ?", [laCode, year]).map(\.attempt)
    }

    /// ``rejectedAttempts(laCode:year:)`` of every LA at once, by LA code: the status boards
    /// of a whole register read them in one query, not one per LA.
    func rejectedAttempts(year: Int) throws -> [String: [RejectedAttempt]] {
        var found: [String: [RejectedAttempt]] = [:]
        for (la, attempt) in try rejectedAttempts(where: "d.la_code IS NOT NULL AND d.year = ?", [year]) {
            found[la, default: []].append(attempt)
        }
        return found
    }

    private func rejectedAttempts(where clause: String, _ args: [SQLBindable]) throws -> [(la: String, attempt: RejectedAttempt)] {
        try db.query(
            """
            SELECT d.file, r.started_at, count(*),
                   (SELECT f.sha256 FROM ingested_files f WHERE f.file_name = d.file AND f.ingested_at = r.started_at LIMIT 1),
                   d.la_code
            FROM diagnostics d JOIN ingest_runs r ON r.id = d.ingest_run
            WHERE \(clause) AND d.severity = 'error' AND d.submission_id IS NULL
            GROUP BY d.la_code, d.ingest_run, d.file ORDER BY min(d.id)
            """, args
        ) { r in
            (r.string(4)!, RejectedAttempt(file: r.string(0)!, sha256: r.string(3), ingestedAt: r.string(1)!, errors: r.int(2)!))
        }
    }
}
