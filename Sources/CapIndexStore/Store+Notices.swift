import CapIndexDomain

extension Store {
    /// Warnings and notices logged with one stored submission version, in the order
    /// logged, each with its hint and the theme's title.
    public func notices(submissionID: Int) throws -> [StoredNotice] {
        try notices(submissionID: submissionID, titles: try themeTitles())
    }

    /// The notices of each of many submission versions, by id: the theme titles are read
    /// once for all of them (a report reads every current version of its year).
    public func notices(submissionIDs: [Int]) throws -> [Int: [StoredNotice]] {
        let titles = try themeTitles()
        var found: [Int: [StoredNotice]] = [:]
        for id in submissionIDs { found[id] = try notices(submissionID: id, titles: titles) }
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
