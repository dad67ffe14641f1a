import ArgumentParser
import CapacityIndexCore
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

    @Option(name: .long, help: "Folder to write the reports into.")
    var out: String

    @Option(name: .long, help: "Formats, comma-separated: md, html (default md,html).")
    var format: String = "md,html"

    @Option(name: .long, help: "Report settings JSON: title, introduction, logo, accent colour (see Data/report-settings.example.json).")
    var settings: String?

    @Option(name: .long, help: "Date printed on the reports, YYYY-MM-DD (default today, or CAPINDEX_NOW).")
    var date: String?

    var reportKinds: [ReportKind] {
        if kinds.isEmpty || kinds.contains("all") { return ReportKind.allCases }
        return ReportKind.allCases.filter { k in kinds.contains(k.rawValue) }
    }

    var formats: [ReportFormat] {
        let asked = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return ReportFormat.allCases.filter { asked.contains($0.rawValue) }
    }

    func validate() throws {
        for k in kinds where k != "all" && ReportKind(rawValue: k) == nil {
            throw ValidationError("'\(k)' is not a report: give status, challenge, summit, trends or all.")
        }
        for f in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        where ReportFormat(rawValue: f) == nil {
            throw ValidationError("--format '\(f)' is not a format: give md, html or md,html.")
        }
        if formats.isEmpty { throw ValidationError("--format names no format: give md, html or md,html.") }
        if scope.year == nil { throw ValidationError("Give the submission year with --year, e.g. --year 2026.") }
        if scope.allYears { throw ValidationError("report covers one year: give --year, not --all-years.") }
        if let d = date, d.count != 10 || d.split(separator: "-").count != 3 {
            throw ValidationError("--date '\(d)' is not a date: write it as YYYY-MM-DD, e.g. 2027-01-20.")
        }
    }

    func run() throws {
        let settingsValue: ReportSettings
        do {
            settingsValue = try settings.map { try ReportSettings.load(path: $0) } ?? .default
        } catch let e as ReportError {
            Console.err("error: --settings: \(e.message)")
            throw ExitCode(2)
        }
        try Console.guarded {
            let store = try Workspace.openExisting(path: global.databasePath)
            let register = try store.loadRegister()
            let year = scope.year!
            let regions: [String]
            if let r = try scope.regions(register) {
                regions = r.sorted()
            } else if scope.allRegions {
                regions = register.regions
            } else {
                // Default: the regions that have submissions that year.
                let codes = Set(try store.currentSubmissions(year: year).map(\.laCode))
                let with = register.regions.filter { reg in register.laCodes(in: reg, year: year).contains(where: codes.contains) }
                regions = with.isEmpty ? register.regions : with
            }
            let now = Workspace.now()
            let request = ReportRequest(
                year: year, regions: regions, kinds: reportKinds, formats: formats, settings: settingsValue,
                reportDate: date ?? String(now.prefix(10)), scoredAt: now)
            let pages = try ReportWriter.write(store: store, request: request, to: out)
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
