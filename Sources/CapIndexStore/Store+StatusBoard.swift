import CapIndexDomain

extension Store {
    /// The regions with at least one current submission in `year`, sorted (none when nobody submitted).
    public func regionsWithCurrentSubmissions(year: Int) throws -> [String] {
        let register = try loadRegister()
        let codes = Set(try currentSubmissions(year: year).map(\.laCode))
        return register.regions.filter { r in register.laCodes(in: r, year: year).contains(where: codes.contains) }
    }

    /// Builds the status board for one region and year.
    public func statusBoard(year: Int, region: String) throws -> StatusBoard {
        let register = try loadRegister()
        var rows: [StatusRow] = []
        for code in register.laCodes(in: region, year: year) {
            let name = register.row(code, in: year)?.name ?? code
            let versions = try self.versions(laCode: code, year: year)
            let current = versions.first { $0.isCurrent }
            // Errors logged after the current version was stored (or every error when none is).
            let mark =
                try current.map { c in
                    try db.query("SELECT diagnostics_mark FROM submissions WHERE id = ?", [c.id]) { $0.int(0)! }.first ?? 0
                } ?? 0
            let errs = try db.query(
                """
                SELECT ingest_run, location, code, message FROM diagnostics
                WHERE la_code = ? AND year = ? AND severity = 'error' AND id > ? AND submission_id IS NULL
                ORDER BY ingest_run DESC, id
                """, [code, year, mark]
            ) { (run: $0.int(0)!, text: "\($0.string(1)!): \($0.string(2)!) \($0.string(3)!)") }
            let latestRun = errs.first?.run
            let latestErrors = errs.filter { $0.run == latestRun }.map(\.text)
            let warnings =
                try current.map { c in
                    try db.query("SELECT count(*) FROM diagnostics WHERE submission_id = ? AND severity = 'warning'", [c.id]) {
                        $0.int(0)!
                    }[0]
                } ?? 0
            rows.append(
                StatusRow(
                    laCode: code, laName: name, submitted: current != nil, submittedOn: current?.submittedOn,
                    version: current?.version, versions: versions.count, sourceFile: current?.sourceFile,
                    ingestedAt: current?.ingestedAt, cxSignoff: current?.cxSignoff,
                    errors: latestErrors.count, warnings: warnings, errorMessages: latestErrors))
        }
        return StatusBoard(year: year, region: region, rows: rows)
    }
}
