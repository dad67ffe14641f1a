import CapIndexDomain

extension Store {
    /// Stores one import of the action tracker in one transaction: each action whose row
    /// differs from its current state becomes current; the earlier state stays as its
    /// progress history. Actions not in the file are left as they were.
    public func saveActions(
        _ actions: [ActionItem], sha256: String, fileName: String, rejected: Int, at time: String
    ) throws -> ImprovementWriteCounts {
        try db.transaction {
            let file = try recordImprovementFile(
                kind: .actions, sha256: sha256, name: fileName, loaded: actions.count, rejected: rejected, at: time)
            var counts = ImprovementWriteCounts()
            let current = Dictionary(try currentActions().map { ($0.actionID, $0.content) }, uniquingKeysWith: { a, _ in a })
            for a in actions {
                if current[a.actionID] == a.content {
                    counts.unchanged += 1
                    continue
                }
                if current[a.actionID] == nil { counts.new += 1 } else { counts.replaced += 1 }
                try db.run("UPDATE actions SET is_current = 0 WHERE action_id = ? AND is_current = 1", a.actionID)
                try db.run(
                    """
                    INSERT INTO actions(action_id, la_code, source, theme, action, owner, due_on, status, updated_on, note, is_current,
                        source_file, source_location)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                    """, a.actionID, a.laCode, a.source.description, a.theme, a.action, a.owner, a.dueOn, a.status.rawValue, a.updatedOn,
                    a.note, file, a.location)
            }
            return counts
        }
    }

    /// The current state of every action, by action id.
    public func currentActions() throws -> [ActionItem] { try actions(where: "a.is_current = 1", order: "a.action_id") }

    /// Every state of every action, oldest first: its progress history.
    public func actionHistory() throws -> [ActionItem] { try actions(where: "1 = 1", order: "a.id") }

    private func actions(where clause: String, order: String) throws -> [ActionItem] {
        try db.query(
            """
            SELECT a.action_id, a.la_code, a.source, a.theme, a.action, a.owner, a.due_on, a.status, a.updated_on, a.note,
                   a.source_location, f.imported_at
            FROM actions a JOIN improvement_files f ON f.id = a.source_file WHERE \(clause) ORDER BY \(order)
            """
        ) { r in
            ActionItem(
                actionID: r.string(0)!, laCode: r.string(1)!, source: ActionSource(parsing: r.string(2)!) ?? .challenge(r.string(2)!),
                theme: r.string(3), action: r.string(4)!, owner: r.string(5)!, dueOn: r.string(6),
                status: ActionStatus(rawValue: r.string(7)!) ?? .notStarted, updatedOn: r.string(8), note: r.string(9)!,
                location: r.string(10)!, importedAt: r.string(11)!)
        }
    }
}
