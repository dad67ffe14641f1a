import CapIndexDomain
import CapIndexReports
import CapIndexStore

/// Reads, once per report write, everything the pages of one year need: the recorded
/// run and its results, the submissions and their versions, the status boards and
/// notices, the evidence, and the matching of each region.
enum ReportSnapshot {
    static func load(store: Store, run: ScoreRun, year: Int, regions: [String]) throws -> ReportData {
        guard let bound = try store.currentFramework() else {
            throw ReportError(.notInitialised, "the database has no framework yet — run capindex init or capindex ingest first")
        }
        let register = try store.loadRegister()
        let current = try store.currentSubmissions()
        var boards: [String: StatusBoard] = [:]
        for region in regions { boards[region] = try store.statusBoard(year: year, region: region) }
        var notices: [Int: [StoredNotice]] = [:]
        for s in current where s.year == year { notices[s.id] = try store.notices(submissionID: s.id) }
        let evidence = try store.evidenceIndex()
        let matching = SupportMatching(framework: bound.framework, register: register, submissions: current, evidence: evidence)
            .matchAll(years: [year], regions: Set(regions))
        return ReportData(
            framework: bound.framework, register: register, run: run, results: try store.scoreResults(run: run), current: current,
            versions: try store.submissionVersions(year: year), statusBoards: boards, notices: notices,
            matching: Dictionary(matching.map { ($0.region, $0) }, uniquingKeysWith: { a, _ in a }),
            evidence: evidence, ofstedImported: try store.hasOfstedInspections())
    }
}
