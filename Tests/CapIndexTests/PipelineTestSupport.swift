import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Paths and one-call pipelines shared by the worked-example, demo and end-to-end tests.
enum Repo {
    /// The repository root (this file is Tests/CapIndexTests/…).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `Tests/CapIndexTests/Fixtures/…`.
    static func fixture(_ path: String) -> String {
        root.appendingPathComponent("Tests/CapIndexTests/Fixtures").appendingPathComponent(path).path
    }
    /// A path under the repository.
    static func path(_ p: String) -> String { root.appendingPathComponent(p).path }
    /// A fresh temporary folder.
    static func tempDir(_ tag: String = "capindex") -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("\(tag)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }
}

/// Runs init + ingest + score on a database file in a temp folder.
struct PipelineRun {
    let dir: String
    let store: Store
    let ingest: IngestReport

    static let now = "2026-11-23T09:00:00Z"

    /// The worked example: submissions, and (unless `evidence` is false) its indicator and Ofsted files.
    static func workedExample(evidence: Bool = true) throws -> PipelineRun {
        let r = try run(
            register: Repo.fixture("worked-example/register.csv"), framework: Repo.fixture("worked-example/framework.json"),
            submissions: [Repo.fixture("worked-example/inputs/submissions")])
        if evidence {
            _ = try EvidenceImporter(store: r.store, now: now).importIndicators(paths: [Repo.fixture("worked-example/inputs/indicators")])
            _ = try OfstedImporter(store: r.store, now: now).importFiles([Repo.fixture("worked-example/inputs/ofsted/ilacs-outcomes.csv")])
        }
        return r
    }

    /// The shipped demo data with the shipped register and framework.
    static func demo() throws -> PipelineRun {
        try run(
            register: Repo.path("Data/register.csv"), framework: Repo.path("Data/framework.json"),
            submissions: [Repo.path("Data/demo")])
    }

    static func run(register: String, framework: String, submissions: [String]) throws -> PipelineRun {
        let dir = Repo.tempDir()
        let store = try Store(path: dir + "/capindex.sqlite")
        _ = try Workspace.initialise(store, registerPath: register, frameworkPath: framework, now: now)
        let report = try Ingester(store: store, now: now).ingest(paths: submissions)
        return PipelineRun(dir: dir, store: store, ingest: report)
    }

    /// Scores (if stale) and returns the export tables by name.
    func export(years: YearScope = .all) throws -> [String: ExportTable] {
        let (run, _) = try ScoreStage.ensureFresh(store: store, now: PipelineRun.now)
        let tables = try Exporter(store: store).tables(run: run, years: years, regions: nil, reportDate: "2027-01-20")
        return Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
    }
}

/// Compares CSV text with an expected file: same header, same rows in any order,
/// numbers to 1e-9 relative, text exactly; `ignoring` columns are not compared.
enum CSVCompare {
    static func rows(_ text: String) throws -> [[String]] {
        try CSVReader.read(fileBytes: Array(text.utf8)).records.filter { !$0.isBlank }.map(\.fields)
    }

    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = Double(a), let y = Double(b) else { return false }
        return abs(x - y) <= 1e-9 * max(abs(x), abs(y))
    }

    /// Problems found; empty when the files agree.
    static func differences(actual: String, expectedFile: String, ignoring: Set<String> = []) throws -> [String] {
        let expectedText = try String(contentsOfFile: expectedFile, encoding: .utf8)
        var problems: [String] = []
        if !actual.hasPrefix("\u{FEFF}") { problems.append("no UTF-8 byte-order mark") }
        if actual.contains("\r") { problems.append("CR in line ends") }
        let exp = try rows(expectedText), act = try rows(actual)
        guard let eh = exp.first, let ah = act.first else { return ["empty file"] }
        if eh != ah { return ["header \(ah) != \(eh)"] }
        let keep = eh.indices.filter { !ignoring.contains(eh[$0]) }
        func key(_ r: [String]) -> [String] { keep.map { $0 < r.count ? r[$0] : "" } }
        var unmatched = Array(act.dropFirst())
        for e in exp.dropFirst() {
            if let i = unmatched.firstIndex(where: { a in zip(key(a), key(e)).allSatisfy { same($0, $1) } && key(a).count == key(e).count })
            {
                unmatched.remove(at: i)
            } else {
                problems.append("missing row \(e)")
            }
        }
        problems += unmatched.map { "unexpected row \($0)" }
        return problems
    }
}
