import CapIndexDomain
import Foundation

/// Changed values of one import, grouped by the file they came from before (I008).
struct ReplacementTally {
    private(set) var byFile: [Int: (count: Int, examples: [EvidenceReplacement.Example])] = [:]

    /// Counts one replaced value; the first five of each previous file are kept as examples
    /// (values are written in catalogue, period and LA order, so the examples are too).
    mutating func add(previousFile: Int, _ example: EvidenceReplacement.Example) {
        var entry = byFile[previousFile] ?? (0, [])
        entry.count += 1
        if entry.examples.count < 5 { entry.examples.append(example) }
        byFile[previousFile] = entry
    }
}

extension Store {
    /// Records what the import of `fileID` replaced of other files' values, in the
    /// transaction of the import, and returns it.
    func saveReplacements(_ tally: ReplacementTally, fileID: Int) throws -> [EvidenceReplacement] {
        guard !tally.byFile.isEmpty else { return [] }
        let files = Dictionary(uniqueKeysWithValues: try evidenceSourceFiles().map { ($0.id, $0) })
        var out: [EvidenceReplacement] = []
        for previous in tally.byFile.keys.sorted() where previous != fileID {
            let entry = tally.byFile[previous]!
            let json = String(decoding: try JSONEncoder().encode(entry.examples), as: UTF8.self)
            try db.run(
                "INSERT INTO evidence_replacements(file, previous_file, count, examples) VALUES (?, ?, ?, ?)", fileID, previous,
                entry.count,
                json)
            if let f = files[fileID], let p = files[previous] {
                out.append(EvidenceReplacement(file: f, previous: p, count: entry.count, examples: entry.examples))
            }
        }
        return out
    }

    /// Every evidence file imported (indicator files and Ofsted outcomes), in import order.
    public func evidenceSourceFiles() throws -> [EvidenceSourceFile] {
        try db.query("SELECT id, file_name, kind, sha256, imported_at FROM evidence_files ORDER BY id") { r in
            EvidenceSourceFile(
                id: r.int(0)!, fileName: r.string(1)!, layout: EvidenceLayoutKind(rawValue: r.string(2)!), sha256: r.string(3)!,
                importedAt: r.string(4)!)
        }
    }

    /// What each import replaced of other files' values (I008), in import order.
    public func evidenceReplacements() throws -> [EvidenceReplacement] {
        let files = Dictionary(uniqueKeysWithValues: try evidenceSourceFiles().map { ($0.id, $0) })
        let rows = try db.query("SELECT file, previous_file, count, examples FROM evidence_replacements ORDER BY file, previous_file") {
            ($0.int(0)!, $0.int(1)!, $0.int(2)!, $0.string(3)!)
        }
        return try rows.compactMap { file, previous, count, json in
            guard let f = files[file], let p = files[previous] else { return nil }
            let examples = try JSONDecoder().decode([EvidenceReplacement.Example].self, from: Data(json.utf8))
            return EvidenceReplacement(file: f, previous: p, count: count, examples: examples)
        }
    }
}
