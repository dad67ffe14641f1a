import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default ./capindex.sqlite, or CAPINDEX_DB).")
    var db: String?

    @Flag(name: .long, help: "Print machine-readable JSON on standard output.")
    var json = false

    @Flag(name: .long, help: "Print errors only.")
    var quiet = false

    /// The database path to use.
    var databasePath: String { db ?? Workspace.defaultDatabasePath() }
}

/// `--year Y | --all-years` and `--region R | --all-regions`.
struct ScopeOptions: ParsableArguments {
    @Option(name: .long, help: "The submission year (the November of the cycle), e.g. 2026.")
    var year: Int?

    @Flag(name: .long, help: "Every year that has submissions.")
    var allYears = false

    @Option(name: .long, help: "The region, as the register names it (e.g. \"Yorkshire and The Humber\").")
    var region: String?

    @Flag(name: .long, help: "Every region.")
    var allRegions = false

    func validate() throws {
        if year != nil && allYears { throw ValidationError("Give --year or --all-years, not both.") }
        if region != nil && allRegions { throw ValidationError("Give --region or --all-regions, not both.") }
        if let y = year, !(2000...2100).contains(y) { throw ValidationError("--year \(y) is not a year from 2000 to 2100.") }
    }
}

/// Where and how `report` and `run` write pages: `--out`, `--format`, `--settings`, `--date`.
struct ReportOutputOptions: ParsableArguments {
    @Option(name: .long, help: "Folder to write into (reports; with run, also exports/).")
    var out: String

    @Option(name: .long, help: "Report formats, comma-separated: md, html (default md,html).")
    var format: String = "md,html"

    @Option(name: .long, help: "Report settings JSON: title, introduction, logo, accent colour (see Data/report-settings.example.json).")
    var settings: String?

    @Option(name: .long, help: "Date printed on the reports, YYYY-MM-DD (default today, or CAPINDEX_NOW).")
    var date: String?

    /// The formats asked for, in the order given.
    var formats: [ReportFormat] { (try? Self.formats(format)) ?? ReportFormat.allCases }

    func validate() throws {
        _ = try Self.formats(format)
        try Self.checkDate(date)
        if let s = settings {
            do { _ = try ReportSettings.load(path: s) } catch let e as ReportError {
                throw ValidationError("--settings: \(e.message)")
            }
        }
    }

    /// The report date: `--date`, else the date of `now`.
    func reportDate(now: String) -> String { date ?? String(now.prefix(10)) }

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

/// Printing for commands: text for people, JSON for scripts.
enum Console {
    static func out(_ s: String) { print(s) }
    static func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    /// Prints a value as pretty, key-sorted JSON.
    static func json<T: Encodable>(_ value: T) {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let d = try? e.encode(value) { print(String(decoding: d, as: UTF8.self)) }
    }

    /// Runs a command body, turning failures into SPEC 7 exit code 3 with a clear message.
    static func guarded(_ body: () throws -> Void) throws {
        do { try body() } catch let e as ExitCode { throw e } catch let e as ValidationError { throw e } catch {
            err("error: \(error)")
            throw ExitCode(3)
        }
    }
}

/// A plain text table for the terminal.
struct TextTable {
    var header: [String]
    var rows: [[String]]

    func render() -> String {
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }
}
