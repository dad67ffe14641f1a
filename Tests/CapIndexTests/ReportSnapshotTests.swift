import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Every report page type, Markdown and HTML, on the worked example's data (submissions,
/// indicator files and Ofsted outcomes), compared with the committed references.
@Suite struct ReportSnapshotTests {
    static let reportDate = "2027-01-20"

    /// The worked example with its evidence, reports written to a temporary folder.
    static func written() throws -> (dir: String, pages: [WrittenPage]) {
        let run = try PipelineRun.workedExample()
        _ = try EvidenceImporter(store: run.store, now: PipelineRun.now)
            .importIndicators(paths: [Repo.fixture("worked-example/inputs/indicators")])
        _ = try OfstedImporter(store: run.store, now: PipelineRun.now)
            .importFiles([Repo.fixture("worked-example/inputs/ofsted/ilacs-outcomes.csv")])
        let out = Repo.tempDir("capindex-reports")
        let request = ReportRequest(
            year: 2026, regions: ["Example Region"], settings: .default, reportDate: reportDate,
            scoredAt: PipelineRun.now)
        let pages = try ReportWriter.write(store: run.store, request: request, to: out)
        return (out + "/example-region/2026", pages)
    }

    static let pageNames = [
        "index", "status", "feedback-102", "challenge", "challenge-101", "challenge-103", "challenge-all", "summit", "trends",
        "improvement",
    ]

    @Test(arguments: ["md", "html"])
    func everyPageTypeMatchesItsReference(format: String) throws {
        let (dir, _) = try Self.written()
        for name in Self.pageNames {
            let text = try String(contentsOfFile: "\(dir)/\(name).\(format)", encoding: .utf8)
            ReportSnapshot.check(text, named: "\(name).\(format)")
        }
    }

    @Test func theWorkedExampleWritesTheExpectedPages() throws {
        let (dir, pages) = try Self.written()
        let names = pages.map { ($0.path as NSString).lastPathComponent }.sorted()
        let stems = [
            "challenge", "challenge-101", "challenge-102", "challenge-103", "challenge-all", "feedback-101", "feedback-102", "feedback-103",
            "improvement", "index", "status", "summit", "trends",
        ]
        #expect(names == stems.flatMap { ["\($0).html", "\($0).md"] }.sorted())
        #expect(pages.allSatisfy { $0.path.hasPrefix(dir) && $0.changed })
    }
}
