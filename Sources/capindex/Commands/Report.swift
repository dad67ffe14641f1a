import ArgumentParser
import CapIndexApp

/// `capindex report KIND… --year Y --out DIR`: the Markdown and HTML reports.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write the reports: status and feedback (November), challenge (January: overview and one pack per LA), summit (March), trends, improvement, england.",
        discussion: """
            Pages go to DIR/<region>/<year>/ as index, status, feedback-<la_code> (one per LA that sent something;
            status writes them too), challenge, challenge-<la_code>, summit, trends and improvement,
            in Markdown (.md) and self-contained HTML (.html). With --all-regions, DIR/england/<year>/england compares
            every region (RCI, LAs submitted, priorities, theme balance). Files whose content is unchanged are not rewritten.
            Scores first when the scores are older than their inputs. Without --region, the regions with
            submissions in the year; a year or region without submissions writes nothing and exits 1. \
            Overdue and stale actions and missing action plans (W115–W117) are judged at --date.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    @Argument(
        help: ArgumentHelp(
            "Reports to write: status, feedback, challenge, summit, trends, improvement, england (with --all-regions), "
                + "or all (default all)."))
    var kinds: [String] = []

    @OptionGroup var output: ReportOutputOptions

    /// `all` is every report of a region, and the England page too with --all-regions.
    var reportKinds: [ReportKind] {
        if kinds.isEmpty || kinds.contains("all") { return scope.allRegions ? ReportKind.allCases : ReportKind.regional }
        return ReportKind.allCases.filter { k in kinds.contains(k.rawValue) }
    }

    func validate() throws {
        for k in kinds where k != "all" && ReportKind(rawValue: k) == nil {
            let near = NameSuggestionHint.hint(k, among: ReportKind.allCases.map(\.rawValue) + ["all"])
            throw ValidationError(
                "'\(k)' is not a report: give status, feedback, challenge, summit, trends, improvement, england or all.\(near)")
        }
        if kinds.contains(ReportKind.england.rawValue) && !scope.allRegions {
            throw ValidationError("report england compares every region: give --all-regions (and --year).")
        }
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("report covers one year: give --year, not --all-years.") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let year = scope.year!
            let r = try app.report(
                database: global.db, year: year, regions: scope.regions, kinds: reportKinds, formats: output.formats,
                settingsPath: output.settings, reportDate: output.date, outDir: output.out)
            out.document(r.pages.map { PageLine(path: $0.path, changed: $0.changed) })
            out.diagnostics(r.notices)
            let changed = r.pages.filter(\.changed)
            for p in changed { out.line("wrote \(p.path)") }
            out.line(
                "\(r.pages.count) files for \(r.regions.count == 1 ? r.regions[0] : "\(r.regions.count) regions") \(year): "
                    + "\(changed.count) written, \(r.pages.count - changed.count) unchanged")
            return 0
        }
    }
}

/// `report --json`: one file written.
struct PageLine: Encodable {
    var path: String
    var changed: Bool
}
