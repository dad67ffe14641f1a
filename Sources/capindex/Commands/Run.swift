import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp
import Foundation

/// `capindex run`: the whole cycle in one command, for cron.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest, import evidence, score, and write every report and export; rewrites nothing when no input changed.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "Submission files or folders (repeatable).")
    var submissions: [String] = []

    @Option(name: .long, help: "Evidence files or folders: published indicators and Ofsted outcomes (repeatable).")
    var evidence: [String] = []

    @OptionGroup var output: ReportOutputOptions

    func validate() throws {
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("run writes one year's reports: give --year, not --all-years.") }
        if submissions.isEmpty { throw ValidationError("Give the submissions folder with --submissions DIR.") }
    }

    func run() throws {
        try RunOptions.execute(
            scope: scope, submissions: submissions, evidence: evidence, output: output, db: global.databasePath, global: global)
    }
}

/// `capindex demo`: `run` on the bundled demo data.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole cycle on the bundled demo data (Yorkshire and The Humber, 2024–2026) into a folder.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Folder for the demo database, reports and exports.")
    var out: String = "capindex-demo"

    @Option(name: .long, help: "Date printed on the reports, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws { try ReportOutputOptions.checkDate(date) }

    func run() throws {
        guard let data = Workspace.dataDirectory() else {
            Console.err("error: cannot find the shipped Data folder; run from the capindex folder or set CAPINDEX_DATA")
            throw ExitCode(3)
        }
        func d(_ p: String) -> String { (data as NSString).appendingPathComponent(p) }
        var scope = ScopeOptions()
        scope.year = 2026
        scope.region = "Yorkshire and The Humber"
        let output = try ReportOutputOptions.parse(["--out", out] + (date.map { ["--date", $0] } ?? []))
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try RunOptions.execute(
            scope: scope, submissions: [d("demo")], evidence: [d("evidence"), d("ofsted")], output: output,
            db: global.db ?? (out as NSString).appendingPathComponent("capindex.sqlite"), global: global)
    }
}

/// Shared by `run` and `demo`.
enum RunOptions {
    static func execute(
        scope: ScopeOptions, submissions: [String], evidence: [String], output: ReportOutputOptions,
        db: String, global: GlobalOptions
    ) throws {
        var outcome = RunOutcome()
        let now = Workspace.now()
        try Console.guarded {
            let lock = try RunLock(databasePath: db)
            defer { withExtendedLifetime(lock) {} }
            let store = try Workspace.openInitialised(path: db, now: now)
            // Named or --all-regions now; the default (regions with submissions) after ingest.
            let register = try store.loadRegister()
            let regions = try scope.regions(register).map { $0.sorted() } ?? (scope.allRegions ? register.regions : nil)
            let req = RunRequest(
                submissions: submissions, evidence: evidence, year: scope.year!, regions: regions, outDir: output.out,
                formats: output.formats, settingsPath: output.settings, reportDate: output.reportDate(now: now), now: now)
            outcome = try RunPipeline.run(store: store, request: req) { n, total, stage in
                if !global.quiet && !global.json { Console.out("[\(n)/\(total)] \(stage)") }
            }
        }
        if global.json {
            Console.json(outcome)
        } else {
            for d in outcome.diagnostics where !global.quiet || d.diagnostic.severity == .error {
                let line = "[\(d.stage)] \(d.diagnostic.rendered)"
                if d.diagnostic.severity == .error {
                    Console.err(line)
                } else if d.diagnostic.severity == .warning || !global.quiet {
                    Console.out(line)
                }
            }
            if !global.quiet {
                if outcome.unchanged {
                    Console.out("nothing changed since the last run (\(outcome.lastRunAt ?? "?")): no file rewritten in \(output.out)")
                } else {
                    if let i = outcome.ingest { Console.out("ingest: \(i.summary)") }
                    if let e = outcome.evidence { Console.out("evidence: \(e.summary)") }
                    if let o = outcome.ofsted { Console.out("ofsted: \(o.summary)") }
                    if let s = outcome.scoreRun {
                        Console.out("score run \(s.id): framework \(s.frameworkID) \(s.frameworkVersion), \(s.submissions) submissions")
                    }
                    Console.out(
                        "reports: \(outcome.pagesWritten) pages written, \(outcome.pagesUnchanged) unchanged; exports: \(outcome.exportFiles) files"
                    )
                    Console.out("output in \(output.out)")
                }
            }
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
