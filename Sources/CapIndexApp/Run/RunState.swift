import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// What a run consumed, kept beside its outputs (`OUT/.capindex-run.json`): when the next
/// run would read the same, it has nothing to do. Input files are compared by path, size
/// and modification time as they were before the run read them (cheap enough for an
/// hourly cron over 100 MB of evidence); the database by the fingerprint of the inputs the
/// run's scores were computed from (every current version's content hash, the evidence,
/// the framework) and the improvement files imported, so an `ingest` or `actions import`
/// stored between runs, or during one, counts. The report date itself is not compared:
/// what it decides is (``DateResults``: W115–W117 by id, I009's Ofsted age, the deadline
/// passed), so the first run of a new day writes again only when one of those changed.
struct RunState: Codable, Equatable {
    var version = 2
    var files: String
    var parameters: String
    var database: String
    /// The fingerprint of what the report date decided (``DateResults``).
    var dateResults: String = ""
    var finishedAt: String?
    var outputs: [String] = []

    static let fileName = ".capindex-run.json"

    /// snake_case, as every JSON capindex writes.
    enum CodingKeys: String, CodingKey {
        case version, files, parameters, database, outputs
        case dateResults = "date_results"
        case finishedAt = "finished_at"
    }

    static func current(store: Store, request: RunRequest) throws -> RunState {
        var lines: [String] = []
        // An improvement file is listed with its kind: the same file read as another kind is another input.
        let paths: [(label: String, entry: InputEntry)] =
            try Ingester.inputFiles(request.submissions).map { ("", $0) }
            + (request.evidence.isEmpty ? [] : try EvidenceImporter.inputFiles(request.evidence)).map { ("", $0) }
            + ImprovementKind.allCases.flatMap { k in
                try ImprovementImporter.inputFiles(request.improvement[k] ?? []).map { ("\(k.rawValue) ", $0) }
            }
        for (label, entry) in paths {
            // A file that cannot be read is listed by its problem, and never opened here.
            var st = stat()
            if entry.problem == nil, stat(entry.path, &st) == 0 {
                let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
                lines.append("\(label)\(entry.path)\t\(st.st_size)\t\(mtime)")
            } else {
                lines.append("\(label)\(entry.path)\tunreadable \(entry.problem.map { "\($0)" } ?? "")")
            }
        }
        var settings = ""
        if let s = request.settingsPath, let d = try? InputFile.read(s, limit: .logo) { settings = SHA256.hex(d) }
        if let s = request.settingsPath, let logo = try? ReportSettings.load(path: s).logoPath,
            let d = try? InputFile.read(logo, limit: .logo)
        {
            settings += SHA256.hex(d)
        }
        let params =
            "year \(request.year); regions \(request.regions.stateKey); formats \(request.formats.map(\.rawValue).joined(separator: ",")); settings \(settings); capindex \(CapIndexVersion.current)"
        return RunState(
            files: SHA256.hex(lines.joined(separator: "\n")), parameters: params,
            database: try databaseKey(store: store, scoringInputs: try store.inputsFingerprint().hash),
            dateResults: SHA256.hex(try DateResults.key(store: store, request: request)))
    }

    /// The database as a run reads it: the scoring inputs (those the scores were computed
    /// from, for what a run consumed), the improvement imports, and what only the status
    /// board and feedback pages read (a rejected attempt ingested by hand between two runs).
    static func databaseKey(store: Store, scoringInputs: String) throws -> String {
        scoringInputs + " " + (try store.improvementFingerprint()) + "; " + (try store.statusFingerprint())
    }

    func matches(_ other: RunState) -> Bool {
        version == other.version && files == other.files && parameters == other.parameters && database == other.database
            && dateResults == other.dateResults
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
        try AtomicFile.prepareFolder(outDir)
        // The pages and exports reach the disk before the record that says they are done.
        try AtomicFile.flushToDisk(outDir)
        try AtomicFile.write(try e.encode(self), to: (outDir as NSString).appendingPathComponent(RunState.fileName), durable: true)
    }
}
