import CapIndexDomain
import CapIndexFormats

/// A warning or notice stored with a submission version, as the status page lists it.
struct StoredNotice: Sendable, Equatable {
    var location: String
    var code: String
    var message: String
}

extension Store {
    /// Warnings and notices logged with one stored submission version, in the order logged.
    func notices(submissionID: Int) throws -> [StoredNotice] {
        try db.query(
            """
            SELECT location, code, message FROM diagnostics
            WHERE submission_id = ? AND severity != 'error' ORDER BY id
            """, [submissionID]
        ) { StoredNotice(location: $0.string(0) ?? "", code: $0.string(1) ?? "", message: $0.string(2) ?? "") }
    }
}
