import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The November window on the worked example (Example Region: 101 Ashdown, 102
/// Brackwater, 103 Coldharbour; three themes): a store on a file, submission files
/// written into a temp folder, and ingests at given times, since the ingest time decides
/// what is late.
struct NovemberDesk {
    let dir: String
    let store: Store

    /// The deadline most tests use: the end of Saturday 28 November 2026.
    static let window = SubmissionWindow(deadlines: [2026: "2026-11-28"])
    /// The report settings with that deadline.
    static var settings: ReportSettings {
        var s = ReportSettings.default
        s.deadlines = ["2026": "2026-11-28"]
        return s
    }

    /// A new desk: the worked example's register and framework, nothing ingested.
    static func make() throws -> NovemberDesk {
        let dir = Repo.tempDir("november")
        let store = try Store(path: dir + "/capindex.sqlite")
        _ = try Workspace.initialise(
            store, registerPath: Repo.fixture("worked-example/register.csv"),
            frameworkPath: Repo.fixture("worked-example/framework.json"), now: PipelineRun.now)
        return NovemberDesk(dir: dir, store: store)
    }

    /// Writes a submission file into `files/`; returns its path.
    @discardableResult
    func file(_ name: String, _ text: String) throws -> String { try file(name, bytes: Array(text.utf8)) }

    /// Writes a file of bytes into `files/`; returns its path.
    @discardableResult
    func file(_ name: String, bytes: [UInt8]) throws -> String {
        let path = dir + "/files/" + name
        try FileManager.default.createDirectory(atPath: dir + "/files", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Ingests the files named, at `now`.
    @discardableResult
    func ingest(_ paths: [String], at now: String) throws -> IngestReport {
        try Ingester(store: store, now: now).ingest(paths: paths)
    }

    /// The Example Region board for 2026, judged against `window`.
    func board(_ window: SubmissionWindow = NovemberDesk.window) throws -> StatusBoard {
        try store.statusBoard(year: 2026, region: "Example Region").applying(window)
    }

    /// Writes the reports of `kinds` for Example Region 2026; returns the page folder.
    func reports(_ kinds: [ReportKind], settings: ReportSettings = NovemberDesk.settings, date: String = "2026-11-30") throws -> String {
        let out = dir + "/out"
        _ = try ReportWriter.write(
            store: store,
            request: ReportRequest(
                year: 2026, regions: ["Example Region"], kinds: kinds, settings: settings, reportDate: date, scoredAt: PipelineRun.now),
            to: out)
        return out + "/example-region/2026"
    }

    /// A page written by ``reports(_:settings:date:)``.
    static func page(_ folder: String, _ name: String) throws -> String {
        try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    /// Three valid CSV rows of one LA (worked-example themes) with a header.
    static func csv(_ la: String, ratings: [String] = ["Good", "Good", "Outstanding"], signoff: String = "A. Chief") -> String {
        IngestSupport.csvFile(IngestSupport.rows(la, ratings: ratings, signoff: signoff))
    }

    /// The blank capindex workbook of an LA for 2026, as `capindex template` writes it.
    func blankWorkbook(_ la: String) throws -> [UInt8] {
        let register = try store.loadRegister()
        let framework = try #require(try store.currentFramework()).framework
        return SubmissionTemplate(la: try #require(register.row(la, in: 2026)), year: 2026, framework: framework, lastYear: nil).workbook()
    }
}
