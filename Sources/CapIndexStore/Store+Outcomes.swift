import CapIndexDomain
import CapIndexFormats

/// What one improvement import did to the store.
public struct ImprovementWriteCounts: Sendable, Codable, Equatable {
    /// Rows not on record before (a new LA/year/theme, challenge or action).
    public var new = 0
    /// Rows that replaced a different current one (kept as history).
    public var replaced = 0
    /// Rows equal to the current one: nothing changed.
    public var unchanged = 0

    /// No counts yet.
    public init() {}
}

extension Store {
    /// True when a file with these bytes was imported before as `kind` with every row
    /// standing: reading it again would change nothing. A file that had rows rejected is
    /// read again, so an outcome that waited for its submission (E220) loads once it is in.
    public func improvementFileImported(kind: ImprovementKind, sha256: String) throws -> Bool {
        try db.scalar(
            "SELECT 1 FROM improvement_files WHERE kind = ? AND sha256 = ? AND rows_rejected = 0", kind.rawValue, sha256) != .null
    }

    /// Records an imported file; returns its row id.
    func recordImprovementFile(kind: ImprovementKind, sha256: String, name: String, loaded: Int, rejected: Int, at time: String) throws
        -> Int
    {
        try db.run(
            """
            INSERT INTO improvement_files(kind, sha256, file_name, imported_at, rows_loaded, rows_rejected) VALUES (?, ?, ?, ?, ?, ?)
            """, kind.rawValue, sha256, name, time, loaded, rejected)
        return Int(db.lastInsertRowID)
    }

    /// Stores the outcomes of one file in one transaction: each that differs from the
    /// current outcome of its LA, year and theme becomes current; the earlier stays as history.
    public func saveOutcomes(
        _ outcomes: [AgreedOutcome], sha256: String, fileName: String, rejected: Int, at time: String
    ) throws -> ImprovementWriteCounts {
        try db.transaction {
            let file = try recordImprovementFile(
                kind: .outcomes, sha256: sha256, name: fileName, loaded: outcomes.count, rejected: rejected, at: time)
            var counts = ImprovementWriteCounts()
            let current = Dictionary(
                try currentOutcomes().map { ("\($0.laCode)|\($0.year)|\($0.theme)", $0.content) }, uniquingKeysWith: { a, _ in a })
            for o in outcomes {
                let key = "\(o.laCode)|\(o.year)|\(o.theme)"
                if current[key] == o.content {
                    counts.unchanged += 1
                    continue
                }
                if current[key] == nil { counts.new += 1 } else { counts.replaced += 1 }
                try db.run(
                    "UPDATE outcomes SET is_current = 0 WHERE la_code = ? AND year = ? AND theme = ? AND is_current = 1", o.laCode, o.year,
                    o.theme)
                try db.run(
                    """
                    INSERT INTO outcomes(la_code, year, theme, agreed_rating, note, agreed_on, is_current, source_file, source_location)
                    VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
                    """, o.laCode, o.year, o.theme, o.agreedRating?.rawValue, o.note, o.agreedOn, file, o.location)
            }
            return counts
        }
    }

    /// The current outcome of every LA, year and theme, by year, LA and row order.
    public func currentOutcomes() throws -> [AgreedOutcome] { try outcomes(where: "o.is_current = 1") }

    /// Every outcome ever imported, current or replaced, oldest first.
    public func outcomeHistory() throws -> [AgreedOutcome] { try outcomes(where: "1 = 1") }

    private func outcomes(where clause: String) throws -> [AgreedOutcome] {
        try db.query(
            """
            SELECT o.la_code, o.year, o.theme, o.agreed_rating, o.note, o.agreed_on, o.source_location, f.imported_at
            FROM outcomes o JOIN improvement_files f ON f.id = o.source_file WHERE \(clause) ORDER BY o.id
            """
        ) { r in
            AgreedOutcome(
                laCode: r.string(0)!, year: r.int(1)!, theme: r.string(2)!, agreedRating: r.int(3).flatMap(Rating.init(rawValue:)),
                note: r.string(4)!, agreedOn: r.string(5), location: r.string(6)!, importedAt: r.string(7)!)
        }
    }

    /// A line for the scoring-inputs fingerprint: the current agreed ratings change every
    /// score they overlay. Nil when there are none (the fingerprint of a database without
    /// outcomes is what it was before outcomes existed).
    func outcomesFingerprint() throws -> String? {
        let rows = try db.query(
            "SELECT la_code, year, theme, coalesce(agreed_rating, 0) FROM outcomes WHERE is_current = 1 ORDER BY year, la_code, theme"
        ) { "\($0.string(0)!):\($0.int(1)!):\($0.string(2)!):\($0.int(3)!)" }
        return rows.isEmpty ? nil : "outcomes " + SHA256.hex(rows.joined(separator: "\n"))
    }

    /// The fingerprint of what the improvement pages read beyond the scores: every
    /// improvement file imported (a run compares it to know whether to write again).
    public func improvementFingerprint() throws -> String {
        let rows = try db.query("SELECT id, kind, sha256 FROM improvement_files ORDER BY id") {
            "\($0.int(0)!):\($0.string(1)!):\($0.string(2)!)"
        }
        return rows.isEmpty ? "none" : SHA256.hex(rows.joined(separator: "\n"))
    }
}
