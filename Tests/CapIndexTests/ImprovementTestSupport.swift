import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexStore

/// Writes improvement files into a run's folder and imports them through the real path
/// (`ImprovementImporter`: file → table reader → row checks → store).
extension PipelineRun {
    /// Writes `text` to `name` in the run's folder and imports it as `kind`.
    @discardableResult
    func importText(_ kind: ImprovementKind, _ name: String, _ text: String, now: String = PipelineRun.now) throws
        -> ImprovementImportReport
    {
        let path = dir + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try ImprovementImporter(store: store, now: now).importFiles(kind, paths: [path])
    }

    /// The W113–W117 flags at a report date, as the pages and exports judge them.
    func improvementFlags(at date: String) throws -> [ChallengeFlag] {
        let bound = try #require(try store.currentFramework())
        return try ImprovementSnapshot.load(
            store: store, framework: bound.framework, register: try store.loadRegister(), reportDate: date, year: nil
        ).flags
    }
}

/// The header lines of the three files.
enum ImprovementCSV {
    static let outcomes = "la_code,year,theme,agreed_rating,note,agreed_on\n"
    static let challenges = "challenge_id,la_code,round,theme,lead_la_code,starts_on,ends_on,cx_endorsed_on,report_on\n"
    static let actions = "action_id,la_code,source,theme,action,owner,due_on,status,updated_on,note\n"
}
