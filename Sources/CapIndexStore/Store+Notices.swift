import CapIndexDomain

extension Store {
    /// Warnings and notices logged with one stored submission version, in the order
    /// logged, each with its hint and the theme's title.
    public func notices(submissionID: Int) throws -> [StoredNotice] {
        try notices(submissionID: submissionID, titles: try themeTitles())
    }

    /// The notices of each of many submission versions, by id (an empty list for one with
    /// none): one pass over the log for all of them, as a report reads every current version
    /// of its year; a query per version scanned the whole log each time.
    public func notices(submissionIDs: [Int]) throws -> [Int: [StoredNotice]] {
        let titles = try themeTitles()
        var found: [Int: [StoredNotice]] = [:]
        for id in submissionIDs { found[id] = [] }
        let logged = try db.query(
            """
            SELECT submission_id, location, code, message, hint, theme, file FROM diagnostics
            WHERE submission_id IS NOT NULL AND severity != 'error' ORDER BY id
            """
        ) { ($0.int(0)!, Self.notice($0, titles: titles, from: 1)) }
        for (id, notice) in logged {
            if let notice, found[id] != nil { found[id]!.append(notice) }
        }
        return found
    }

    private func notices(submissionID: Int, titles: [String: String]) throws -> [StoredNotice] {
        try db.query(
            """
            SELECT location, code, message, hint, theme, file FROM diagnostics
            WHERE submission_id = ? AND severity != 'error' ORDER BY id
            """, [submissionID]
        ) { Self.notice($0, titles: titles, from: 0) }.compactMap { $0 }
    }
}
