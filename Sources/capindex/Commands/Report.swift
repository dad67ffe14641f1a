import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp
import Foundation

/// `capindex report KIND… --year Y --out DIR`: the Markdown and HTML reports.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the reports: status (November), challenge (January: overview and one pack per LA), summit (March), trends.",
        discussion: """
            Pages go to DIR/<region>/<year>/ as index, status, challenge, challenge-<la_code>, summit and trends,
            in Markdown (.md) and self-contained HTML (.html). Files whose content is unchanged are not rewritten.
            Scores first when the scores are older than their inputs.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var scope: ScopeOptions

    @Argument(help: "Reports to write: status, challenge, summit, trends, or all (default all).")
    var kinds: [String] = []

    @OptionGroup var output: ReportOutputOptions

    var reportKinds: [ReportKind] {
        if kinds.isEmpty || kinds.contains("all") { return ReportKind.allCases }
        return ReportKind.allCases.filter { k in kinds.contains(k.rawValue) }
    }

    func validate() throws {
        for k in kinds where k != "all" && ReportKind(rawValue: k) == nil {
            throw ValidationError("'\(k)' is not a report: give status, challenge, summit, trends or all.")
        }
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("report covers one year: give --year, not --all-years.") }
    }

    func run() throws {
        try Console.guarded {
            let store = try Workspace.openExisting(path: global.databasePath)
            let year = scope.year!
            let regions = try scope.regionList(store, year: year)
            let settingsValue = try output.settings.map { try ReportSettings.load(path: $0) } ?? .default
            let now = Workspace.now()
            let request = ReportRequest(
                year: year, regions: regions, kinds: reportKinds, formats: output.formats, settings: settingsValue,
                reportDate: output.reportDate(now: now), scoredAt: now)
            let pages = try ReportWriter.write(store: store, request: request, to: output.out)
            if global.json {
                Console.json(pages.map { ["path": $0.path, "changed": $0.changed ? "yes" : "no"] })
                return
            }
            if global.quiet { return }
            let changed = pages.filter(\.changed)
            for p in changed { Console.out("wrote \(p.path)") }
            Console.out(
                "\(pages.count) files for \(regions.count == 1 ? regions[0] : "\(regions.count) regions") \(year): "
                    + "\(changed.count) written, \(pages.count - changed.count) unchanged")
        }
    }
}
