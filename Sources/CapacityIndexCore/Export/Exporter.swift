import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// Builds the SPEC 6 export tables from the latest scoring run.
public struct Exporter {
    public let store: Store

    /// An exporter on a store.
    public init(store: Store) { self.store = store }

    /// Every export table the store can give for `scope` and `regions` (nil = all), from
    /// the recorded results of `run`.
    public func tables(run: ScoreRun, years: YearScope, regions: Set<String>?) throws -> [ExportTable] {
        let register = try store.loadRegister()
        func inRegions(_ region: String) -> Bool { regions?.contains(region) ?? true }
        func laInRegions(_ la: String, _ year: Int) -> Bool {
            regions == nil || regions!.contains(register.row(la, in: year)?.region ?? "")
        }
        let results = try store.scoreResults(run: run, years: years)
        func number(_ e: Exact?) -> ExportValue { e.map { .number($0.double) } ?? .null }
        let la: [[ExportValue]] = results.laScores.filter { inRegions($0.region) }.map { s in
            [.int(s.year), .code(s.laCode), .text(s.laName), .text(s.region), number(s.lci), .code(s.band), number(s.lciChange)]
        }
        let balance: [[ExportValue]] = results.balances.filter { inRegions($0.region) }.map { b in
            [
                .int(b.year), .text(b.region), .code(b.theme), .int(b.rated), number(b.supply), number(b.demand), number(b.balance),
                number(b.devShare), number(b.strShare), b.priorityRank.map { .int($0) } ?? .null,
            ]
        }
        let regional: [[ExportValue]] = results.regional.filter { inRegions($0.region) }.map { r in
            [.int(r.year), .text(r.region), .int(r.lasSubmitted), number(r.rci), number(r.rciChange)]
        }
        let trends: [[ExportValue]] = results.trends.filter { laInRegions($0.laCode, $0.year) }.map { t in
            [.int(t.year), .code(t.laCode), .code(t.theme), .code(t.direction.rawValue), .code(t.status.rawValue)]
        }
        let flags: [[ExportValue]] = results.flags.filter { laInRegions($0.laCode, $0.year) }.map { f in
            [.int(f.year), .code(f.laCode), f.theme.map { .code($0) } ?? .null, .code(f.code.rawValue), .text(f.message)]
        }
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
