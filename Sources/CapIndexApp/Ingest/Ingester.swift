import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// The ingest stage: reads files and folders in file-name order, validates each
/// submission, and stores every file — its valid submissions, its diagnostics and the
/// record of its bytes — in one transaction for the run. A file that cannot be read is
/// one located error (E221, E222) and the rest still load.
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

    /// Ingests every file under `paths`, in one write transaction that commits once: all
    /// of the run is stored or none of it (a kill or a database error mid-run leaves the
    /// database as it was, and the next run stores every file).
    public func ingest(paths: [String]) throws -> IngestReport {
        try ingest(Ingester.startReading(paths))
    }

    /// Lists the files under `paths` and starts reading them on a second thread, before
    /// the store is open: ``ingest(_:)`` then validates and stores them. Call it where
    /// the folders are to be walked (under the write lock, so a file that lands meanwhile
    /// is read).
    public static func startReading(_ paths: [String]) throws -> IngestInput {
        IngestInput(try inputFiles(paths))
    }

    /// Ingests the files of `input` (``startReading(_:)``), as ``ingest(paths:)`` does.
    public func ingest(_ input: IngestInput) throws -> IngestReport {
        defer { input.preparer.stop() }
        return dryRun ? try ingest(input.files, input.preparer) : try store.batch { try ingest(input.files, input.preparer) }
    }

    private func ingest(_ files: [InputEntry], _ preparer: FilePreparer) throws -> IngestReport {
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let register = try store.loadRegister()
        let validator = SubmissionValidator(framework: bound.framework, register: register)
        let runID = dryRun ? 0 : try store.beginIngestRun(at: now, dryRun: false)
        let outside = OutsideRegion(region: region, register: register)
        // Reading and validating happen on a second thread, a few files ahead; this one stores.
        preparer.begin(validator: validator, seen: try store.ingestedFileHashes())
        var report = IngestReport()
        var versions: [String: Int] = [:]
        for (i, file) in files.enumerated() {
            progress?(i + 1, files.count, file.path)
            report.files += 1
            let prepared = preparer.take(i)
            defer { preparer.retire(prepared) }
            switch prepared {
            case .unreadable(let d):
                report.rejectedFiles += 1
                report.diagnostics.append(d)
                if !dryRun { try store.logDiagnostics([d], runID: runID) }
            case .skipped(let d):
                report.skippedFiles += 1
                report.diagnostics.append(d)
            case .seen(let sha):
                unchanged(file.path, sha, into: &report)
            case .validated(let v):
                try store(
                    v, path: file.path, frameworkRowID: bound.rowID, runID: runID, outside: outside, into: &report, versions: &versions)
            }
        }
        return report
    }

    private func unchanged(_ path: String, _ sha: String, into report: inout IngestReport) {
        report.unchangedFiles += 1
        report.diagnostics.append(
            Diagnostic(.i001, "file content already ingested (SHA-256 \(sha.prefix(12))…); nothing changed", at: SourceLocation(file: path))
        )
    }

    /// Stores one validated file (a dry run works out what it would store: the versions
    /// `versions` counts so far in this run), then reports its diagnostics in file order.
    private func store(
        _ file: ValidatedFile, path: String, frameworkRowID: Int, runID: Int, outside: OutsideRegion,
        into report: inout IngestReport, versions: inout [String: Int]
    ) throws {
        let outcomes: [StoreOutcome]
        if dryRun {
            outcomes = try file.entries.compactMap { entry -> StoreOutcome? in
                guard case .store(let p, _) = entry else { return nil }
                let sub = p.submission
                let key = "\(sub.laCode)|\(sub.year)"
                let stored = try versions[key] ?? store.versions(laCode: sub.laCode, year: sub.year).count
                versions[key] = stored + 1
                return StoreOutcome(submissionID: 0, version: stored + 1, superseded: stored > 0 ? stored : nil)
            }
        } else {
            switch try store.saveIngestedFile(
                sha256: file.sha256, name: path, entries: file.entries, stored: file.counts.stored, rejected: file.counts.rejected,
                frameworkRowID: frameworkRowID, runID: runID, at: now)
            {
            case .seenBefore: return unchanged(path, file.sha256, into: &report)
            case .stored(let o): outcomes = o
            }
        }
        var next = outcomes.makeIterator()
        for entry in file.entries {
            switch entry {
            case .log(let ds): report.diagnostics += ds
            case .store(let p, let ds):
                report.diagnostics += ds
                guard let out = next.next() else { continue }
                let sub = p.submission
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
        report.rejectedFiles += file.counts.rejectedFiles
        report.submissions += file.counts.submissions
        report.stored += file.counts.stored
        report.rejected += file.counts.rejected
    }
}

/// The files of an ingest, listed, and being read on a second thread (``Ingester/startReading(_:)``).
public final class IngestInput: Sendable {
    let files: [InputEntry]
    let preparer: FilePreparer

    init(_ files: [InputEntry]) {
        self.files = files
        preparer = FilePreparer(files: files)
    }

    /// An ingest that never ran (the store could not be opened) leaves no thread behind.
    deinit { preparer.stop() }
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
