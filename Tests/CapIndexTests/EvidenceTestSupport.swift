import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Shared helpers of the evidence tests: where the fixtures and the real Data files are,
/// stores bound to a register and framework, and imports.
enum EvidenceFixtures {
    /// The repository (three levels up from this file).
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file of the real `Data/` folder.
    static func data(_ relative: String) -> String { repo.appendingPathComponent("Data").appendingPathComponent(relative).path }

    /// The copied `Fixtures` folder of the test bundle.
    static var fixtures: URL { Bundle.module.url(forResource: "Fixtures", withExtension: nil)! }

    /// A file under `Fixtures/evidence/`.
    static func evidence(_ name: String) -> String { fixtures.appendingPathComponent("evidence").appendingPathComponent(name).path }

    /// A file under `Fixtures/worked-example/`.
    static func workedExample(_ relative: String) -> String {
        fixtures.appendingPathComponent("worked-example").appendingPathComponent(relative).path
    }

    static let now = "2026-12-01T09:00:00Z"

    /// An in-memory store with the real register and default framework (`Data/`).
    static func realStore() throws -> Store {
        let store = try Store.inMemory()
        _ = try Workspace.initialise(store, registerPath: data("register.csv"), frameworkPath: data("framework.json"), now: now)
        return store
    }

    /// An in-memory store with the worked example's register and framework.
    static func workedExampleStore() throws -> Store {
        let store = try Store.inMemory()
        _ = try Workspace.initialise(
            store, registerPath: workedExample("register.csv"),
            frameworkPath: workedExample("framework.json"), now: now)
        return store
    }

    /// Imports indicator files.
    @discardableResult
    static func importIndicators(_ store: Store, _ paths: [String]) throws -> EvidenceImportReport {
        try EvidenceImporter(store: store, now: now).importIndicators(paths: paths)
    }

    /// Writes `bytes` to a new file in a fresh temporary folder; returns its path.
    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("capindex-evidence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Stored LA values of one indicator and period, by LA code.
    static func values(_ store: Store, _ indicator: String, _ period: Int) throws -> [String: IndicatorValueRecord] {
        Dictionary(
            uniqueKeysWithValues: try store.indicatorValues()
                .filter { $0.indicator == indicator && $0.period == period }.map { ($0.laCode, $0) })
    }

    /// Diagnostics of one code.
    static func codes(_ report: EvidenceImportReport, _ code: String) -> [Diagnostic] {
        report.diagnostics.filter { $0.code.rawValue == code }
    }
}
