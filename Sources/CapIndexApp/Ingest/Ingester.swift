import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// The ingest stage: reads files and folders in file-name order, validates each
/// submission, and stores each file — its valid submissions, its diagnostics and the
/// record of its bytes — in one transaction. A file that cannot be read is one located
/// error (E221, E222) and the rest still load.
public struct Ingester {
    /// The store written to.
    public let store: Store
    /// Validate only; store nothing.
    public var dryRun = false
    /// ISO 8601 time stamp used for this run (passed in: tests fix it).
    public var now: String
    /// Called before each file is read: its number (from 1), how many there are, its path.
    public var progress: FileProgress?
    /// The one region a region-scoped run reports on (`run --region R`), if any: a
    /// submission of an LA outside it is stored like any other, with notice I004, since
    /// none of that run's pages will show it (SPEC 2).
    public var region: String?

    /// An ingester on a store.
    public init(store: Store, now: String, dryRun: Bool = false) {
        self.store = store
        self.now = now
        self.dryRun = dryRun
    }

    /// The input files under `paths` in the order they are ingested, with those that cannot be read.
    public static func inputFiles(_ paths: [String]) throws -> [InputEntry] {
        try InputFiles.list(paths, extensions: extensions)
    }

    /// The file extensions a folder walk picks up.
    static let extensions: Set<String> = ["csv", "json", "xlsx", "txt"]

    /// Ingests every file under `paths`.
    public func ingest(paths: [String]) throws -> IngestReport {
        let files = try Ingester.inputFiles(paths)
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let register = try store.loadRegister()
        let validator = SubmissionValidator(framework: bound.framework, register: register)
        let runID = dryRun ? 0 : try store.beginIngestRun(at: now, dryRun: false)
        let outside = OutsideRegion(region: region, register: register)
        var report = IngestReport()
        var seen = DryRunState()
        for (i, file) in files.enumerated() {
            progress?(i + 1, files.count, file.path)
            report.files += 1
            let bytes: [UInt8]
            do {
                if let problem = file.problem { throw problem }
                bytes = try InputFile.read(file.path, limit: .submission)
            } catch {
                let d = error.diagnostic(file: file.path)
                report.rejectedFiles += 1
                report.diagnostics.append(d)
                if !dryRun { try store.logDiagnostics([d], runID: runID) }
                continue
            }
            // A stray file in an inbox (a readme, an indicator download) is skipped with a
            // notice naming the rule, so it cannot fail every cron run; one named on the
            // command line is read, and its error says what it looks like.
            let stray = SubmissionFileSniffer.check(bytes, name: file.path)
            if let stray, file.inFolder {
                report.skippedFiles += 1
                report.diagnostics.append(
                    Diagnostic(
                        .i010, "skipped: \(stray.looksLike), not a submission (rule \(stray.rule))", hint: stray.hint,
                        at: SourceLocation(file: file.path)))
                continue
            }
            try ingestFile(
                file.path, bytes, stray: stray, validator: validator, frameworkRowID: bound.rowID, runID: runID, outside: outside,
                into: &report, seen: &seen)
        }
        return report
    }

    /// What a dry run would have stored so far, so it reports I001 and I002 as a real run does.
    private struct DryRunState {
        var hashes = Set<String>()
        var versions: [String: Int] = [:]
    }

    private func unchanged(_ path: String, _ sha: String, into report: inout IngestReport) {
        report.unchangedFiles += 1
        report.diagnostics.append(
            Diagnostic(.i001, "file content already ingested (SHA-256 \(sha.prefix(12))…); nothing changed", at: SourceLocation(file: path))
        )
    }

    private func ingestFile(
        _ path: String, _ bytes: [UInt8], stray: NotASubmission?, validator: SubmissionValidator, frameworkRowID: Int,
        runID: Int, outside: OutsideRegion, into report: inout IngestReport, seen: inout DryRunState
    ) throws {
        let sha = SHA256.hex(bytes)
        defer { seen.hashes.insert(sha) }
        // A first look outside the write transaction spares reading a file seen before;
        // the store decides again inside it.
        if try seen.hashes.contains(sha) || store.fileWasIngested(sha256: sha) { return unchanged(path, sha, into: &report) }
        let raw = SubmissionFileReader.read(bytes, name: path)
        var entries: [IngestedFileEntry] = []
        var fileReport = IngestReport()
        if var e = raw.fileError {
            fileReport.rejectedFiles = 1
            if let stray { e.hint = "this looks like \(stray.looksLike), not a submission — \(stray.hint)" }
            entries.append(.log(SubmissionFileName.attribute(raw.notices + [e], file: path, register: validator.register)))
        } else {
            let (verdicts, orphans) = validator.validate(raw, sha256: sha)
            entries.append(.log(raw.notices + SubmissionFileName.attribute(orphans, file: path, register: validator.register)))
            for v in verdicts {
                fileReport.submissions += 1
                switch v {
                case .accepted(let sub, let warnings):
                    let flags = ChallengeRules.singleSubmission(
                        laCode: sub.laCode, year: sub.year, cxSignoff: sub.cxSignoff, themes: sub.themes
                    )
                    .map { f in
                        Diagnostic(
                            f.code, f.message,
                            at: f.theme.flatMap { id in sub.themes.first { $0.theme == id }?.location } ?? sub.signoffLocation
                                ?? sub.location,
                            laCode: f.laCode, year: f.year, theme: f.theme)
                    }
                    entries.append(.store(sub, warnings + flags))
                    fileReport.stored += 1
                case .rejected(_, _, let ds):
                    entries.append(.log(ds))
                    fileReport.rejected += 1
                }
            }
        }
        let outcomes: [StoreOutcome]
        if dryRun {
            outcomes = try entries.compactMap { entry -> StoreOutcome? in
                guard case .store(let sub, _) = entry else { return nil }
                let key = "\(sub.laCode)|\(sub.year)"
                let stored = try seen.versions[key] ?? store.versions(laCode: sub.laCode, year: sub.year).count
                seen.versions[key] = stored + 1
                return StoreOutcome(submissionID: 0, version: stored + 1, superseded: stored > 0 ? stored : nil)
            }
        } else {
            switch try store.saveIngestedFile(
                sha256: sha, name: path, entries: entries, stored: fileReport.stored, rejected: fileReport.rejected,
                frameworkRowID: frameworkRowID, runID: runID, at: now)
            {
            case .seenBefore: return unchanged(path, sha, into: &report)
            case .stored(let o): outcomes = o
            }
        }
        var next = outcomes.makeIterator()
        for entry in entries {
            switch entry {
            case .log(let ds): report.diagnostics += ds
            case .store(let sub, let ds):
                report.diagnostics += ds
                guard let out = next.next() else { continue }
                if let old = out.superseded {
                    report.diagnostics.append(
                        Diagnostic(
                            .i002, "\(sub.laCode) \(sub.year): version \(old) superseded by version \(out.version)",
                            at: sub.location, laCode: sub.laCode, year: sub.year))
                    report.superseded += 1
                }
                report.storedVersions.append(StoredVersion(laCode: sub.laCode, year: sub.year, version: out.version))
                if let note = outside.notice(sub) { report.diagnostics.append(note) }
            }
        }
        report.rejectedFiles += fileReport.rejectedFiles
        report.submissions += fileReport.submissions
        report.stored += fileReport.stored
        report.rejected += fileReport.rejected
    }
}

/// I004: a submission whose LA lies outside the region a region-scoped run reports on.
struct OutsideRegion {
    let region: String?
    let register: LARegister

    /// The notice for `sub`, or nil when no region is set or the LA is in it.
    func notice(_ sub: ValidSubmission) -> Diagnostic? {
        guard let region, let row = register.row(sub.laCode, in: sub.year), row.region != region else { return nil }
        return Diagnostic(
            .i004,
            "\(row.name) (\(sub.laCode)) \(sub.year) is in \(row.region), not \(region), the region this run reports on: stored, but on none of its pages",
            hint: DiagnosticCode.i004.hint, at: sub.location, laCode: sub.laCode, year: sub.year)
    }
}

extension Error {
    /// A file that could not be read, as its located diagnostic.
    func diagnostic(file: String) -> Diagnostic {
        (self as? FileProblem ?? .readFailed(errno: EIO)).diagnostic(file: file)
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
