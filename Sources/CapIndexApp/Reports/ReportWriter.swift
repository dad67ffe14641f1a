import CapIndexDomain
import CapIndexReports
import CapIndexStore
import Foundation

/// The report use case (SPEC 6): `DIR/<region-slug>/<year>/index`, `status`, `challenge`,
/// `challenge-<la_code>`, `summit` and `trends`, and with every region `DIR/england/<year>/england`,
/// each as `.md` and/or `.html`, every file written atomically and left alone when its
/// content is unchanged.
public enum ReportWriter {
    /// Scores first when the scores are older than their inputs, then reads one snapshot
    /// of the recorded run and hands it to the report builder. Returns every file, with
    /// whether it changed.
    public static func write(store: Store, request: ReportRequest, to dir: String) throws -> [WrittenPage] {
        try writeWithNotices(store: store, request: request, to: dir).pages
    }

    /// ``write(store:request:to:)``, and the notices of report time: I009 for evidence that
    /// may be out of date at the report date (SPEC 5), for the terminal as the overview says it.
    /// `run` is the recorded run to read when the caller has just found or made it (the
    /// score stage, `readingScored`); without it the run is found, or made, here.
    public static func writeWithNotices(store: Store, run known: ScoreRun? = nil, request: ReportRequest, to dir: String) throws -> (
        pages: [WrittenPage], notices: [Diagnostic]
    ) {
        guard SubmissionValidator.parseDate(request.reportDate) == request.reportDate else {
            throw ReportError(
                .reportDateInvalid, "report date '\(request.reportDate)' is not a date — write it as YYYY-MM-DD, e.g. 2027-01-20")
        }
        try request.settings.validate()
        let logo = try request.settings.logoPath.map { try ReportLogo.load(path: $0) }
        let run = try known ?? ScoreStage.ensureFresh(store: store, now: request.scoredAt ?? AppEnvironment.clock()).run
        let data = try ReportSnapshot.load(
            store: store, run: run, year: request.year, regions: request.regions, reportDate: request.reportDate,
            window: request.settings.window)
        let book = ReportBook(data: data, settings: request.settings)
        let regional = request.kinds.filter { $0 != .england }
        var written: [WrittenPage] = []
        var summits: Set<String> = []
        for region in request.regions where !regional.isEmpty {
            let folder = (dir as NSString).appendingPathComponent(ReportPaths.folder(region: region, year: request.year))
            try AtomicFile.prepareFolder(folder)
            let linked = kindsPresent(in: folder, requested: regional, formats: request.formats)
            if linked.contains(.summit) { summits.insert(region) }
            let pages = try book.render(
                region: region, year: request.year, requested: regional, linked: linked, formats: request.formats,
                reportDate: request.reportDate, logo: logo)
            for page in pages {
                let path = (folder as NSString).appendingPathComponent(page.fileName)
                written.append(WrittenPage(path: path, changed: try AtomicFile.write(page.text, to: path)))
            }
        }
        if request.kinds.contains(.england) {
            let folder = (dir as NSString).appendingPathComponent(ReportPaths.englandFolder(year: request.year))
            try AtomicFile.prepareFolder(folder)
            // A region's summit is linked when it is written now or an earlier report left it there.
            for region in data.register.regions where !summits.contains(region) {
                let other = (dir as NSString).appendingPathComponent(ReportPaths.folder(region: region, year: request.year))
                if kindsPresent(in: other, requested: [], formats: request.formats).contains(.summit) { summits.insert(region) }
            }
            let pages = book.renderEngland(
                year: request.year, formats: request.formats, reportDate: request.reportDate, logo: logo, summitRegions: summits)
            for page in pages {
                let path = (folder as NSString).appendingPathComponent(page.fileName)
                written.append(WrittenPage(path: path, changed: try AtomicFile.write(page.text, to: path)))
            }
        }
        let notices = EvidenceFreshness.check(data.evidence, year: request.year, reportDate: request.reportDate).map(\.diagnostic)
        return (written, notices)
    }

    /// The kinds asked for now plus those an earlier run left in the folder, so the
    /// index and the navigation link every report that is there.
    static func kindsPresent(in folder: String, requested: [ReportKind], formats: [ReportFormat]) -> [ReportKind] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return ReportKind.regional.filter { k in
            if requested.contains(k) { return true }
            // The status report writes the feedback pages too; they have no page of their own.
            if k == .feedback {
                return requested.contains(.status)
                    || names.contains { n in n.hasPrefix("feedback-") && formats.contains { n.hasSuffix(".\($0.rawValue)") } }
            }
            return formats.contains { f in names.contains("\(k.rawValue).\(f.rawValue)") }
        }
    }
}
