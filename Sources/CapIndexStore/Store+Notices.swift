import CapIndexDomain

extension Store {
    /// Warnings and notices logged with one stored submission version, in the order
    /// logged, each with its hint and the theme's title.
    public func notices(submissionID: Int) throws -> [StoredNotice] {
        let titles = try themeTitles()
        return try db.query(
            """
            SELECT location, code, message, hint, theme, file FROM diagnostics
            WHERE submission_id = ? AND severity != 'error' ORDER BY id
            """, [submissionID]
        ) { Self.notice($0, titles: titles, from: 0) }.compactMap { $0 }
    }
}
