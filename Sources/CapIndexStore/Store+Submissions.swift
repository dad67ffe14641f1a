import CSQLite
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

/// A valid submission with what storing it needs worked out beforehand — its content hash
/// and the place of each theme row as text — so that work can be done away from the
/// connection (an ingest prepares files on a second thread while the first stores).
public struct PreparedSubmission: Sendable {
    /// The submission.
    public let submission: ValidSubmission
    /// SHA-256 of its content (``ValidSubmission/contentHash``).
    public let contentHash: String
    /// Each theme row's place in the submission's file, as stored (migration 11).
    let themePlaces: [String?]

    /// Works out the hash and the theme rows' places of `submission`.
    public init(_ submission: ValidSubmission) {
        self.submission = submission
        contentHash = submission.contentHash
        themePlaces = submission.themes.map { Self.place($0.location, in: submission.sourceFile) }
    }

    /// Where `location` is within `file`: its line, JSON path or cell, nil when it is the
    /// file itself, the whole location when it is in another file. The store reads it
    /// back as `file:place` (``SourceLocation/description``).
    static func place(_ location: SourceLocation, in file: String) -> String? {
        guard location.file == file else { return location.description }
        if let line = location.line { return String(line) }
        guard let path = location.path, !path.isEmpty else { return nil }
        return path
    }
}

/// What one submission file gives the store, in the order it was found: diagnostics to
/// log (file notices, rejected submissions) and valid submissions to store with theirs.
public enum IngestedFileEntry: Sendable {
    /// Diagnostics that belong to no stored submission.
    case log([Diagnostic])
    /// A valid submission and the diagnostics stored with it.
    case store(PreparedSubmission, [Diagnostic])
}

/// What storing a file did.
public enum IngestedFileOutcome: Sendable, Equatable {
    /// A file with these bytes was stored before (by another command meanwhile): nothing changed.
    case seenBefore
    /// Each `.store` entry's outcome, in order.
    case stored([StoreOutcome])
}

extension Store {
    /// Stores one submission file in ONE transaction (or as part of a ``batch(_:)``): its diagnostics, its valid
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
                case .store(let p, let ds):
                    outcomes.append(try insertSubmission(p, frameworkRowID: frameworkRowID, diagnostics: ds, runID: runID, at: time))
                }
            }
            try recordIngestedFile(sha256: sha256, name: name, stored: stored, rejected: rejected, at: time)
            return .stored(outcomes)
        }
    }

    /// Runs `body` as one write transaction that commits once: every save inside it (a
    /// file, a submission, a log entry) is part of it, and all of it is stored or none —
    /// after a kill, a crash or an error nothing of `body` is in the database, and the next
    /// run does it all again. A national ingest of 1,223 files commits once instead of
    /// 1,223 times. (A savepoint per file would keep the files before an error, but SQLite
    /// then copies every page a file touches into a statement journal: 13,000 page writes
    /// to a temporary file, a seventh of the ingest; BENCHMARKS.md.)
    public func batch<T>(_ body: () throws -> T) throws -> T { try db.batch(body) }

    /// Stores one submission as the new current version, in one transaction with its
    /// diagnostics: after a crash the database holds all of it or none of it.
    public func saveSubmission(
        _ s: ValidSubmission, frameworkRowID: Int, diagnostics: [Diagnostic],
        runID: Int, at time: String
    ) throws -> StoreOutcome {
        try db.transaction {
            try insertSubmission(PreparedSubmission(s), frameworkRowID: frameworkRowID, diagnostics: diagnostics, runID: runID, at: time)
        }
    }

    /// The body of a save, inside the caller's transaction. A version of the same LA and
    /// year from the same file bytes, current or long superseded, is the one stored: the
    /// file was stored before (a run killed before it recorded the file, or a command that
    /// read the file before another stored it), and storing it again would make an older
    /// submission current again. Statements are prepared once per connection and bound
    /// without boxing: a national ingest runs them some 25,000 times.
    private func insertSubmission(
        _ p: PreparedSubmission, frameworkRowID: Int, diagnostics: [Diagnostic], runID: Int, at time: String
    ) throws -> StoreOutcome {
        let s = p.submission
        // One look at the LA and year's versions: the newest, the current one, and the first from these bytes.
        let look = try db.prepared(
            """
            SELECT max(version), max(CASE WHEN is_current = 1 THEN version END),
                   min(CASE WHEN source_sha256 = ?3 THEN version END)
            FROM submissions WHERE la_code = ?1 AND year = ?2
            """)
        look.bind(1, s.laCode)
        look.bind(2, s.year)
        look.bind(3, s.sourceSHA256)
        guard try look.step() else { throw db.error(SQLITE_ERROR, look.sql) }
        let row = Row(statement: look)
        let (newest, previous, same) = (row.int(0), row.int(1), row.int(2))
        look.reset()
        if let same {
            let id = try db.query("SELECT id FROM submissions WHERE la_code = ? AND year = ? AND version = ?", [s.laCode, s.year, same]) {
                $0.int(0)!
            }
            return StoreOutcome(submissionID: id[0], version: same, superseded: nil)
        }
        let next = (newest ?? 0) + 1
        if previous != nil {
            let clear = try db.prepared("UPDATE submissions SET is_current = 0 WHERE la_code = ? AND year = ? AND is_current = 1")
            clear.bind(1, s.laCode)
            clear.bind(2, s.year)
            try clear.insertBound()
        }
        let sub = try db.prepared(
            """
            INSERT INTO submissions(la_code, year, version, is_current, source_file, source_sha256, source_format,
                ingested_at, submitted_on, cx_signoff, content_hash, framework, ingest_run, diagnostics_mark)
            VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(id), 0) FROM diagnostics))
            """)
        sub.bind(1, s.laCode)
        sub.bind(2, s.year)
        sub.bind(3, next)
        sub.bind(4, s.sourceFile)
        sub.bind(5, s.sourceSHA256)
        sub.bind(6, s.format.rawValue)
        sub.bind(7, time)
        sub.bind(8, s.submittedOn)
        sub.bind(9, s.cxSignoff)
        sub.bind(10, p.contentHash)
        sub.bind(11, frameworkRowID)
        sub.bind(12, runID)
        try sub.insertBound()
        let id = Int(db.lastInsertRowID)
        // Every theme row in one statement: a statement's own work (its transaction, its
        // cursors, its end) was half the cost of storing a row. OR FAIL, with the reference
        // to the submission checked at commit (migration 12), spares SQLite a statement
        // journal to undo half of this statement: an error here fails the whole transaction,
        // which the caller rolls back, so no half-stored submission is ever committed.
        if !s.themes.isEmpty {
            let rows = s.themes.count
            let ins = try db.statement(key: "theme_ratings \(rows)") {
                """
                INSERT OR FAIL INTO theme_ratings(submission_id, theme, position, rating, strength, development, offer, need,
                    confidence, narrative, source_place) VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", "))
                """
            }
            for (i, t) in s.themes.enumerated() {
                let b = Int32(11 * i)
                ins.bind(b + 1, id)
                ins.bind(b + 2, t.theme)
                ins.bind(b + 3, i)
                ins.bind(b + 4, t.rating.rawValue)
                ins.bind(b + 5, t.strength ? 1 : 0)
                ins.bind(b + 6, t.development ? 1 : 0)
                ins.bind(b + 7, t.offer)
                ins.bind(b + 8, t.need)
                ins.bind(b + 9, t.confidence.rawValue)
                ins.bind(b + 10, t.narrative)
                ins.bind(b + 11, p.themePlaces[i])
            }
            try ins.insertBound()
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
        let st = try db.prepared(
            """
            INSERT INTO diagnostics(ingest_run, file, location, code, severity, message, hint, la_code, year, theme, submission_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for d in ds {
            st.bind(1, runID)
            st.bind(2, d.location.file)
            st.bind(3, d.location.description)
            st.bind(4, d.code.rawValue)
            st.bind(5, d.severity.rawValue)
            st.bind(6, d.message)
            st.bind(7, d.hint)
            st.bind(8, d.laCode)
            st.bind(9, d.year)
            st.bind(10, d.theme)
            st.bind(11, submissionID)
            try st.insertBound()
        }
    }

    /// The SHA-256 of every file ever ingested: an ingest skips reading those again
    /// (``saveIngestedFile`` still decides inside its transaction).
    public func ingestedFileHashes() throws -> Set<String> {
        Set(try db.query("SELECT sha256 FROM ingested_files") { $0.string(0)! })
    }

    /// True when a file with these bytes was ingested before.
    public func fileWasIngested(sha256: String) throws -> Bool {
        let st = try db.prepared("SELECT 1 FROM ingested_files WHERE sha256 = ?")
        st.bind(1, sha256)
        defer { st.reset() }
        return try st.step()
    }

    /// Records that a file's bytes were ingested.
    public func recordIngestedFile(sha256: String, name: String, stored: Int, rejected: Int, at time: String) throws {
        let st = try db.prepared(
            "INSERT OR IGNORE INTO ingested_files(sha256, file_name, ingested_at, stored, rejected) VALUES (?, ?, ?, ?, ?)")
        st.bind(1, sha256)
        st.bind(2, name)
        st.bind(3, time)
        st.bind(4, stored)
        st.bind(5, rejected)
        try st.insertBound()
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

    /// Every version of every submission of one year, oldest first, without their themes:
    /// what the status boards read (their rows name versions, never ratings).
    func submissionVersionsWithoutThemes(year: Int) throws -> [StoredSubmission] {
        try submissions(where: "s.year = ?", [year], themes: false)
    }

    /// A theme row's location: its submission's file, then its place in it (migration 11).
    private static let themeLocation = "CASE WHEN t.source_place IS NULL THEN s.source_file ELSE s.source_file || ':' || t.source_place END"

    private func submissions(
        where clause: String, _ args: [SQLBindable], lean: Bool = false, themes withThemes: Bool = true
    ) throws -> [StoredSubmission] {
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
        guard !subs.isEmpty, withThemes else { return subs }
        var index: [Int: Int] = [:]
        for (i, s) in subs.enumerated() { index[s.id] = i }
        let themes = try db.query(
            """
            SELECT t.submission_id, t.theme, t.rating, t.strength, t.development, t.offer, t.need, t.confidence,
                   \(lean ? "CASE WHEN t.narrative = '' THEN '' ELSE '…' END, ''" : "t.narrative, \(Self.themeLocation)")
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
