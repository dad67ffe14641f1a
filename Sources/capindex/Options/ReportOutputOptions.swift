import ArgumentParser
import CapIndexApp
import CapIndexDomain
import Foundation

/// Where and how `report` and `run` write pages: `--out`, `--format`, `--settings`, `--date`.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: .long, help: "Folder to write into (reports; with run, also exports/).")
    var out: String

    @Option(name: .long, help: "Report formats, comma-separated: md, html.")
    var format: String = "md,html"

    @Option(
        name: .long,
        help: "Report settings JSON: title, introduction, logo, accent colour, deadlines (see Data/report-settings.example.json).")
    var settings: String?

    @Option(name: .long, help: "Date printed on the reports, YYYY-MM-DD (default today, or CAPINDEX_NOW).")
    var date: String?

    /// The formats asked for, in the order given.
    var formats: [ReportFormat] { (try? Self.formats(format)) ?? ReportFormat.allCases }

    func validate() throws {
        _ = try Self.formats(format)
        try Self.checkDate(date)
        if let s = settings, let problem = Application.settingsProblem(path: s) {
            throw ValidationError("--settings: \(problem)")
        }
    }

    /// Parses `md`, `html` or `md,html`.
    static func formats(_ text: String) throws -> [ReportFormat] {
        let asked = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let out = asked.compactMap(ReportFormat.init(rawValue:))
        if out.count != asked.count || out.isEmpty { throw ValidationError("--format takes md, html or md,html, not '\(text)'.") }
        return out
    }

    /// A real calendar date written YYYY-MM-DD.
    static func checkDate(_ date: String?) throws {
        if let d = date, SubmissionValidator.parseDate(d) != d {
            throw ValidationError("--date '\(d)' is not a date: write it as YYYY-MM-DD, e.g. 2027-01-20.")
        }
    }
}
