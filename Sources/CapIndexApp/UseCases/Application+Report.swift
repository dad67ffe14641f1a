import CapIndexDomain
import CapIndexReports

/// What `report` wrote.
public struct ReportSummary: Sendable {
    /// The regions covered.
    public var regions: [String]
    /// Every page, with whether its content changed.
    public var pages: [WrittenPage]
    /// Notices of report time (I009: evidence possibly out of date).
    public var notices: [Diagnostic] = []
}

extension Application {
    /// `report`: the pages of one year for the regions covered, scoring first when the
    /// scores are older than their inputs. A year or region where no LA sent anything writes nothing.
    public func report(
        database: String?, year: Int, regions choice: RegionChoice, kinds: [ReportKind], formats: [ReportFormat],
        settingsPath: String?, reportDate: String?, outDir: String
    ) throws -> ReportSummary {
        if kinds.contains(.england) && choice != .all {
            throw AppError(
                .usage, "england_needs_all_regions", "the england report compares every region",
                hint: "give --all-regions with it: capindex report england --all-regions --year \(year) --out DIR")
        }
        return try readingScored(databasePath(database), command: "capindex report") { store, run, _ in
            let regions = try RegionScope(store: store).regions(choice, year: year, basis: .attempts)
            let settings = try settingsPath.map { try ReportSettings.load(path: $0) } ?? .default
            let request = ReportRequest(
                year: year, regions: regions, kinds: kinds, formats: formats, settings: settings,
                reportDate: reportDate ?? String(environment.now.prefix(10)), scoredAt: environment.now)
            let (pages, notices) = try ReportWriter.writeWithNotices(store: store, run: run, request: request, to: outDir)
            return ReportSummary(regions: regions, pages: pages, notices: notices)
        }
    }

    /// Checks a report settings file as `--settings` gives it: nil when it is usable, else
    /// what is wrong and how to fix it.
    public static func settingsProblem(path: String) -> String? {
        do { _ = try ReportSettings.load(path: path) } catch let e as ReportError { return e.message } catch { return "\(error)" }
        return nil
    }
}
