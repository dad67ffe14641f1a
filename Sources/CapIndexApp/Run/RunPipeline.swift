import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// `capindex run`: a list of named stages — ingest, evidence, improvement, score, reports, export —
/// over one context, for cron. Idempotent: when no input changed since the last run it
/// rewrites nothing; when the year has no submissions in the regions asked for, it
/// writes nothing and says so.
public enum RunPipeline {
    /// The stages, in order.
    static let stages: [RunStage] = [
        RunStage(name: "ingest", body: ingest),
        RunStage(name: "evidence", body: evidence),
        RunStage(name: "improvement", body: improvement),
        RunStage(name: "score", body: score),
        RunStage(name: "reports", body: reports),
        RunStage(name: "export", body: export),
    ]

    /// Runs every stage, telling `events` as each starts and ends.
    public static func run(store: Store, request: RunRequest, events: RunEvents = .silent) throws -> RunOutcome {
        try run(store: store, request: request, stages: stages, events: events)
    }

    /// Runs `stages` in order over one context; an error comes out as an ``AppError``
    /// tagged with the stage it came from.
    static func run(
        store: Store, request: RunRequest, stages: [RunStage], events: RunEvents = .silent
    ) throws -> RunOutcome {
        // What a run killed mid-write left behind goes first, whatever this run then does.
        AtomicFile.sweepTree(request.outDir)
        let state = try RunState.current(store: store, request: request)
        if let last = RunState.load(outDir: request.outDir), last.matches(state), last.outputsExist() {
            var outcome = RunOutcome()
            outcome.unchanged = true
            outcome.lastRunAt = last.finishedAt
            return outcome
        }
        var ctx = RunContext(store: store, request: request, events: events)
        for (i, stage) in stages.enumerated() {
            events.stageStarted(i + 1, stages.count, stage.name)
            let logged = ctx.outcome.diagnostics.count
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                try stage.body(&ctx)
            } catch {
                var e = AppError.from(error)
                e.stage = stage.name
                e.message = "[\(stage.name)] " + e.message
                throw e
            }
            let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            ctx.outcome.timings.append(StageTiming(stage: stage.name, milliseconds: ms))
            events.stageEnded(stage.name, ctx.outcome.diagnostics[logged...].map(\.diagnostic))
        }
        guard !ctx.finished else { return ctx.outcome }
        // What the run consumed, not what the database holds now: the input files as they
        // were before it read them, and the inputs its scores were computed from. A version
        // another command stored meanwhile is then new to the next run.
        var finished = state
        finished.database = ctx.consumed ?? state.database
        finished.dateResults = ctx.dateResults ?? state.dateResults
        finished.finishedAt = request.now
        finished.outputs = ctx.outputs
        try finished.save(outDir: request.outDir)
        return ctx.outcome
    }

    // MARK: the stages

    static func ingest(_ ctx: inout RunContext) throws {
        var ingester = Ingester(store: ctx.store, now: ctx.request.now)
        ingester.progress = ctx.events.fileStarted
        if case .named(let region) = ctx.request.regions { ingester.region = region }
        let report = try ingester.ingest(paths: ctx.request.submissions)
        ctx.outcome.ingest = report
        ctx.log("ingest", report.diagnostics)
    }

    /// Indicator files and Ofsted outcomes alike, told apart by their header.
    static func evidence(_ ctx: inout RunContext) throws {
        guard !ctx.request.evidence.isEmpty else { return }
        let files = try EvidenceImporter.inputFiles(ctx.request.evidence)
        let ofstedFiles = files.filter { $0.problem == nil && isOfstedFile($0.path) }
        let indicatorFiles = files.filter { !ofstedFiles.contains($0) }
        // One count over both kinds of file, indicator files first.
        let told = ctx.events.fileStarted
        let total = files.count
        if !indicatorFiles.isEmpty {
            var importer = EvidenceImporter(store: ctx.store, now: ctx.request.now)
            importer.progress = offsetProgress(told, by: 0, total: total)
            let r = try importer.importIndicators(files: indicatorFiles)
            ctx.outcome.evidence = r
            ctx.log("evidence", r.diagnostics)
        }
        if !ofstedFiles.isEmpty {
            var importer = OfstedImporter(store: ctx.store, now: ctx.request.now)
            let before = indicatorFiles.count
            importer.progress = offsetProgress(told, by: before, total: total)
            let r = try importer.importFiles(files: ofstedFiles)
            ctx.outcome.ofsted = r
            ctx.log("evidence", r.diagnostics)
        }
    }

    /// The agreed ratings, the peer challenge programme and the action tracker (SPEC 9),
    /// in that order: outcomes before scoring, which reads them.
    static func improvement(_ ctx: inout RunContext) throws {
        for kind in ImprovementKind.allCases {
            guard let paths = ctx.request.improvement[kind], !paths.isEmpty else { continue }
            let r = try ImprovementImporter(store: ctx.store, now: ctx.request.now).importFiles(kind, paths: paths)
            ctx.outcome.improvement.append(r)
            ctx.log("improvement", r.diagnostics)
        }
    }

    static func score(_ ctx: inout RunContext) throws {
        let (run, _) = try ScoreStage.ensureFresh(store: ctx.store, now: ctx.request.now)
        ctx.run = run
        ctx.outcome.scoreRun = run
    }

    /// Every report of the year for the regions asked for; nothing at all when no LA there
    /// sent anything for the year (a rejected attempt is something: its LA needs its feedback).
    static func reports(_ ctx: inout RunContext) throws {
        do {
            ctx.regions = try RegionScope(store: ctx.store).regions(ctx.request.regions, year: ctx.request.year, basis: .attempts)
        } catch let e as AppError where e.kind == .noData {
            ctx.outcome.nothingToDo = e
            return
        }
        let settings = try ctx.request.settingsPath.map { try ReportSettings.load(path: $0) } ?? ReportSettings.default
        if let run = ctx.run { ctx.consumed = try RunState.databaseKey(store: ctx.store, scoringInputs: run.inputsHash) }
        ctx.dateResults = SHA256.hex(try DateResults.key(store: ctx.store, request: ctx.request))
        let (pages, notices) = try ReportWriter.writeWithNotices(
            store: ctx.store, run: ctx.run,
            request: ReportRequest(
                year: ctx.request.year, regions: ctx.regions,
                kinds: ctx.request.regions == .all ? ReportKind.allCases : ReportKind.regional, formats: ctx.request.formats,
                settings: settings, reportDate: ctx.request.reportDate, scoredAt: ctx.request.now), to: ctx.request.outDir)
        ctx.log("reports", notices)
        ctx.outcome.pagesWritten = pages.filter(\.changed).count
        ctx.outcome.pagesUnchanged = pages.count - ctx.outcome.pagesWritten
        ctx.outputs += pages.map(\.path)
    }

    static func export(_ ctx: inout RunContext) throws {
        guard !ctx.finished, let run = ctx.run else { return }
        let tables = try Exporter(store: ctx.store).tables(
            run: run, years: .all, regions: Set(ctx.regions), reportDate: ctx.request.reportDate)
        let exportDir = (ctx.request.outDir as NSString).appendingPathComponent("exports")
        let written = try Exporter.write(tables, run: run, format: .csv, to: exportDir)
        ctx.outcome.exportFiles = written.count
        ctx.outputs += written
    }

    /// `progress` counting on from `offset` out of `total` files.
    static func offsetProgress(_ progress: FileProgress?, by offset: Int, total: Int) -> FileProgress? {
        guard let progress else { return nil }
        return { n, _, path in progress(offset + n, total, path) }
    }

    /// An Ofsted ILACS outcomes file is known by its header, not its name. (A file that
    /// cannot be read goes to the indicator import, which says why.)
    static func isOfstedFile(_ path: String) -> Bool {
        guard let fd = try? InputFile.openChecked(path) else { return false }
        let h = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let head = String(decoding: (try? h.read(upToCount: 4096)) ?? Data(), as: UTF8.self).lowercased()
        let firstLine = head.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first ?? ""
        return firstLine.contains("overall effectiveness") && firstLine.contains("local authority")
    }
}
