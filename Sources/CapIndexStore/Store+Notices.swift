import CapIndexDomain

extension Store {
    /// Warnings and notices logged with one stored submission version, in the order logged.
    public func notices(submissionID: Int) throws -> [StoredNotice] {
        try db.query(
            """
            SELECT location, code, message FROM diagnostics
            WHERE submission_id = ? AND severity != 'error' ORDER BY id
            """, [submissionID]
        ) { r -> StoredNotice? in
            guard let code = DiagnosticCode(rawValue: r.string(1) ?? "") else { return nil }
            return StoredNotice(location: r.string(0) ?? "", code: code, message: r.string(2) ?? "")
        }.compactMap { $0 }
    }
}
