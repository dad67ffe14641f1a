import CapIndexDomain
import Foundation

extension Store {
    /// Replaces the stored statistical neighbours; entries whose LA or neighbour is not in
    /// the register are left out. Returns the number stored.
    @discardableResult
    public func saveStatisticalNeighbours(_ n: StatisticalNeighbours, sourceFile: String) throws -> Int {
        let known = Set(try loadRegister().allCodes)
        return try db.transaction {
            try db.execute("DELETE FROM statistical_neighbours")
            let insert = try db.statement(
                """
                INSERT OR IGNORE INTO statistical_neighbours(la_code, rank, neighbour, closeness, source_file) VALUES (?, ?, ?, ?, ?)
                """)
            var stored = 0
            for e in n.entries where known.contains(e.laCode) && known.contains(e.neighbour) && e.laCode != e.neighbour {
                try insert.execute(e.laCode, e.rank, e.neighbour, e.closeness, sourceFile)
                stored += db.changes
            }
            return stored
        }
    }

    /// The stored statistical neighbours.
    public func statisticalNeighbours() throws -> StatisticalNeighbours {
        StatisticalNeighbours(
            entries: try db.query(
                "SELECT la_code, rank, neighbour, closeness FROM statistical_neighbours ORDER BY la_code, rank"
            ) { r in
                StatisticalNeighbours.Entry(laCode: r.string(0)!, rank: r.int(1)!, neighbour: r.string(2)!, closeness: r.string(3)!)
            })
    }

    /// True when any statistical neighbour is stored.
    public func hasStatisticalNeighbours() throws -> Bool {
        try db.scalar("SELECT count(*) FROM statistical_neighbours") != .int(0)
    }
}
