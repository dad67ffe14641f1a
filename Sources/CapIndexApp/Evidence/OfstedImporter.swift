import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// Imports Ofsted's published ILACS outcomes files (read by ``OfstedOutcomesReader``):
/// each file is hashed, read and stored in one transaction.
public struct OfstedImporter {
    /// The store written to.
    public let store: Store
    /// ISO 8601 time stamp of this import.
    public var now: String
    /// Called before each file is read.
    public var progress: FileProgress?

    /// An importer on a store bound to a register.
    public init(store: Store, now: String) {
        self.store = store
        self.now = now
    }

    /// Imports each file in the order given.
    public func importFiles(_ paths: [String]) throws -> EvidenceImportReport {
        try importFiles(files: try EvidenceImporter.inputFiles(paths))
    }

    /// Imports files already listed (those that cannot be read are reported).
    func importFiles(files: [InputEntry]) throws -> EvidenceImportReport {
        guard try store.currentFramework() != nil else { throw IngestError.notInitialised }
        let matcher = LAMatcher(register: try store.loadRegister())
        var report = EvidenceImportReport()
        for (i, file) in files.enumerated() {
            progress?(i + 1, files.count, file.path)
            let (result, ds) =
                if let problem = file.problem {
                    EvidenceImporter.unreadable(file.path, problem)
                } else {
                    try importFile(file.path, matcher: matcher)
                }
            report.files.append(result)
            report.diagnostics += ds
        }
        return report
    }

    func importFile(_ path: String, matcher: LAMatcher) throws -> (EvidenceFileResult, [Diagnostic]) {
        let at = SourceLocation(file: path)
        var ds: [Diagnostic] = []
        func reject(_ message: String, hint: String, sha: String, line: Int? = nil) -> (EvidenceFileResult, [Diagnostic]) {
            ds.append(
                Diagnostic(.w004, message + "; nothing was imported from it", hint: hint, at: SourceLocation(file: path, line: line)))
            return (EvidenceFileResult(file: path, status: .rejected, sha256: sha), ds)
        }
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path, limit: .ofsted) } catch { return EvidenceImporter.unreadable(path, error) }
        let sha = SHA256.hex(bytes)
        if try store.evidenceFileImported(sha256: sha) {
            ds.append(Diagnostic(.i001, "file content already imported (SHA-256 \(sha.prefix(12))…); nothing changed", at: at))
            return (EvidenceFileResult(file: path, status: .unchanged, sha256: sha), ds)
        }
        let outcomes: OfstedOutcomesReader.Outcomes
        switch OfstedOutcomesReader.read(bytes, matcher: matcher) {
        case .failure(let e):
            if e.encoding == .windows1252 {
                ds.append(Diagnostic(.w001, "file read as Windows-1252: it is not valid UTF-8", hint: "save it as CSV UTF-8", at: at))
            }
            return reject(e.message, hint: e.hint, sha: sha, line: e.line)
        case .success(let o): outcomes = o
        }
        if outcomes.encoding == .windows1252 {
            ds.append(Diagnostic(.w001, "file read as Windows-1252: it is not valid UTF-8", hint: "save it as CSV UTF-8", at: at))
        }
        let inspections = outcomes.inspections.map { ($0.inspection, $0.line) }
        let ignored = outcomes.ignored
        let counts = try store.saveOfstedImport(
            inspections, file: path, sha256: sha, rows: outcomes.rows,
            ignored: ignored.total, at: now)
        var result = EvidenceFileResult(file: path, status: .imported, sha256: sha)
        result.rows = outcomes.rows
        result.valuesNew = counts.new
        result.valuesChanged = counts.changed
        result.valuesUnchanged = counts.unchanged
        result.ignored = ignored.entries
        for i in result.ignored {
            ds.append(
                Diagnostic(
                    .i005, "\(i.count) row\(i.count == 1 ? "" : "s") ignored: \(i.reason)", hint: i.hint,
                    at: SourceLocation(file: path, line: i.firstLine)))
        }
        let las = Set(inspections.map(\.0.laCode)).count
        ds.append(
            Diagnostic(
                .i007,
                "Ofsted ILACS outcomes, \(outcomes.rows) rows: \(inspections.count) inspection\(inspections.count == 1 ? "" : "s") of \(las) LA\(las == 1 ? "" : "s") "
                    + "(\(counts.new) new, \(counts.changed) changed, \(counts.unchanged) unchanged)", at: at))
        return (result, ds)
    }
}
