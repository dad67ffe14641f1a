import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// The import of the improvement loop's files (SPEC 9): agreed ratings, the peer
/// challenge programme, the action tracker. Files (CSV or workbooks) are read in
/// file-name order, each checked row by row (a row in error is rejected alone) and
/// stored in one transaction; bytes imported before with every row standing change
/// nothing (I001).
public struct ImprovementImporter {
    /// The store written to.
    public let store: Store
    /// ISO 8601 time stamp of this import.
    public var now: String

    /// An importer on a store.
    public init(store: Store, now: String) {
        self.store = store
        self.now = now
    }

    /// The files under `paths` in the order they are read, with those that cannot be read.
    public static func inputFiles(_ paths: [String]) throws -> [InputEntry] {
        try InputFiles.list(paths, extensions: ["csv", "xlsx", "txt"])
    }

    /// Imports every file of `kind` under `paths`.
    public func importFiles(_ kind: ImprovementKind, paths: [String]) throws -> ImprovementImportReport {
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let validator = ImprovementValidator(framework: bound.framework, register: try store.loadRegister())
        var report = ImprovementImportReport(kind: kind)
        for file in try Self.inputFiles(paths) {
            let path = file.path
            report.files += 1
            // A file that cannot be read, or one over the limit, is one located error (E222,
            // E223); the other files are still read.
            let bytes: [UInt8]
            do {
                if let problem = file.problem { throw problem }
                bytes = try InputFile.read(path, limit: .submission)
            } catch {
                report.rejectedFiles += 1
                report.diagnostics.append(error.diagnostic(file: path))
                continue
            }
            let sha = SHA256.hex(bytes)
            if try store.improvementFileImported(kind: kind, sha256: sha) {
                report.unchangedFiles += 1
                report.diagnostics.append(
                    Diagnostic(
                        .i001, "file content already imported (SHA-256 \(sha.prefix(12))…); nothing changed", at: SourceLocation(file: path)
                    ))
                continue
            }
            let raw = TableFileReader.read(bytes, name: path, kind: kind)
            report.diagnostics += raw.notices
            if let e = raw.fileError {
                report.rejectedFiles += 1
                report.diagnostics.append(e)
                continue
            }
            let counts: ImprovementWriteCounts
            switch kind {
            case .outcomes:
                let submitted = Set(try store.currentSubmissions().map { "\($0.laCode)|\($0.year)" })
                let rows = validator.outcomes(raw) { submitted.contains("\($0)|\($1)") }
                counts = try store.saveOutcomes(rows.values, sha256: sha, fileName: path, rejected: rows.rejected, at: now)
                report.add(rows)
            case .challenges:
                let rows = validator.challenges(raw)
                counts = try store.saveChallenges(rows.values, sha256: sha, fileName: path, rejected: rows.rejected, at: now)
                report.add(rows)
                // W113 and W114 depend on the challenge alone: shown as soon as it is read.
                let subs = try ScoringInput.current(store)
                let rules = ImprovementRules(framework: bound.framework, challenges: rows.values, actions: [])
                for c in rows.values {
                    let sub = subs.first { $0.laCode == c.laCode && $0.year == c.cycleYear }
                    report.diagnostics += rules.challengeFlags(c, submission: sub).map {
                        Diagnostic(
                            $0.code, $0.message, hint: $0.question, at: SourceLocation(file: c.location), laCode: $0.laCode, year: $0.year,
                            theme: $0.theme)
                    }
                }
            case .actions:
                let rows = validator.actions(raw)
                counts = try store.saveActions(rows.values, sha256: sha, fileName: path, rejected: rows.rejected, at: now)
                report.add(rows)
            }
            report.counts.new += counts.new
            report.counts.replaced += counts.replaced
            report.counts.unchanged += counts.unchanged
        }
        return report
    }
}

extension ImprovementImportReport {
    mutating func add<T>(_ rows: ImprovementRows<T>) {
        diagnostics += rows.diagnostics
        loaded += rows.values.count
        rejected += rows.rejected
    }
}
