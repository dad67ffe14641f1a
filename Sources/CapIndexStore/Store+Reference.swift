import CapIndexDomain
import Foundation

extension Store {
    /// Replaces the register with `register` (one transaction).
    public func saveRegister(_ register: LARegister) throws {
        try db.transaction {
            try db.execute("DELETE FROM register_rows")
            let la = try db.statement("INSERT OR IGNORE INTO las(la_code) VALUES (?)")
            let row = try db.statement(
                """
                INSERT INTO register_rows(la_code, ons_code, la_name, region, from_year, to_year)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            for r in register.rows {
                try la.execute(r.laCode)
                try row.execute(r.laCode, r.onsCode, r.name, r.region, r.fromYear, r.toYear)
            }
        }
    }

    /// The register as stored.
    public func loadRegister() throws -> LARegister {
        let rows = try db.query(
            """
            SELECT la_code, ons_code, la_name, region, from_year, to_year FROM register_rows ORDER BY id
            """
        ) { r in
            RegisterRow(
                laCode: r.string(0)!, onsCode: r.string(1)!, name: r.string(2)!, region: r.string(3)!,
                fromYear: r.int(4), toYear: r.int(5))
        }
        return LARegister(rows: rows)
    }

    /// Binds the store to a framework, keeping earlier ones for the record.
    /// Returns the framework's row id.
    @discardableResult
    public func saveFramework(_ framework: Framework, bytes: [UInt8], hash: String, sourceFile: String, at time: String) throws -> Int {
        try db.transaction {
            try db.run("UPDATE frameworks SET is_current = 0 WHERE is_current = 1")
            if case .int(let id) = try db.scalar("SELECT id FROM frameworks WHERE content_hash = ?", hash) {
                try db.run("UPDATE frameworks SET is_current = 1 WHERE id = ?", Int(id))
                return Int(id)
            }
            try db.run(
                """
                INSERT INTO frameworks(framework_id, version, content_hash, content, source_file, loaded_at, is_current)
                VALUES (?, ?, ?, ?, ?, ?, 1)
                """, framework.id, framework.version, hash, SQLValue.blob(bytes), sourceFile, time)
            return Int(db.lastInsertRowID)
        }
    }

    /// The current framework with its row id and content hash.
    public func currentFramework() throws -> BoundFramework? {
        let rows = try db.query("SELECT id, content, content_hash, source_file FROM frameworks WHERE is_current = 1") { r in
            (r.int(0)!, r.blob(1)!, r.string(2)!, r.string(3)!)
        }
        guard let (id, content, hash, file) = rows.first else { return nil }
        return BoundFramework(rowID: id, framework: try Framework.decode(content, file: file), hash: hash)
    }
}

/// The framework a store is bound to, with its identity for the record.
public struct BoundFramework: Sendable {
    /// Row id in `frameworks`.
    public var rowID: Int
    /// The framework itself.
    public var framework: Framework
    /// SHA-256 of its file.
    public var hash: String
}
