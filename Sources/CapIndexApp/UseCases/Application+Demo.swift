import CapIndexReports
import Foundation

extension Application {
    /// The demo's region and year.
    public static let demoRegion = "Yorkshire and The Humber"
    /// The year the demo reports on.
    public static let demoYear = 2026

    /// `demo`: `run` on the bundled demo data (the submissions of Yorkshire and The Humber
    /// 2024–2026, the published indicator files and Ofsted outcomes) into `outDir`, with
    /// its own database there unless one is given. The built-in files are written under
    /// `outDir/inputs/` (unchanged ones left alone, so the demo stays idempotent);
    /// `CAPINDEX_DATA` may point at a folder with its own `demo/`, `evidence/` and `ofsted/`.
    public func demo(outDir: String, database: String?, reportDate: String?, events: RunEvents = .silent) throws -> RunOutcome {
        try FileManager.default.createDirectory(atPath: outDir, withIntermediateDirectories: true)
        let inputs = (outDir as NSString).appendingPathComponent("inputs")
        let data = environment.data
        let command = RunCommand(
            submissions: [try data.folder("demo", materialisingUnder: inputs)],
            evidence: [try data.folder("evidence", materialisingUnder: inputs), try data.folder("ofsted", materialisingUnder: inputs)],
            year: Self.demoYear, regions: .named(Self.demoRegion), outDir: outDir, formats: ReportFormat.allCases,
            settingsPath: nil, reportDate: reportDate)
        return try run(database: database ?? (outDir as NSString).appendingPathComponent("capindex.sqlite"), command, events: events)
    }
}
