import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Shared helpers for the ingest tests (SPEC section 2): temp folders, files written
/// byte for byte, and stores initialised with the worked example's 3-theme framework
/// and 5-LA register, so every submission is three rows long.
enum IngestSupport {
    /// The fixed run time of every test ingest.
    static let now = "2026-11-23T10:00:00Z"

    /// The package root: this file is `<root>/Tests/CapIndexTests/IngestTestSupport.swift`.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/CapIndexTests/Fixtures/worked-example`.
    static let workedExample: URL = repoRoot.appendingPathComponent("Tests/CapIndexTests/Fixtures/worked-example")

    /// The worked example's framework: front-door, children-in-care, workforce.
    static var frameworkPath: String { workedExample.appendingPathComponent("framework.json").path }

    /// The worked example's register: 101–103 in Example Region, 104–105 in Other Region;
    /// 103 is E06900003 until 2024 and E06900013 from 2025.
    static var registerPath: String { workedExample.appendingPathComponent("register.csv").path }

    /// The theme ids of the worked-example framework, in framework order.
    static let themeIDs = ["front-door", "children-in-care", "workforce"]

    /// The full CSV header in SPEC order.
    static let header = "la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff"

    /// Three valid CSV rows (one per theme) of one LA-year, in the column order of ``header``.
    static func rows(
        _ la: String, year: String = "2026", ratings: [String] = ["Good", "Good", "Outstanding"],
        submittedOn: String = "2026-11-10", signoff: String = "A. Chief"
    ) -> [String] {
        [
            "\(la),\(year),front-door,\(ratings[0]),Y,N,2,0,high,Front door is steady,\(submittedOn),\(signoff)",
            "\(la),\(year),children-in-care,\(ratings[1]),N,N,1,0,medium,,\(submittedOn),\(signoff)",
            "\(la),\(year),workforce,\(ratings[2]),Y,N,3,0,high,,\(submittedOn),\(signoff)",
        ]
    }

    /// Lines joined with `newline`, with a final line break.
    static func csv(_ lines: [String], newline: String = "\n") -> String {
        lines.joined(separator: newline) + newline
    }

    /// A file of the header and `lines`.
    static func csvFile(_ lines: [String], newline: String = "\n") -> String {
        csv([header] + lines, newline: newline)
    }

    /// A theme's entries with the locations blanked, to compare values across formats.
    static func values(_ themes: [ThemeEntry]) -> [ThemeEntry] {
        themes.map { t in
            var t = t
            t.location = CapIndexDomain.SourceLocation(file: "")
            return t
        }
    }
}

/// A fresh folder under the system's temporary directory; `remove()` deletes it.
struct TempFolder {
    /// The folder.
    let url: URL

    /// Creates a new, empty folder with a unique name.
    init(_ label: String = "ingest") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("capindex-tests-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The folder's path.
    var path: String { url.path }

    /// Writes `bytes` to `name` in the folder (creating sub-folders); returns the file's path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Writes `text` as UTF-8 (no BOM) to `name`; returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Deletes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// A temp folder, an `inputs/` sub-folder for submission files, and an initialised store
/// (in memory, or a SQLite file in the temp folder) bound to the worked-example
/// framework and register (or another register).
struct IngestHarness {
    /// The temp folder (the store file and custom registers go here, not in `inputs/`).
    let root: TempFolder
    /// Where submission files are written; ingesting "the folder" means this one.
    let inputsPath: String
    /// The store.
    let store: Store

    /// A harness; `onFile` puts the store in `root/capindex.sqlite`, `register` replaces
    /// the worked-example register with a file of that CSV text.
    static func make(onFile: Bool = false, register: String? = nil) throws -> IngestHarness {
        let root = try TempFolder()
        let inputs = root.url.appendingPathComponent("inputs", isDirectory: true)
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let registerPath = try register.map { try root.write("register.csv", $0) } ?? IngestSupport.registerPath
        let store = try Store(path: onFile ? root.url.appendingPathComponent("capindex.sqlite").path : ":memory:")
        _ = try Workspace.initialise(
            store, registerPath: registerPath, frameworkPath: IngestSupport.frameworkPath,
            now: IngestSupport.now)
        return IngestHarness(root: root, inputsPath: inputs.path, store: store)
    }

    /// Writes a submission file into `inputs/`; returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try root.write("inputs/\(name)", text)
    }

    /// Writes a submission file's raw bytes into `inputs/`; returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try root.write("inputs/\(name)", bytes: bytes)
    }

    /// Runs the real ingest on `paths` (default: the `inputs/` folder).
    func ingest(_ paths: [String]? = nil, dryRun: Bool = false) throws -> IngestReport {
        try Ingester(store: store, now: IngestSupport.now, dryRun: dryRun).ingest(paths: paths ?? [inputsPath])
    }

    /// Every stored version of an LA-year.
    func versions(_ la: String, _ year: Int = 2026) throws -> [StoredSubmission] {
        try store.versions(laCode: la, year: year)
    }

    /// Every stored version of an LA in any year.
    func allVersions(of la: String) throws -> Int {
        let v = try store.db.scalar("SELECT count(*) FROM submissions WHERE la_code = ?", la)
        if case .int(let n) = v { return Int(n) }
        return -1
    }

    /// Rows in `ingested_files`.
    func ingestedFileCount() throws -> Int {
        if case .int(let n) = try store.db.scalar("SELECT count(*) FROM ingested_files") { return Int(n) }
        return -1
    }

    /// Removes the temp folder.
    func cleanup() { root.remove() }
}

extension IngestReport {
    /// The diagnostics with this code, in the order found.
    func coded(_ code: String) -> [Diagnostic] { diagnostics.filter { $0.code.rawValue == code } }

    /// Every code reported, in order.
    var codeList: [String] { diagnostics.map(\.code.rawValue) }

    /// The error codes reported, in order.
    var errorCodeList: [String] { diagnostics.filter { $0.severity == .error }.map(\.code.rawValue) }
}

extension Diagnostic {
    /// The last path component of the file the diagnostic points at.
    var locationFileName: String { URL(fileURLWithPath: location.file).lastPathComponent }
}

/// Expects exactly one version (the current one) of `la`-`year` and none of each rejected LA-year.
func expectStoredOnly(
    _ h: IngestHarness, stored: [(String, Int)], rejected: [(String, Int)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    for (la, year) in stored {
        let v = try h.versions(la, year)
        #expect(v.count == 1, "\(la) \(year) should be stored once", sourceLocation: sourceLocation)
        #expect(v.first?.isCurrent == true, "\(la) \(year) should be current", sourceLocation: sourceLocation)
        #expect(
            v.first?.themes.map(\.theme) == IngestSupport.themeIDs, "\(la) \(year) themes",
            sourceLocation: sourceLocation)
    }
    for (la, year) in rejected {
        #expect(try h.versions(la, year).isEmpty, "nothing of \(la) \(year) may be stored", sourceLocation: sourceLocation)
    }
    let counts = try h.store.submissionCounts()
    #expect(counts.versions == stored.count, "versions stored", sourceLocation: sourceLocation)
    #expect(counts.current == stored.count, "current submissions", sourceLocation: sourceLocation)
    // No orphaned theme rows: every theme row belongs to a stored submission of 3 themes.
    let themeRows = try h.store.db.scalar("SELECT count(*) FROM theme_ratings")
    #expect(themeRows == .int(Int64(3 * stored.count)), "theme rows", sourceLocation: sourceLocation)
}

/// Requires a diagnostic with `code` and checks that it points at `file` and, when given, `line` or JSON `path`.
@discardableResult
func expectDiagnostic(
    _ report: IngestReport, _ code: String, file: String, line: Int? = nil, path: String? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Diagnostic {
    let d = try #require(report.coded(code).first, "\(code) expected; got \(report.codeList)", sourceLocation: sourceLocation)
    #expect(d.locationFileName == file, "\(code) file", sourceLocation: sourceLocation)
    if let line { #expect(d.location.line == line, "\(code) line: \(d.location)", sourceLocation: sourceLocation) }
    if let path { #expect(d.location.path == path, "\(code) path: \(d.location)", sourceLocation: sourceLocation) }
    #expect(
        d.severity == (code.hasPrefix("E") ? .error : code.hasPrefix("W") ? .warning : .notice),
        sourceLocation: sourceLocation)
    return d
}
