import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore

/// What the report date decides on a run's pages and exports, as stable keys rather than
/// text: each W115–W117 raised at the date by challenge or action id, whether the newest
/// Ofsted publication imported is more than six months old (I009), and whether the year's
/// deadline has passed (the feedback pages' "what to do next"). A run compares these, not
/// the date itself, so a daily cron run rewrites nothing until one of them changes; the
/// pages it leaves alone keep the date of the run that wrote them.
enum DateResults {
    /// The keys at the run's report date, one a line (`W116 A-2`, `I009 Ofsted`, `deadline passed`).
    static func key(store: Store, request: RunRequest) throws -> String {
        guard let day = CalendarDay(request.reportDate) else { return "date \(request.reportDate)" }
        var keys: [String] = []
        if let bound = try store.currentFramework() {
            let rules = ImprovementRules(
                framework: bound.framework, challenges: try store.currentChallenges(), actions: try store.currentActions())
            keys += rules.dateDependentKeys(reportDate: day)
        }
        if let newest = try store.newestOfstedPublication(),
            EvidenceFreshness.ofstedOutOfDate(newest: newest, reportDate: request.reportDate)
        {
            keys.append("I009 Ofsted")
        }
        let window = (try? request.settingsPath.map { try ReportSettings.load(path: $0).window }) ?? nil
        if let deadline = window?.deadline(year: request.year), request.reportDate > deadline { keys.append("deadline passed") }
        return keys.joined(separator: "\n")
    }
}
