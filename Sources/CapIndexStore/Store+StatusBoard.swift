import CapIndexDomain

extension Store {
    /// The regions with at least one current submission in `year`, sorted (none when nobody submitted).
    public func regionsWithCurrentSubmissions(year: Int) throws -> [String] {
        let register = try loadRegister()
        let codes = Set(try currentSubmissions(year: year).map(\.laCode))
        return register.regions.filter { r in register.laCodes(in: r, year: year).contains(where: codes.contains) }
    }

    /// The regions where any LA sent anything for `year`, sorted: a version stored (current,
    /// superseded or withdrawn) or an attempt rejected. These have a status board and
    /// feedback pages to write even when no submission counts (the first returns of the
    /// window all rejected, or every LA withdrawn).
    public func regionsWithAttempts(year: Int) throws -> [String] {
        let register = try loadRegister()
        let codes = Set(
            try db.query(
                """
                SELECT la_code FROM submissions WHERE year = ?
                UNION SELECT la_code FROM diagnostics
                WHERE year = ? AND severity = 'error' AND submission_id IS NULL AND la_code IS NOT NULL
                """, [year, year]
            ) { $0.string(0)! })
        return register.regions.filter { r in register.laCodes(in: r, year: year).contains(where: codes.contains) }
    }

    /// Builds the status board for one region and year. Versions are not judged against a
    /// deadline here (the deadline is the region's setting): see ``StatusBoard/applying(_:)``.
    public func statusBoard(year: Int, region: String) throws -> StatusBoard {
        try statusBoards(year: year, regions: [region])[region] ?? StatusBoard(year: year, region: region, rows: [])
    }

    /// The status boards of several regions for one year, by region. The year's versions,
    /// errors, warnings and rejected attempts are each read in one query and grouped by LA:
    /// a query per LA of every region made the boards of a register grow with its square.
    public func statusBoards(year: Int, regions: [String]) throws -> [String: StatusBoard] {
        let register = try loadRegister()
        let titles = try themeTitles()
        let versionsByLA = Dictionary(grouping: try submissionVersionsWithoutThemes(year: year), by: \.laCode)
        let marks = Dictionary(
            try db.query("SELECT id, diagnostics_mark FROM submissions WHERE year = ?", [year]) { ($0.int(0)!, $0.int(1)!) },
            uniquingKeysWith: { a, _ in a })
        var errorsByLA: [String: [(id: Int, run: Int, notice: StoredNotice?, at: String?)]] = [:]
        let errors = try db.query(
            """
            SELECT d.la_code, d.id, d.ingest_run, d.location, d.code, d.message, d.hint, d.theme, d.file, r.started_at
            FROM diagnostics d JOIN ingest_runs r ON r.id = d.ingest_run
            WHERE d.la_code IS NOT NULL AND d.year = ? AND d.severity = 'error' AND d.submission_id IS NULL
            ORDER BY d.ingest_run DESC, d.id
            """, [year]
        ) { r in (la: r.string(0)!, id: r.int(1)!, run: r.int(2)!, notice: Self.notice(r, titles: titles, from: 3), at: r.string(9)) }
        for e in errors { errorsByLA[e.la, default: []].append((e.id, e.run, e.notice, e.at)) }
        let warnings = Dictionary(
            try db.query(
                """
                SELECT d.submission_id, count(*) FROM diagnostics d JOIN submissions s ON s.id = d.submission_id
                WHERE s.year = ? AND d.severity = 'warning' GROUP BY d.submission_id
                """, [year]
            ) { ($0.int(0)!, $0.int(1)!) }, uniquingKeysWith: { a, _ in a })
        let attempts = try rejectedAttempts(year: year)
        var boards: [String: StatusBoard] = [:]
        for region in regions {
            var rows: [StatusRow] = []
            for code in register.laCodes(in: region, year: year) {
                let name = register.row(code, in: year)?.name ?? code
                let versions = versionsByLA[code] ?? []
                let current = versions.first { $0.isCurrent }
                // Errors logged after the current version was stored (or every error when none is).
                let mark = current.map { marks[$0.id] ?? 0 } ?? 0
                let errs = (errorsByLA[code] ?? []).filter { $0.id > mark }
                let latestRun = errs.first?.run
                let latestErrors = errs.filter { $0.run == latestRun }.compactMap(\.notice)
                rows.append(
                    StatusRow(
                        laCode: code, laName: name, submitted: current != nil, submittedOn: current?.submittedOn,
                        version: current?.version, versions: versions.count, sourceFile: current?.sourceFile,
                        ingestedAt: current?.ingestedAt, cxSignoff: current?.cxSignoff,
                        errors: latestErrors.count, warnings: current.map { warnings[$0.id] ?? 0 } ?? 0, errorDetails: latestErrors,
                        rejectedAt: errs.first?.at, history: versions.map { VersionRecord($0, window: .none) },
                        attempts: attempts[code] ?? []))
            }
            boards[region] = StatusBoard(year: year, region: region, rows: rows)
        }
        return boards
    }

    /// What the status board and the feedback pages read beyond the scoring inputs: the
    /// newest diagnostic logged (a rejected attempt changes the pages, not the scores).
    public func statusFingerprint() throws -> String {
        "diagnostics \(try db.query("SELECT coalesce(max(id), 0) FROM diagnostics") { $0.int(0)! }.first ?? 0)"
    }

    /// Theme titles of the bound framework, by id (empty before `init`).
    func themeTitles() throws -> [String: String] {
        guard let fw = try currentFramework()?.framework else { return [:] }
        return Dictionary(fw.themes.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// A diagnostics row read as columns `location, code, message, hint, theme, file` from `from`.
    static func notice(_ r: Row, titles: [String: String], from i: Int) -> StoredNotice? {
        guard let code = DiagnosticCode(rawValue: r.string(i + 1) ?? "") else { return nil }
        let theme = r.string(i + 4)
        return StoredNotice(
            location: r.string(i) ?? "", code: code, message: r.string(i + 2) ?? "", hint: r.string(i + 3), theme: theme,
            themeTitle: theme.flatMap { titles[$0] }, file: r.string(i + 5))
    }
}
