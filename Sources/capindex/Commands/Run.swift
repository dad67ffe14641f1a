import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex run`: the whole cycle in one command, for cron.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest, import evidence, score, and write every report and export; rewrites nothing when no input changed.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "Submission files or folders (repeatable).")
    var submissions: [String] = []

    @Option(name: .long, help: "Evidence files or folders: published indicators and Ofsted outcomes (repeatable).")
    var evidence: [String] = []

    @Option(name: .long, help: "Agreed-rating files or folders (default: an outcomes/ folder beside the submissions folder).")
    var outcomes: [String] = []

    @Option(name: .long, help: "Peer challenge files or folders (default: a challenges/ folder beside the submissions folder).")
    var challenges: [String] = []

    @Option(name: .long, help: "Action tracker files or folders (default: an actions/ folder beside the submissions folder).")
    var actions: [String] = []

    @OptionGroup var output: ReportOutputOptions

    func validate() throws {
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("run writes one year's reports: give --year, not --all-years.") }
        if submissions.isEmpty { throw ValidationError("Give the submissions folder with --submissions DIR.") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let command = RunCommand(
                submissions: submissions, evidence: evidence, year: scope.year!, regions: scope.regions, outDir: output.out,
                formats: output.formats, settingsPath: output.settings, reportDate: output.date,
                improvement: [.outcomes: outcomes, .challenges: challenges, .actions: actions])
            let outcome = try app.run(database: global.db, command, events: RunSummary.events(out, ProgressLine(global)))
            return RunSummary.print(outcome, out: out, folder: output.out)
        }
    }
}

/// What `run` and `demo` print: each stage as it starts, its diagnostics as soon as it
/// ends (a progress line for the files of a long stage on a terminal), then what was done.
enum RunSummary {
    /// The events that print a run as it goes.
    static func events(_ out: DiagnosticPrinter, _ progress: ProgressLine) -> RunEvents {
        RunEvents(
            stageStarted: { n, total, stage in out.line("[\(n)/\(total)] \(stage)") },
            fileStarted: progress.callback,
            stageEnded: { stage, diagnostics in
                progress.clear()
                out.diagnostics(diagnostics, stage: stage)
            })
    }

    /// The closing lines, and the exit code.
    static func print(_ outcome: RunOutcome, out: DiagnosticPrinter, folder: String) -> Int32 {
        out.document(outcome)
        if let e = outcome.nothingToDo {
            if !out.json { DiagnosticPrinter.standardError("error: " + e.description) }
            return outcome.exitCode
        }
        if outcome.unchanged {
            out.line("nothing changed since the last run (\(outcome.lastRunAt ?? "?")): no file rewritten in \(folder)")
            return outcome.exitCode
        }
        if let i = outcome.ingest { out.line("ingest: \(i.summary)") }
        if let e = outcome.evidence { out.line("evidence: \(e.summary)") }
        if let o = outcome.ofsted { out.line("ofsted: \(o.summary)") }
        for r in outcome.improvement { out.line("\(r.kind.rawValue): \(r.summary)") }
        if let s = outcome.scoreRun {
            out.line("score run \(s.id): framework \(s.frameworkID) \(s.frameworkVersion), \(s.submissions) submissions")
        }
        out.line(
            "reports: \(outcome.pagesWritten) pages written, \(outcome.pagesUnchanged) unchanged; exports: \(outcome.exportFiles) files")
        out.line("output in \(folder)")
        return outcome.exitCode
    }
}
