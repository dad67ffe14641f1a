import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// What a run read, kept beside its outputs (`OUT/.capindex-run.json`): when the next
/// run reads the same, it has nothing to do. Input files are compared by path, size and
/// modification time (cheap enough for an hourly cron over 100 MB of evidence); the
/// database by its scoring-inputs fingerprint and the improvement files imported, so a
/// manual `ingest` or `actions import` between runs counts. The report date is a
/// parameter: W115–W117 are judged at it, so a new day is a new run.
struct RunState: Codable, Equatable {
    var version = 1
    var files: String
    var parameters: String
    var database: String
    var finishedAt: String?
    var outputs: [String] = []

    static let fileName = ".capindex-run.json"

    static func current(store: Store, request: RunRequest) throws -> RunState {
        var lines: [String] = []
        let paths =
            try Ingester.inputFiles(request.submissions)
            + (request.evidence.isEmpty ? [] : try EvidenceImporter.inputFiles(request.evidence))
            + ImprovementKind.allCases.flatMap { k in
                try ImprovementImporter.inputFiles(request.improvement[k] ?? []).map { "\(k.rawValue) \($0)" }
            }
        for line in paths {
            // An improvement file is listed with its kind: the same file read as another kind is another input.
            let p =
                ImprovementKind.allCases.contains { line.hasPrefix("\($0.rawValue) ") } ? String(line.drop { $0 != " " }.dropFirst()) : line
            let a = try FileManager.default.attributesOfItem(atPath: p)
            let size = (a[.size] as? NSNumber)?.int64Value ?? -1
            let mtime = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            lines.append("\(line)\t\(size)\t\(mtime)")
        }
        var settings = ""
        if let s = request.settingsPath, let d = FileManager.default.contents(atPath: s) { settings = SHA256.hex(d) }
        if let s = request.settingsPath, let logo = try? ReportSettings.load(path: s).logoPath,
            let d = FileManager.default.contents(atPath: logo)
        {
            settings += SHA256.hex(d)
        }
        let params =
            "year \(request.year); date \(request.reportDate); regions \(request.regions.stateKey); formats \(request.formats.map(\.rawValue).joined(separator: ",")); settings \(settings); capindex \(CapIndexVersion.current)"
        return RunState(
            files: SHA256.hex(lines.joined(separator: "\n")), parameters: params,
            database: try store.inputsFingerprint().hash + " " + store.improvementFingerprint())
    }

    func matches(_ other: RunState) -> Bool {
        version == other.version && files == other.files && parameters == other.parameters && database == other.database
    }

    func outputsExist() -> Bool {
        !outputs.isEmpty && outputs.allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    static func load(outDir: String) -> RunState? {
        guard let d = FileManager.default.contents(atPath: (outDir as NSString).appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(RunState.self, from: d)
    }

    func save(outDir: String) throws {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        try AtomicFile.write(try e.encode(self), to: (outDir as NSString).appendingPathComponent(RunState.fileName))
    }
}
