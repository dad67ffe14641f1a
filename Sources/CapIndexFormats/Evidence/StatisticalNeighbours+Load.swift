import CapIndexDomain
import Foundation

extension StatisticalNeighbours {
    /// Reads the CSV; rows whose codes are not 3-digit codes, or that repeat a rank, are an error.
    public static func load(path: String) throws -> StatisticalNeighbours {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvidenceError(at: SourceLocation(file: path), "cannot read the statistical-neighbour file")
        }
        return try parse([UInt8](data), file: path)
    }

    /// Reads the bytes of a statistical-neighbour CSV; `file` names it in errors.
    public static func parse(_ bytes: [UInt8], file path: String) throws -> StatisticalNeighbours {
        let doc = try CSVReader.read(fileBytes: bytes)
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
