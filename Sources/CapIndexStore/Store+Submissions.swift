import CapIndexDomain
import CapIndexFormats
import Foundation

/// What storing one submission did.
public struct StoreOutcome: Sendable, Equatable {
    /// Row id of the new version.
    public var submissionID: Int
    /// Its version number.
    public var version: Int
    /// The version it superseded, if any.
    public var superseded: Int?

    /// Creates a value with every field given.
    public init(submissionID: Int, version: Int, superseded: Int? = nil) {
        self.submissionID = submissionID
        self.version = version
        self.superseded = superseded
    }
}

/// What one submission file gives the store, in the order it was found: diagnostics to
/// log (file notices, rejected submissions) and valid submissions to store with theirs.
public enum IngestedFileEntry: Sendable {
    /// Diagnostics that belong to no stored submission.
    case log([Diagnostic])
    /// A valid submission and the diagnostics stored with it.
    case store(ValidSubmission, [Diagnostic])
}

/// What storing a file did.
public enum IngestedFileOutcome: Sendable, Equatable {
    /// A file with these bytes was stored before (by another command meanwhile): nothing changed.
    case seenBefore
    /// Each `.store` entry's outcome, in order.
    case stored([StoreOutcome])
}

extension Store {
    /// Stores one submission file in ONE transaction: its diagnostics, its valid
    /// submissions (each superseding the current version of its LA and year) and the record
    /// of its bytes. The same-bytes rule is decided inside that transaction, against every
    /// file ever recorded, so no interleaving of commands can store a file twice or make an
    /// older version current again; after a crash the file is stored whole or not at all.
    public func saveIngestedFile(
        sha256: String, name: String, entries: [IngestedFileEntry], stored: Int, rejected: Int, frameworkRowID: Int,
        runID: Int, at time: String
    ) throws -> IngestedFileOutcome {
        try db.transaction {
            if try fileWasIngested(sha256: sha256) { return .seenBefore }
            var outcomes: [StoreOutcome] = []
            for entry in entries {
                switch entry {
                case .log(let ds): try insertDiagnostics(ds, runID: runID, submissionID: nil)
                case .store(let s, let ds):
                    outcomes.append(try insertSubmission(s, frameworkRowID: frameworkRowID, diagnostics: ds, runID: runID, at: time))
                }
            }
            try recordIngestedFile(sha256: sha256, name: name, stored: stored, rejected: rejected, at: time)
            return .stored(outcomes)
        }
    }

    /// Stores one submission as the new current version, in one transaction with its
    /// diagnostics: after a crash the database holds all of it or none of it.
    public func saveSubmission(
        _ s: ValidSubmission, frameworkRowID: Int, diagnostics: [Diagnostic],
        runID: Int, at time: String
    ) throws -> StoreOutcome {
        try db.transaction { try insertSubmission(s, frameworkRowID: frameworkRowID, diagnostics: diagnostics, runID: runID, at: time) }
    }

    /// The body of a save, inside the caller's transaction. A version of the same LA and
    /// year from the same file bytes, current or long superseded, is the one stored: the
    /// file was stored before (a run killed before it recorded the file, or a command that
    /// read the file before another stored it), and storing it again would make an older
    /// submission current again.
    private func insertSubmission(
        _ s: ValidSubmission, frameworkRowID: Int, diagnostics: [Diagnostic], runID: Int, at time: String
    ) throws -> StoreOutcome {
        if let same = try db.query(
            "SELECT id, version FROM submissions WHERE la_code = ? AND year = ? AND source_sha256 = ? ORDER BY version LIMIT 1",
            [s.laCode, s.year, s.sourceSHA256], { ($0.int(0)!, $0.int(1)!) }
        ).first {
            return StoreOutcome(submissionID: same.0, version: same.1, superseded: nil)
        }
        let previous = try db.query(
            "SELECT version FROM submissions WHERE la_code = ? AND year = ? AND is_current = 1",
            [s.laCode, s.year]
        ) { $0.int(0)! }.first
        let next =
            (try db.query(
                "SELECT max(version) FROM submissions WHERE la_code = ? AND year = ?",
                [s.laCode, s.year]
            ) { $0.int(0) }.first ?? nil).map { $0 + 1 } ?? 1
        try db.run(
            "UPDATE submissions SET is_current = 0 WHERE la_code = ? AND year = ? AND is_current = 1",
            s.laCode, s.year)
        try db.run(
            """
            INSERT INTO submissions(la_code, year, version, is_current, source_file, source_sha256, source_format,
                ingested_at, submitted_on, cx_signoff, content_hash, framework, ingest_run, diagnostics_mark)
            VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM diagnostics))
            """, s.laCode, s.year, next, s.sourceFile, s.sourceSHA256, s.format.rawValue, time,
            s.submittedOn, s.cxSignoff, s.contentHash, frameworkRowID, runID)
        let id = Int(db.lastInsertRowID)
        let ins = try db.statement(
            """
            INSERT INTO theme_ratings(submission_id, theme, position, rating, strength, development, offer, need,
                confidence, narrative, source_location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, t) in s.themes.enumerated() {
            try ins.execute(
                id, t.theme, i, t.rating.rawValue, t.strength, t.development, t.offer, t.need,
                t.confidence.rawValue, t.narrative, t.location.description)
        }
        try insertDiagnostics(diagnostics, runID: runID, submissionID: id)
        return StoreOutcome(submissionID: id, version: next, superseded: previous)
    }

    /// Starts an ingest run (for the diagnostics log); returns its id.
    public func beginIngestRun(at time: String, dryRun: Bool) throws -> Int {
        try db.run("INSERT INTO ingest_runs(started_at, dry_run) VALUES (?, ?)", time, dryRun)
        return Int(db.lastInsertRowID)
    }

    /// Logs diagnostics that belong to no stored submission (rejections, file notices).
    public func logDiagnostics(_ diagnostics: [Diagnostic], runID: Int) throws {
        guard !diagnostics.isEmpty else { return }
        try db.transaction { try insertDiagnostics(diagnostics, runID: runID, submissionID: nil) }
    }

    private func insertDiagnostics(_ ds: [Diagnostic], runID: Int, submissionID: Int?) throws {
        let st = try db.statement(
            """
            INSERT INTO diagnostics(ingest_run, file, location, code, severity, message, hint, la_code, year, theme, submission_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for d in ds {
            try st.execute(
                runID, d.location.file, d.location.description, d.code.rawValue, d.severity.rawValue, d.message,
                d.hint, d.laCode, d.year, d.theme, submissionID)
        }
    }

    /// True when a file with these bytes was ingested before.
    public func fileWasIngested(sha256: String) throws -> Bool {
        try db.scalar("SELECT 1 FROM ingested_files WHERE sha256 = ?", sha256) != .null
    }

    /// Records that a file's bytes were ingested.
    public func recordIngestedFile(sha256: String, name: String, stored: Int, rejected: Int, at time: String) throws {
        try db.run(
            "INSERT OR IGNORE INTO ingested_files(sha256, file_name, ingested_at, stored, rejected) VALUES (?, ?, ?, ?, ?)",
            sha256, name, time, stored, rejected)
    }

    /// Current submissions (with themes), optionally of one year, sorted by year and LA.
    public func currentSubmissions(year: Int? = nil) throws -> [StoredSubmission] {
        try submissions(where: "s.is_current = 1" + (year == nil ? "" : " AND s.year = ?"), year.map { [$0] } ?? [])
    }

    /// Current submissions as scoring needs them: narratives (stored trimmed) reduced to "" when blank and
    /// "…" otherwise (W108 only asks whether there is one), no source locations. Reading
    /// 18k narratives was a fifth of a national scoring run.
    public func currentSubmissionsForScoring() throws -> [StoredSubmission] {
        try submissions(where: "s.is_current = 1", [], lean: true)
    }

    /// Every version of one LA's submission for a year, oldest first.
    public func versions(laCode: String, year: Int) throws -> [StoredSubmission] {
        try submissions(where: "s.la_code = ? AND s.year = ?", [laCode, year])
    }

    /// Every version of every submission of one year, oldest first.
    public func submissionVersions(year: Int) throws -> [StoredSubmission] {
        try submissions(where: "s.year = ?", [year])
    }

    /// Years that have at least one current submission.
    public func submissionYears() throws -> [Int] {
        try db.query("SELECT DISTINCT year FROM submissions WHERE is_current = 1 ORDER BY year") { $0.int(0)! }
    }

    /// Counts of stored submission versions and current ones.
    public func submissionCounts() throws -> (versions: Int, current: Int) {
        let v = try db.query("SELECT count(*), coalesce(sum(is_current), 0) FROM submissions") { ($0.int(0)!, $0.int(1)!) }
        return v[0]
    }

    private func submissions(where clause: String, _ args: [SQLBindable], lean: Bool = false) throws -> [StoredSubmission] {
        var subs = try db.query(
            """
            SELECT s.id, s.la_code, s.year, s.version, s.is_current, s.source_file, s.source_sha256, s.source_format,
                   s.ingested_at, s.submitted_on, s.cx_signoff, s.content_hash, s.withdrawn_at, s.withdrawn_why
            FROM submissions s WHERE \(clause) ORDER BY s.year, s.la_code, s.version
            """, args
        ) { r in
            StoredSubmission(
                id: r.int(0)!, laCode: r.string(1)!, year: r.int(2)!, version: r.int(3)!,
                isCurrent: r.int(4)! == 1, sourceFile: r.string(5)!, sourceSHA256: r.string(6)!,
                format: SourceFormat(rawValue: r.string(7)!) ?? .csv, ingestedAt: r.string(8)!,
                submittedOn: r.string(9), cxSignoff: r.string(10), contentHash: r.string(11)!, themes: [],
                withdrawnAt: r.string(12), withdrawnWhy: r.string(13))
        }
        guard !subs.isEmpty else { return [] }
        var index: [Int: Int] = [:]
        for (i, s) in subs.enumerated() { index[s.id] = i }
        let themes = try db.query(
            """
            SELECT t.submission_id, t.theme, t.rating, t.strength, t.development, t.offer, t.need, t.confidence,
                   \(lean ? "CASE WHEN t.narrative = '' THEN '' ELSE '…' END, ''" : "t.narrative, t.source_location")
            FROM theme_ratings t JOIN submissions s ON s.id = t.submission_id
            WHERE \(clause) ORDER BY t.submission_id, t.position
            """, args
        ) { r in
            (
                r.int(0)!,
                ThemeEntry(
                    theme: r.string(1)!, rating: Rating(rawValue: r.int(2)!)!, strength: r.int(3)! == 1,
                    development: r.int(4)! == 1, offer: r.int(5)!, need: r.int(6)!,
                    confidence: Confidence(rawValue: r.string(7)!)!, narrative: r.string(8)!,
                    location: SourceLocation(file: r.string(9)!))
            )
        }
        for (sid, t) in themes { if let i = index[sid] { subs[i].themes.append(t) } }
        return subs
    }
}
