import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// The ingest stage: reads files and folders in file-name order, validates each
/// submission, stores the valid ones one transaction each, logs the rest.
public struct Ingester {
    /// The store written to.
    public let store: Store
    /// Validate only; store nothing.
    public var dryRun = false
    /// ISO 8601 time stamp used for this run (passed in: tests fix it).
    public var now: String
    /// Called before each file is read: its number (from 1), how many there are, its path.
    public var progress: FileProgress?

    /// An ingester on a store.
    public init(store: Store, now: String, dryRun: Bool = false) {
        self.store = store
        self.now = now
        self.dryRun = dryRun
    }

    /// The input files under `paths` in the order they are ingested.
    public static func inputFiles(_ paths: [String]) throws -> [String] {
        try InputFiles.list(paths, extensions: extensions)
    }

    /// Ingests every file under `paths`.
    public func ingest(paths: [String]) throws -> IngestReport {
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let register = try store.loadRegister()
        let validator = SubmissionValidator(framework: bound.framework, register: register)
        let runID = dryRun ? 0 : try store.beginIngestRun(at: now, dryRun: false)
        var report = IngestReport()
        var seen = DryRunState()
        let files = try InputFiles.found(paths, extensions: Self.extensions)
        for (i, file) in files.enumerated() {
            progress?(i + 1, files.count, file.path)
            try ingestFile(file, validator: validator, frameworkRowID: bound.rowID, runID: runID, into: &report, seen: &seen)
        }
        return report
    }

    /// The file extensions a folder walk picks up.
    static let extensions: Set<String> = ["csv", "json", "xlsx", "txt"]

    /// What a dry run would have stored so far, so it reports I001 and I002 as a real run does.
    private struct DryRunState {
        var hashes = Set<String>()
        var versions: [String: Int] = [:]
    }

    private func ingestFile(
        _ file: InputFile, validator: SubmissionValidator, frameworkRowID: Int, runID: Int,
        into report: inout IngestReport, seen: inout DryRunState
    ) throws {
        let path = file.path
        report.files += 1
        guard let data = FileManager.default.contents(atPath: path) else { throw IngestError.unreadable(path) }
        let bytes = [UInt8](data)
        // A stray file in an inbox (a readme, an indicator download) is skipped with a
        // notice naming the rule, so it cannot fail every cron run; one named on the
        // command line is read, and its error says what it looks like.
        let stray = SubmissionFileSniffer.check(bytes, name: path)
        if let stray, file.inFolder {
            report.skippedFiles += 1
            report.diagnostics.append(
                Diagnostic(
                    .i010, "skipped: \(stray.looksLike), not a submission (rule \(stray.rule))", hint: stray.hint,
                    at: SourceLocation(file: path)))
            return
        }
        let sha = SHA256.hex(bytes)
        defer { seen.hashes.insert(sha) }
        if try seen.hashes.contains(sha) || store.fileWasIngested(sha256: sha) {
            report.unchangedFiles += 1
            report.diagnostics.append(
                Diagnostic(
                    .i001, "file content already ingested (SHA-256 \(sha.prefix(12))…); nothing changed",
                    at: SourceLocation(file: path)))
            return
        }
        let raw = SubmissionFileReader.read(bytes, name: path)
        var fileDiagnostics = raw.notices
        if var e = raw.fileError {
            report.rejectedFiles += 1
            if let stray { e.hint = "this looks like \(stray.looksLike), not a submission — \(stray.hint)" }
            fileDiagnostics.append(e)
            fileDiagnostics = SubmissionFileName.attribute(fileDiagnostics, file: path, register: validator.register)
            report.diagnostics += fileDiagnostics
            if !dryRun {
                try store.logDiagnostics(fileDiagnostics, runID: runID)
                try store.recordIngestedFile(sha256: sha, name: path, stored: 0, rejected: 0, at: now)
            }
            return
        }
        let (verdicts, orphans) = validator.validate(raw, sha256: sha)
        fileDiagnostics += SubmissionFileName.attribute(orphans, file: path, register: validator.register)
        report.diagnostics += fileDiagnostics
        if !dryRun { try store.logDiagnostics(fileDiagnostics, runID: runID) }
        var stored = 0, rejected = 0
        for v in verdicts {
            report.submissions += 1
            switch v {
            case .accepted(let sub, let warnings):
                let flags = ChallengeRules.singleSubmission(
                    laCode: sub.laCode, year: sub.year, cxSignoff: sub.cxSignoff,
                    themes: sub.themes
                ).map { f in
                    Diagnostic(
                        f.code, f.message, at: f.theme.flatMap { id in sub.themes.first { $0.theme == id }?.location } ?? sub.location,
                        laCode: f.laCode, year: f.year, theme: f.theme)
                }
                var ds = warnings + flags
                let out: StoreOutcome
                if dryRun {
                    let key = "\(sub.laCode)|\(sub.year)"
                    let stored = try seen.versions[key] ?? store.versions(laCode: sub.laCode, year: sub.year).count
                    seen.versions[key] = stored + 1
                    out = StoreOutcome(submissionID: 0, version: stored + 1, superseded: stored > 0 ? stored : nil)
                } else {
                    out = try store.saveSubmission(sub, frameworkRowID: frameworkRowID, diagnostics: ds, runID: runID, at: now)
                }
                if let old = out.superseded {
                    ds.append(
                        Diagnostic(
                            .i002, "\(sub.laCode) \(sub.year): version \(old) superseded by version \(out.version)",
                            at: sub.location, laCode: sub.laCode, year: sub.year))
                    report.superseded += 1
                }
                report.storedVersions.append(StoredVersion(laCode: sub.laCode, year: sub.year, version: out.version))
                report.diagnostics += ds
                report.stored += 1
                stored += 1
            case .rejected(_, _, let ds):
                report.diagnostics += ds
                report.rejected += 1
                rejected += 1
                if !dryRun { try store.logDiagnostics(ds, runID: runID) }
            }
        }
        if !dryRun { try store.recordIngestedFile(sha256: sha, name: path, stored: stored, rejected: rejected, at: now) }
    }
}

/// Told before each file of a long import is read: its number (from 1), how many files
/// there are, and its path. The command line turns it into a progress line on a terminal.
public typealias FileProgress = @Sendable (_ number: Int, _ total: Int, _ path: String) -> Void

/// Why an ingest could not run at all (not a problem with one submission).
public enum IngestError: Error, Equatable, CustomStringConvertible {
    case noSuchPath(String)
    case unreadable(String)
    case notInitialised

    public var description: String {
        switch self {
        case .noSuchPath(let p): "\(p): no such file or folder"
        case .unreadable(let p): "\(p): cannot read the file"
        case .notInitialised: "the database has no framework: run `capindex init` first"
        }
    }
}
