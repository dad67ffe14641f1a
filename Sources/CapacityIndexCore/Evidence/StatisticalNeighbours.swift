import Foundation

/// DfE's statistical-neighbour model: for each LA its neighbours in rank order
/// (`old_la_code, la_name, rank, neighbour_old_la_code, neighbour_la_name, closeness`).
public struct StatisticalNeighbours: Sendable, Equatable {
    /// One neighbour of one LA.
    public struct Entry: Sendable, Equatable, Codable {
        public var laCode: String
        public var rank: Int
        public var neighbour: String
        public var closeness: String
    }

    /// Every entry, by LA then rank.
    public var entries: [Entry]

    /// The neighbours of an LA in rank order.
    public func neighbours(of laCode: String) -> [String] {
        entries.filter { $0.laCode == laCode }.sorted { $0.rank < $1.rank }.map(\.neighbour)
    }

    /// The shipped file name in `Data/`.
    public static let shippedFileName = "statistical_neighbours_2025.csv"

    /// Reads the CSV; rows whose codes are not 3-digit codes, or that repeat a rank, are an error.
    public static func load(path: String) throws -> StatisticalNeighbours {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvidenceError(at: SourceLocation(file: path), "cannot read the statistical-neighbour file")
        }
        let doc = try CSVReader.read(fileBytes: [UInt8](data))
        let records = doc.records.filter { !$0.isBlank }
        guard let header = records.first else {
            throw EvidenceError(at: SourceLocation(file: path, line: 1), "the statistical-neighbour file is empty")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ n: String) throws -> Int {
            guard let i = names.firstIndex(of: n) else {
                throw EvidenceError(
                    at: SourceLocation(file: path, line: header.line),
                    "column '\(n)' missing; the file has old_la_code, rank, neighbour_old_la_code, closeness")
            }
            return i
        }
        let cLA = try column("old_la_code"), cRank = try column("rank"), cN = try column("neighbour_old_la_code")
        let cClose = names.firstIndex(of: "closeness")
        var out: [Entry] = []
        for r in records.dropFirst() {
            func cell(_ i: Int) -> String { i < r.fields.count ? r.fields[i].trimmingCharacters(in: .whitespaces) : "" }
            guard let rank = Int(cell(cRank)), rank >= 1 else {
                throw EvidenceError(at: SourceLocation(file: path, line: r.line), "rank '\(cell(cRank))' is not a whole number")
            }
            out.append(Entry(laCode: cell(cLA), rank: rank, neighbour: cell(cN), closeness: cClose.map(cell) ?? ""))
        }
        return StatisticalNeighbours(entries: out)
    }
}

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

    /// Loads the shipped statistical neighbours when none are stored yet; returns the rows stored (nil when nothing was done).
    public func loadShippedNeighboursIfEmpty() throws -> Int? {
        guard try db.scalar("SELECT count(*) FROM statistical_neighbours") == .int(0),
            let dir = Workspace.dataDirectory()
        else { return nil }
        let path = (dir as NSString).appendingPathComponent(StatisticalNeighbours.shippedFileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try saveStatisticalNeighbours(try StatisticalNeighbours.load(path: path), sourceFile: StatisticalNeighbours.shippedFileName)
    }
}
