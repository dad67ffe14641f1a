import CapIndexDomain
import CapIndexReports
import Foundation

extension Application {
    /// The demo's region and year.
    public static let demoRegion = "Yorkshire and The Humber"
    /// The year the demo reports on.
    public static let demoYear = 2026
    /// The demo's report date when `--date` is not given: late in the 2026/27 cycle, after
    /// the challenge event, both peer challenge rounds and two updates of the action
    /// tracker, so every stage of the improvement loop (and W113–W117) is on its pages.
    public static let demoDate = "2027-09-30"

    /// `demo`: `run` on the bundled demo data (the submissions of Yorkshire and The Humber
    /// 2024–2026, the published indicator files and Ofsted outcomes, the January outcomes,
    /// the peer challenge programme and the action tracker) into `outDir`, with
    /// its own database there unless one is given. The built-in files are written under
    /// `outDir/inputs/` (unchanged ones left alone, so the demo stays idempotent);
    /// `CAPINDEX_DATA` may point at a folder with its own `demo/`, `evidence/` and `ofsted/`.
    public func demo(outDir: String, database: String?, reportDate: String?, events: RunEvents = .silent) throws -> RunOutcome {
        try AtomicFile.prepareFolder(outDir)
        let inputs = (outDir as NSString).appendingPathComponent("inputs")
        let data = environment.data
        let command = RunCommand(
            submissions: [try data.folder("demo", materialisingUnder: inputs)],
            evidence: [try data.folder("evidence", materialisingUnder: inputs), try data.folder("ofsted", materialisingUnder: inputs)],
            year: Self.demoYear, regions: .named(Self.demoRegion), outDir: outDir, formats: ReportFormat.allCases,
            settingsPath: nil, reportDate: reportDate ?? Self.demoDate,
            improvement: Dictionary(
                uniqueKeysWithValues: try ImprovementKind.allCases.map { ($0, [try data.folder($0.rawValue, materialisingUnder: inputs)]) })
        )
        return try run(database: database ?? (outDir as NSString).appendingPathComponent("capindex.sqlite"), command, events: events)
    }
}
