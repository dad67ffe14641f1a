import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// One input file of an ingest, read, looked at and validated without the database: what
/// is left to do with it is the store's part. Files are prepared on a second thread while
/// the first stores the ones before them (``FilePreparer``), in file-name order.
enum PreparedFile: Sendable {
    /// The file could not be read (E221, E222): one located error to log.
    case unreadable(Diagnostic)
    /// A file found in a folder that is plainly not a submission (I010): skipped.
    case skipped(Diagnostic)
    /// Bytes seen before, by an earlier ingest or earlier in this one (I001).
    case seen(sha256: String)
    /// Read and validated: what to store, what to log, and the counts.
    case validated(ValidatedFile)
}

/// A submission file's verdicts, ready for the store: its entries in file order (the
/// diagnostics to log and the submissions to store with theirs), and what it counts for
/// in the report.
struct ValidatedFile: Sendable {
    /// SHA-256 of the file's bytes.
    var sha256: String
    /// What the store writes, in the order found.
    var entries: [IngestedFileEntry] = []
    /// The file's share of the report: submissions found, stored, rejected, a rejected file.
    var counts = IngestReport()

    /// Reads the verdicts of one file's bytes: a file-level error, or each LA-year
    /// submission accepted (with its warnings and the single-submission challenge flags) or
    /// rejected.
    init(_ bytes: [UInt8], path: String, sha256: String, stray: NotASubmission?, validator: SubmissionValidator) {
        self.init(ReadFile(path: path, sha256: sha256, stray: stray, raw: SubmissionFileReader.read(bytes, name: path)), validator: validator)
    }

    /// The verdicts of a file already read into rows.
    init(_ file: ReadFile, validator: SubmissionValidator) {
        let (path, sha256, stray, raw) = (file.path, file.sha256, file.stray, file.raw)
        self.sha256 = sha256
        if var e = raw.fileError {
            counts.rejectedFiles = 1
            if let stray { e.hint = "this looks like \(stray.looksLike), not a submission — \(stray.hint)" }
            entries.append(.log(SubmissionFileName.attribute(raw.notices + [e], file: path, register: validator.register)))
            return
        }
        let (verdicts, orphans) = validator.validate(raw, sha256: sha256)
        entries.append(.log(raw.notices + SubmissionFileName.attribute(orphans, file: path, register: validator.register)))
        for v in verdicts {
            counts.submissions += 1
            switch v {
            case .accepted(let sub, let warnings):
                let flags = ChallengeRules.singleSubmission(
                    laCode: sub.laCode, year: sub.year, cxSignoff: sub.cxSignoff, themes: sub.themes
                )
                .map { f in
                    Diagnostic(
                        f.code, f.message,
                        at: f.theme.flatMap { id in sub.themes.first { $0.theme == id }?.location } ?? sub.signoffLocation ?? sub.location,
                        laCode: f.laCode, year: f.year, theme: f.theme)
                }
                entries.append(.store(PreparedSubmission(sub), warnings + flags))
                counts.stored += 1
            case .rejected(_, _, let ds):
                entries.append(.log(ds))
                counts.rejected += 1
            }
        }
    }
}

/// A submission file read into rows, not yet validated: what can be done before the
/// database is open (``FilePreparer`` starts on the files while the store opens).
struct ReadFile: Sendable {
    var path: String
    var sha256: String
    var stray: NotASubmission?
    var raw: RawFile
}

extension PreparedFile {
    /// What a file gives before validation: its outcome when that needs no database
    /// (unreadable, skipped), else its rows.
    enum Read: Sendable {
        case done(PreparedFile)
        case read(ReadFile)
    }

    /// Reads, sniffs, hashes and parses one file, without the framework or the files
    /// ingested before (``finish(_:validator:seen:)`` does the rest).
    static func read(_ file: InputEntry) -> Read {
        switch load(file) {
        case .done(let f): return .done(f)
        case .loaded(let bytes, let stray, let sha):
            return .read(ReadFile(path: file.path, sha256: sha, stray: stray, raw: SubmissionFileReader.read(bytes, name: file.path)))
        }
    }

    /// Validates a file read by ``read(_:)``, unless its bytes are among `seen`.
    static func finish(_ file: ReadFile, validator: SubmissionValidator, seen: Set<String>) -> PreparedFile {
        guard !seen.contains(file.sha256) else { return .seen(sha256: file.sha256) }
        return .validated(ValidatedFile(file, validator: validator))
    }

    /// A file's bytes, what it looks like when it is not a submission, and their SHA-256;
    /// or, when that is the end of it, the outcome (unreadable, or skipped in a folder).
    private enum Loaded {
        case done(PreparedFile)
        case loaded([UInt8], stray: NotASubmission?, sha256: String)
    }

    private static func load(_ file: InputEntry) -> Loaded {
        let bytes: [UInt8]
        do {
            if let problem = file.problem { throw problem }
            bytes = try InputFile.read(file.path, limit: .submission, typeChecked: true)
        } catch {
            return .done(.unreadable(error.diagnostic(file: file.path)))
        }
        // A stray file in an inbox (a readme, an indicator download) is skipped with a
        // notice naming the rule, so it cannot fail every cron run; one named on the
        // command line is read, and its error says what it looks like.
        let stray = SubmissionFileSniffer.check(bytes, name: file.path)
        if let stray, file.inFolder {
            return .done(
                .skipped(
                    Diagnostic(
                        .i010, "skipped: \(stray.looksLike), not a submission (rule \(stray.rule))", hint: stray.hint,
                        at: SourceLocation(file: file.path))))
        }
        return .loaded(bytes, stray: stray, sha256: SHA256.hex(bytes))
    }

    /// Prepares one file: reads it (or says why it cannot be read), skips a stray one in a
    /// folder, hashes it, and validates it unless its bytes are among `seen`.
    static func prepare(_ file: InputEntry, validator: SubmissionValidator, seen: Set<String>) -> PreparedFile {
        switch load(file) {
        case .done(let f): return f
        case .loaded(let bytes, let stray, let sha):
            // A first look outside the write transaction spares reading a file seen before;
            // the store decides again inside it.
            guard !seen.contains(sha) else { return .seen(sha256: sha) }
            return .validated(ValidatedFile(bytes, path: file.path, sha256: sha, stray: stray, validator: validator))
        }
    }
}
