import CapIndexDomain
import CapIndexReports
import CapIndexStore

/// Reads, once per report write, everything the pages of one year need: the recorded
/// run and its results, the submissions (with the agreed ratings laid over them) and their
/// versions, the status boards (judged against the region's deadlines) and notices, the
/// evidence, the matching of each region, and the improvement loop at the report date.
enum ReportSnapshot {
    static func load(
        store: Store, run: ScoreRun, year: Int, regions: [String], reportDate: String, window: SubmissionWindow = .none
    ) throws -> ReportData {
        guard let bound = try store.currentFramework() else {
            throw ReportError(.notInitialised, "the database has no framework yet — run capindex init or capindex ingest first")
        }
        let register = try store.loadRegister()
        let current = try ScoringInput.current(store)
        let boards = try store.statusBoards(year: year, regions: regions).mapValues { $0.applying(window) }
        let notices = try store.notices(submissionIDs: current.filter { $0.year == year }.map(\.id))
        let evidence = try store.evidenceIndex()
        let matching = SupportMatching(framework: bound.framework, register: register, submissions: current, evidence: evidence)
            .matchAll(years: [year], regions: Set(regions))
        return ReportData(
            framework: bound.framework, register: register, run: run, results: try store.scoreResults(run: run), current: current,
            versions: try store.submissionVersions(year: year), statusBoards: boards, notices: notices,
            matching: Dictionary(matching.map { ($0.region, $0) }, uniquingKeysWith: { a, _ in a }),
            evidence: evidence, ofstedImported: try store.hasOfstedInspections(),
            improvement: try ImprovementSnapshot.load(
                store: store, framework: bound.framework, register: register, reportDate: reportDate, year: year))
    }
}
