import ArgumentParser
import CapacityIndexCore
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

    @Option(name: .long, help: "Folder for reports and exports.")
    var out: String

    @Option(name: .long, help: "Report formats, comma-separated: md,html.")
    var format: String = "md,html"

    @Option(name: .long, help: "Report settings JSON: title, introduction, logo, accent colour.")
    var settings: String?

    @Option(name: .long, help: "Date printed on the reports, YYYY-MM-DD (default: today).")
    var date: String?

    func validate() throws {
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("run writes one year's reports: give --year, not --all-years.") }
        if submissions.isEmpty { throw ValidationError("Give the submissions folder with --submissions DIR.") }
        _ = try RunOptions.formats(format)
        if let d = date, SubmissionValidator.parseDate(d) != d { throw ValidationError("--date must be YYYY-MM-DD, not '\(d)'.") }
    }

    func run() throws {
        let request = try RunOptions.request(
            scope: scope, submissions: submissions, evidence: evidence, out: out,
            format: format, settings: settings, date: date, db: global.databasePath)
        try RunOptions.execute(request, global: global)
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

    func run() throws {
        guard let data = Workspace.dataDirectory() else {
            Console.err("error: cannot find the shipped Data folder; run from the capindex folder or set CAPINDEX_DATA")
            throw ExitCode(3)
        }
        func d(_ p: String) -> String { (data as NSString).appendingPathComponent(p) }
        var scope = ScopeOptions()
        scope.year = 2026
        scope.region = "Yorkshire and The Humber"
        let request = try RunOptions.request(
            scope: scope, submissions: [d("demo")], evidence: [d("evidence"), d("ofsted")],
            out: out, format: "md,html", settings: nil, date: date,
            db: global.db ?? (out as NSString).appendingPathComponent("capindex.sqlite"))
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try RunOptions.execute(request, global: global)
    }
}

/// Shared by `run` and `demo`.
enum RunOptions {
    static func formats(_ text: String) throws -> [ReportFormat] {
        let fs = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let out = fs.compactMap(ReportFormat.init(rawValue:))
        if out.count != fs.count || out.isEmpty { throw ValidationError("--format takes md, html or md,html, not '\(text)'.") }
        return out
    }

    struct Request {
        var run: RunRequest
        var db: String
    }

    static func request(
        scope: ScopeOptions, submissions: [String], evidence: [String], out: String, format: String,
        settings: String?, date: String?, db: String
    ) throws -> Request {
        let now = Workspace.now()
        let today = date ?? String(now.prefix(10))
        return Request(
            run: RunRequest(
                submissions: submissions, evidence: evidence, year: scope.year!,
                regions: scope.region.map { [$0] }, outDir: out, formats: try formats(format),
                settingsPath: settings, reportDate: today, now: now), db: db)
    }

    static func execute(_ r: Request, global: GlobalOptions) throws {
        var outcome = RunOutcome()
        try Console.guarded {
            let lock = try RunLock(databasePath: r.db)
            defer { withExtendedLifetime(lock) {} }
            let store = try Workspace.openInitialised(path: r.db, now: r.run.now)
            var req = r.run
            if let regs = req.regions {
                let register = try store.loadRegister()
                req.regions = try regs.map { name in
                    guard let found = register.resolveRegion(name) else {
                        throw ValidationError(
                            "--region '\(name)' is not a region of the register: \(register.regions.joined(separator: ", ")).")
                    }
                    return found
                }
            }
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
                    Console.out("nothing changed since the last run (\(outcome.lastRunAt ?? "?")): no file rewritten in \(r.run.outDir)")
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
                    Console.out("output in \(r.run.outDir)")
                }
            }
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}
