import CapIndexDomain
import CapIndexFormats
import Foundation

/// Which years an export covers.
public enum YearScope: Sendable, Equatable {
    case year(Int)
    case all
}

/// Builds the SPEC 6 export tables from the latest scoring run.
public struct Exporter {
    public let store: Store

    /// An exporter on a store.
    public init(store: Store) { self.store = store }

    private func yearClause(_ scope: YearScope, _ col: String = "year") -> (String, [SQLBindable]) {
        if case .year(let y) = scope { return (" AND \(col) = ?", [y]) }
        return ("", [])
    }

    /// Every export table the store can give for `scope` and `regions` (nil = all).
    public func tables(run: ScoreRun, years: YearScope, regions: Set<String>?) throws -> [ExportTable] {
        let register = try store.loadRegister()
        func inRegions(_ region: String) -> Bool { regions?.contains(region) ?? true }
        func laInRegions(_ la: String, _ year: Int) -> Bool {
            regions == nil || regions!.contains(register.row(la, in: year)?.region ?? "")
        }
        let (yc, ya) = yearClause(years)
        let db = store.db
        let la = try db.query(
            """
            SELECT year, la_code, la_name, region, lci, band, lci_change FROM la_scores WHERE run = ?\(yc) ORDER BY year, la_code
            """, [run.id] + ya
        ) { r -> [ExportValue]? in
            guard inRegions(r.string(3)!) else { return nil }
            return [
                .int(r.int(0)!), .code(r.string(1)!), .text(r.string(2)!), .text(r.string(3)!), .number(r.double(4)!),
                .code(r.string(5)!), r.double(6).map { .number($0) } ?? .null,
            ]
        }.compactMap { $0 }
        let balance = try db.query(
            """
            SELECT year, region, theme, rated, supply, demand, balance, dev_share, str_share, priority_rank
            FROM theme_balance WHERE run = ?\(yc) ORDER BY year, region, position
            """, [run.id] + ya
        ) { r -> [ExportValue]? in
            guard inRegions(r.string(1)!) else { return nil }
            return [
                .int(r.int(0)!), .text(r.string(1)!), .code(r.string(2)!), .int(r.int(3)!), .number(r.double(4)!),
                .number(r.double(5)!), .number(r.double(6)!), .number(r.double(7)!), .number(r.double(8)!),
                r.int(9).map { .int($0) } ?? .null,
            ]
        }.compactMap { $0 }
        let regional = try db.query(
            """
            SELECT year, region, las_submitted, rci, rci_change FROM regional_index WHERE run = ?\(yc) ORDER BY year, region
            """, [run.id] + ya
        ) { r -> [ExportValue]? in
            guard inRegions(r.string(1)!) else { return nil }
            return [.int(r.int(0)!), .text(r.string(1)!), .int(r.int(2)!), .number(r.double(3)!), r.double(4).map { .number($0) } ?? .null]
        }.compactMap { $0 }
        let trends = try db.query(
            """
            SELECT year, la_code, theme, direction, status FROM theme_results WHERE run = ?\(yc) ORDER BY year, la_code, position
            """, [run.id] + ya
        ) { r -> [ExportValue]? in
            guard laInRegions(r.string(1)!, r.int(0)!) else { return nil }
            return [.int(r.int(0)!), .code(r.string(1)!), .code(r.string(2)!), .code(r.string(3)!), .code(r.string(4)!)]
        }.compactMap { $0 }
        let flags = try db.query(
            """
            SELECT year, la_code, theme, code, message FROM flags WHERE run = ?\(yc) ORDER BY seq
            """, [run.id] + ya
        ) { r -> [ExportValue]? in
            guard laInRegions(r.string(1)!, r.int(0)!) else { return nil }
            return [.int(r.int(0)!), .code(r.string(1)!), r.string(2).map { .code($0) } ?? .null, .code(r.string(3)!), .text(r.string(4)!)]
        }.compactMap { $0 }
        var tables = [
            ExportTable(name: "la_scores", columns: ["year", "la_code", "la_name", "region", "lci", "band", "lci_change"], rows: la),
            ExportTable(
                name: "theme_balance",
                columns: [
                    "year", "region", "theme", "rated", "supply", "demand", "balance",
                    "dev_share", "str_share", "priority_rank",
                ], rows: balance),
            ExportTable(name: "regional_index", columns: ["year", "region", "las_submitted", "rci", "rci_change"], rows: regional),
            ExportTable(name: "trends", columns: ["year", "la_code", "theme", "direction", "status"], rows: trends),
            ExportTable(name: "flags", columns: ["year", "la_code", "theme", "code", "message"], rows: flags),
        ]
        tables += try indicatorTables(run: run, regions: regions, register: register)
        tables += try matchTables(run: run, years: years, regions: regions, register: register)
        return tables
    }
}

extension Exporter {
    /// Writes tables into `dir` atomically (temporary file, then rename), with a
    /// manifest naming the scoring run. Returns the paths written.
    public static func write(_ tables: [ExportTable], run: ScoreRun, format: ExportFormat, to dir: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var written: [String] = []
        for t in tables {
            let path = (dir as NSString).appendingPathComponent("\(t.name).\(format.rawValue)")
            try AtomicFile.write(format == .csv ? t.csv() : t.json(), to: path)
            written.append(path)
        }
        let manifest = """
            {
              "score_run": \(run.id),
              "scored_at": \(ExportTable.jsonString(run.createdAt)),
              "framework_id": \(ExportTable.jsonString(run.frameworkID)),
              "framework_version": \(ExportTable.jsonString(run.frameworkVersion)),
              "framework_sha256": \(ExportTable.jsonString(run.frameworkHash)),
              "inputs_sha256": \(ExportTable.jsonString(run.inputsHash)),
              "submissions": \(run.submissions),
              "files": [\(tables.map { ExportTable.jsonString("\($0.name).\(format.rawValue)") }.joined(separator: ", "))]
            }

            """
        let mpath = (dir as NSString).appendingPathComponent("export-manifest.json")
        try AtomicFile.write(manifest, to: mpath)
        return written + [mpath]
    }
}

/// Export file format.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json
}

/// Writes files so a reader never sees half of one: temporary file, then rename.
public enum AtomicFile {
    /// Writes `text` (UTF-8) to `path` atomically; unchanged content is not rewritten.
    @discardableResult
    public static func write(_ text: String, to path: String) throws -> Bool {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically; returns false when the file already held it.
    @discardableResult
    public static func write(_ data: Data, to path: String) throws -> Bool {
        if let old = FileManager.default.contents(atPath: path), old == data { return false }
        let tmp = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: tmp, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        if rename(tmp, path) != 0 {
            unlink(tmp)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return true
    }
}
