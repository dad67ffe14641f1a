import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// What `capindex run` is asked to do.
public struct RunRequest: Sendable {
    /// Submission files or folders.
    public var submissions: [String]
    /// Evidence files or folders (indicator files and Ofsted outcomes, told apart by content).
    public var evidence: [String]
    /// The submission year the reports are for.
    public var year: Int
    /// Regions; nil = every region with submissions in `year`.
    public var regions: [String]?
    /// Output folder.
    public var outDir: String
    /// Report formats.
    public var formats: [ReportFormat]
    /// Report settings file, if any.
    public var settingsPath: String?
    /// Date printed on the reports (`YYYY-MM-DD`).
    public var reportDate: String
    /// Time stamp for the database.
    public var now: String

    public init(
        submissions: [String], evidence: [String], year: Int, regions: [String]?, outDir: String,
        formats: [ReportFormat], settingsPath: String?, reportDate: String, now: String
    ) {
        self.submissions = submissions
        self.evidence = evidence
        self.year = year
        self.regions = regions
        self.outDir = outDir
        self.formats = formats
        self.settingsPath = settingsPath
        self.reportDate = reportDate
        self.now = now
    }
}

/// What a run did.
public struct RunOutcome: Sendable, Codable {
    /// True when nothing changed since the last run and nothing was rewritten.
    public var unchanged = false
    /// The previous run's time, when unchanged.
    public var lastRunAt: String?
    public var ingest: IngestReport?
    public var evidence: EvidenceImportReport?
    public var ofsted: EvidenceImportReport?
    public var scoreRun: ScoreRun?
    public var pagesWritten = 0
    public var pagesUnchanged = 0
    public var exportFiles = 0
    /// Every diagnostic of every stage, tagged with its stage.
    public var diagnostics: [StageDiagnostic] = []
    /// Wall time of each stage in milliseconds, in stage order.
    public var timings: [StageTiming] = []

    /// Nothing done yet.
    public init() {}

    /// SPEC 7 exit code: 1 when a submission or evidence file was rejected, else 0.
    public var exitCode: Int32 {
        let ingestErrors = ingest?.errorCount ?? 0
        let rejected = (evidence?.rejectedFiles ?? 0) + (ofsted?.rejectedFiles ?? 0)
        return ingestErrors + rejected > 0 ? 1 : 0
    }
}

/// How long one stage took.
public struct StageTiming: Sendable, Codable {
    public var stage: String
    public var milliseconds: Double
}

/// A diagnostic with the pipeline stage it came from.
public struct StageDiagnostic: Sendable, Codable {
    public var stage: String
    public var diagnostic: Diagnostic
}

/// `capindex run`: ingest → evidence → score → reports → exports over one store, for
/// cron. Idempotent: when no input changed since the last run it rewrites nothing.
public enum RunPipeline {
    /// The stage names, in order, as progress lines show them.
    public static let stages = ["ingest", "evidence", "score", "reports", "export"]

    /// Runs every stage; `progress(n, total, name)` is called as each starts.
    public static func run(store: Store, request: RunRequest, progress report: (Int, Int, String) -> Void) throws -> RunOutcome {
        var outcome = RunOutcome()
        var started = DispatchTime.now().uptimeNanoseconds
        var current: String?
        func finishStage() {
            let t = DispatchTime.now().uptimeNanoseconds
            if let c = current { outcome.timings.append(StageTiming(stage: c, milliseconds: Double(t - started) / 1e6)) }
            started = t
        }
        func progress(_ n: Int, _ total: Int, _ name: String) {
            finishStage()
            current = name
            report(n, total, name)
        }
        let state = try RunState.current(store: store, request: request)
        if let last = RunState.load(outDir: request.outDir), last.matches(state), last.outputsExist() {
            outcome.unchanged = true
            outcome.lastRunAt = last.finishedAt
            return outcome
        }
        let total = stages.count
        progress(1, total, "ingest")
        let ingest = try Ingester(store: store, now: request.now).ingest(paths: request.submissions)
        outcome.ingest = ingest
        outcome.diagnostics += ingest.diagnostics.map { StageDiagnostic(stage: "ingest", diagnostic: $0) }

        progress(2, total, "evidence")
        if !request.evidence.isEmpty {
            let files = try EvidenceImporter.inputFiles(request.evidence)
            let ofstedFiles = files.filter(RunPipeline.isOfstedFile)
            let indicatorFiles = files.filter { !ofstedFiles.contains($0) }
            if !indicatorFiles.isEmpty {
                let r = try EvidenceImporter(store: store, now: request.now).importIndicators(paths: indicatorFiles)
                outcome.evidence = r
                outcome.diagnostics += r.diagnostics.map { StageDiagnostic(stage: "evidence", diagnostic: $0) }
            }
            if !ofstedFiles.isEmpty {
                let r = try OfstedImporter(store: store, now: request.now).importFiles(ofstedFiles)
                outcome.ofsted = r
                outcome.diagnostics += r.diagnostics.map { StageDiagnostic(stage: "evidence", diagnostic: $0) }
            }
        }

        progress(3, total, "score")
        let (run, _) = try ScoreStage.ensureFresh(store: store, now: request.now)
        outcome.scoreRun = run

        progress(4, total, "reports")
        let regions = try request.regions ?? DefaultRegions.of(store, year: request.year)
        let settings = try request.settingsPath.map { try ReportSettings.load(path: $0) } ?? ReportSettings.default
        let pages = try ReportWriter.write(
            store: store,
            request: ReportRequest(
                year: request.year, regions: regions, kinds: ReportKind.allCases, formats: request.formats,
                settings: settings, reportDate: request.reportDate, scoredAt: request.now), to: request.outDir)
        outcome.pagesWritten = pages.filter(\.changed).count
        outcome.pagesUnchanged = pages.count - outcome.pagesWritten

        progress(5, total, "export")
        let tables = try Exporter(store: store).tables(run: run, years: .all, regions: Set(regions))
        let exportDir = (request.outDir as NSString).appendingPathComponent("exports")
        let written = try Exporter.write(tables, run: run, format: .csv, to: exportDir)
        outcome.exportFiles = written.count

        finishStage()
        var finished = try RunState.current(store: store, request: request)
        finished.finishedAt = request.now
        finished.outputs = pages.map(\.path) + written
        try finished.save(outDir: request.outDir)
        return outcome
    }

    /// An Ofsted ILACS outcomes file is known by its header, not its name.
    static func isOfstedFile(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let head = String(decoding: h.readData(ofLength: 4096), as: UTF8.self).lowercased()
        let firstLine = head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first ?? ""
        return firstLine.contains("overall effectiveness") && firstLine.contains("local authority")
    }
}
