import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// The evidence stage (SPEC 5): imports published indicator files in any of the three
/// layouts, recognised by their content and never by their name. Each file is streamed
/// once to hash it and once to read it; what it holds is stored in one transaction.
public struct EvidenceImporter {
    /// The store written to.
    public let store: Store
    /// ISO 8601 time stamp of this import (passed in: tests fix it).
    public var now: String
    /// Called before each file is read.
    public var progress: FileProgress?

    /// An importer on a store bound to a framework.
    public init(store: Store, now: String) {
        self.store = store
        self.now = now
    }

    /// The files under `paths` in import order: files as given, folders walked for
    /// `.csv` and `.txt` files; all in file-name order, with those that cannot be read.
    public static func inputFiles(_ paths: [String]) throws -> [InputEntry] {
        try InputFiles.list(paths, extensions: ["csv", "txt"])
    }

    /// A file that cannot be read: one located error (E222, E223), nothing imported.
    static func unreadable(_ path: String, _ error: Error) -> (EvidenceFileResult, [Diagnostic]) {
        (EvidenceFileResult(file: path, status: .rejected, sha256: ""), [error.diagnostic(file: path)])
    }

    /// Imports every indicator file under `paths`.
    public func importIndicators(paths: [String]) throws -> EvidenceImportReport {
        try importIndicators(files: try EvidenceImporter.inputFiles(paths))
    }

    /// Imports files already listed (those that cannot be read are reported).
    func importIndicators(files: [InputEntry]) throws -> EvidenceImportReport {
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let matcher = LAMatcher(register: try store.loadRegister())
        var report = EvidenceImportReport()
        for (i, file) in files.enumerated() {
            progress?(i + 1, files.count, file.path)
            let (result, diagnostics) =
                if let problem = file.problem {
                    Self.unreadable(file.path, problem)
                } else {
                    try importIndicatorFile(file.path, catalogue: bound.framework.indicators, matcher: matcher)
                }
            report.files.append(result)
            report.diagnostics += diagnostics
        }
        return report
    }

    /// Imports one file; a file that cannot be used stores nothing and says why (W004).
    func importIndicatorFile(
        _ path: String, catalogue: [IndicatorDefinition],
        matcher: LAMatcher
    ) throws -> (EvidenceFileResult, [Diagnostic]) {
        let at = SourceLocation(file: path)
        var diagnostics: [Diagnostic] = []
        func reject(
            _ message: String, hint: String, line: Int? = nil, sha: String = "",
            layout: EvidenceLayoutKind? = nil
        ) -> (EvidenceFileResult, [Diagnostic]) {
            diagnostics.append(
                Diagnostic(
                    .w004, message + "; nothing was imported from it", hint: hint,
                    at: SourceLocation(file: path, line: line)))
            return (EvidenceFileResult(file: path, status: .rejected, layout: layout, sha256: sha), diagnostics)
        }
        let probe: EvidenceFileProbe
        do {
            // Its type and size first: nothing is opened that could block or never end.
            _ = try InputFile.check(path, limit: .evidence)
            probe = try EvidenceFileProbe.probe(path: path)
        } catch let e as FileProblem {
            return Self.unreadable(path, e)
        } catch let e as CSVFileError {
            return Self.unreadable(path, e.problem ?? .readFailed(errno: e.code))
        } catch {
            return reject("cannot read the file (\(error))", hint: "check the path and its permissions")
        }
        guard let encoding = probe.encoding else {
            return reject(probe.notText ?? "not a text file", hint: "save the sheet as CSV (UTF-8)", sha: probe.sha256)
        }
        if try store.evidenceFileImported(sha256: probe.sha256) {
            diagnostics.append(
                Diagnostic(
                    .i001, "file content already imported (SHA-256 \(probe.sha256.prefix(12))…); nothing changed",
                    at: at))
            return (EvidenceFileResult(file: path, status: .unchanged, sha256: probe.sha256), diagnostics)
        }
        if encoding == .windows1252 {
            diagnostics.append(
                Diagnostic(
                    .w001, "file read as Windows-1252: it is not valid UTF-8",
                    hint: "save it as CSV UTF-8 so every name is exact", at: at))
        }
        let layout: EvidenceLayoutKind
        let scan: EvidenceScanResult
        switch IndicatorFileReader.scan(path: path, encoding: encoding, catalogue: catalogue, matcher: matcher) {
        case .failure(let e): return reject(e.message, hint: e.hint, line: e.line, sha: probe.sha256)
        case .success(let r): (layout, scan) = (r.layout, r.scan)
        }
        if scan.values.isEmpty && scan.comparators.isEmpty && scan.hits == 0 {
            return reject(
                "\(layout.title) without any indicator of the catalogue",
                hint: "check the indicator codes against the framework catalogue (LAIT code, id or EES value column)",
                sha: probe.sha256, layout: layout)
        }
        let counts = try store.saveIndicatorImport(
            scan, catalogue: catalogue, laCodes: matcher.codes, file: path,
            sha256: probe.sha256, kind: layout, at: now)
        var result = EvidenceFileResult(file: path, status: .imported, layout: layout, sha256: probe.sha256)
        result.rows = scan.rows
        result.valuesNew = counts.new
        result.valuesChanged = counts.changed
        result.valuesUnchanged = counts.unchanged
        result.comparators = scan.comparators.count
        result.notNumbers = scan.notNumbers
        result.indicators = counts.perIndicator.keys.sorted().map { counts.perIndicator[$0]! }
        result.ignored = scan.ignored.entries
        for i in result.ignored {
            diagnostics.append(
                Diagnostic(
                    .i005, "\(i.count) row\(i.count == 1 ? "" : "s") ignored: \(i.reason)", hint: i.hint,
                    at: SourceLocation(file: path, line: i.firstLine)))
        }
        let list = result.indicators.map { c in
            "\(c.indicator) \(c.firstPeriod == c.lastPeriod ? "\(c.firstPeriod)" : "\(c.firstPeriod)–\(c.lastPeriod)")"
        }.joined(separator: ", ")
        var summary =
            "\(layout.title), \(scan.rows) rows: \(counts.new + counts.changed + counts.unchanged) LA values "
            + "(\(counts.new) new, \(counts.changed) changed, \(counts.unchanged) unchanged)"
        if !list.isEmpty { summary += " of \(list)" }
        summary += "; \(scan.comparators.count) published national and regional figures"
        if scan.notNumbers > 0 {
            summary += "; \(scan.notNumbers) value\(scan.notNumbers == 1 ? " is" : "s are") not a number, kept as missing"
        }
        diagnostics.append(Diagnostic(.i006, summary, at: at))
        result.replacements = counts.replacements
        diagnostics += counts.replacements.map { Self.replacementNotice($0, at: at) }
        return (result, diagnostics)
    }

    /// I008: values this file changed that another file had given; nothing changes silently.
    static func replacementNotice(_ r: EvidenceReplacement, at: SourceLocation) -> Diagnostic {
        let examples = r.examples.map { "\($0.indicator) \($0.period) LA \($0.laCode): \($0.old) → \($0.new)" }
        return Diagnostic(
            .i008,
            "\(r.count) value\(r.count == 1 ? "" : "s") changed that \(r.previous.baseName) (imported \(r.previous.importedAt)) had given"
                + (examples.isEmpty ? "" : ", e.g. " + examples.joined(separator: "; ")),
            hint: "the latest import wins; import \(r.previous.baseName) again after this file if its values should stand", at: at)
    }
}
