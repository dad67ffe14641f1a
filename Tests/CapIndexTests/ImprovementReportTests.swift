import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexReports
@testable import CapIndexStore

/// The pages of the improvement loop (SPEC 6 and 9) on the worked example with a small
/// programme (`Fixtures/improvement/`): the improvement page and the summit compared with
/// committed references, the pack's section 4, and the status board's resubmission note.
@Suite struct ImprovementReportTests {
    static let reportDate = "2027-09-30"

    /// The worked example with its evidence and the three improvement files, reports written.
    static func written(after: ((PipelineRun) throws -> Void)? = nil) throws -> String {
        let run = try PipelineRun.workedExample()
        for kind in ImprovementKind.allCases {
            let r = try ImprovementImporter(store: run.store, now: PipelineRun.now)
                .importFiles(kind, paths: [Repo.fixture("improvement/\(kind.rawValue).csv")])
            #expect(r.errorCount == 0, "\(r.diagnostics)")
        }
        try after?(run)
        let out = Repo.tempDir("capindex-improvement")
        let request = ReportRequest(
            year: 2026, regions: ["Example Region"], settings: .default, reportDate: reportDate, scoredAt: PipelineRun.now)
        _ = try ReportWriter.write(store: run.store, request: request, to: out)
        return out + "/example-region/2026"
    }

    @Test(arguments: ["md", "html"])
    func theImprovementPageAndTheSummitMatchTheirReferences(format: String) throws {
        let dir = try Self.written()
        for name in ["improvement", "summit"] {
            let text = try String(contentsOfFile: "\(dir)/\(name).\(format)", encoding: .utf8)
            ReportSnapshot.check(text, named: "loop-\(name).\(format)")
        }
    }

    @Test func theImprovementPageSaysWhoHasAndHasNotBeenChallengedAndPutsOverdueFirst() throws {
        let md = try String(contentsOfFile: try Self.written() + "/improvement.md", encoding: .utf8)
        #expect(md.contains("**Received a challenge in this round:** Brackwater; Coldharbour."))
        #expect(md.contains("**Not yet challenged in 2026/27:** Ashdown."))
        #expect(md.contains("| PC-02 (round 1) | Brackwater |"))
        #expect(md.contains("Not endorsed") && md.contains("| Not endorsed before the start |"))
        #expect(md.contains("Not an area for development · No action plan") && !md.contains("W11"), "flags in words, no codes (audit 8)")
        let coldharbour = try #require(md.range(of: "### Coldharbour"))
        let a2 = try #require(md.range(of: "| A-2 |", range: coldharbour.upperBound..<md.endIndex))
        let a1 = try #require(md.range(of: "| A-1 |", range: coldharbour.upperBound..<md.endIndex))
        #expect(a2.lowerBound < a1.lowerBound, "the overdue action comes before the complete one")
    }

    @Test func thePackShowsBothRatingsItsChallengesItsActionsAndLastYears() throws {
        let pack = try String(contentsOfFile: try Self.written() + "/challenge-101.md", encoding: .utf8)
        #expect(pack.contains("self-assessed Good, agreed Requires improvement at the challenge event on 21 January 2027"))
        #expect(pack.contains("## Peer challenge and actions"))
        #expect(pack.contains("| PC-03 (round 2) | Social work workforce | Brackwater |"))
        #expect(pack.contains("Ashdown leads: PC-01 at Coldharbour (Front door, Workforce); PC-02 at Brackwater (Children in care)."))
        #expect(pack.contains("| A-4 | challenge event 2026/27 |"))
        let lastYear = try #require(pack.range(of: "### Last year's actions and where they ended"))
        #expect(pack[lastYear.upperBound...].contains("| A-0 | challenge event 2025/26 | Front door | Re-referral audit |"))
        let none = try String(contentsOfFile: try Self.written() + "/challenge-102.md", encoding: .utf8)
        #expect(none.contains("No action of 2025/26 on record."))
    }

    @Test func aResubmissionAfterTheEventKeepsTheAgreedRatingsAndTheBoardSaysSo() throws {
        let dir = try Self.written { run in
            let csv = try String(contentsOfFile: Repo.fixture("worked-example/inputs/submissions/example-2026.csv"), encoding: .utf8)
                .replacingOccurrences(of: "Too many moves for teenagers", with: "Too many moves for teenagers; panel since February")
            let path = run.dir + "/101-v2.csv"
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            let r = try Ingester(store: run.store, now: "2027-02-15T10:00:00Z").ingest(paths: [path])
            #expect(r.storedVersions.contains { $0.laCode == "101" && $0.version == 2 })
        }
        let status = try String(contentsOfFile: dir + "/status.md", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("| [Ashdown]") })
        #expect(line.contains("Resubmitted after the challenge event"))
        let summit = try String(contentsOfFile: dir + "/summit.md", encoding: .utf8)
        #expect(
            summit.contains("| [Ashdown](challenge-101.md) | 77.8 | 70.4 | −7.4 | Strong capacity → Secure |"),
            "the agreed rating still stands")
    }

    /// Audit finding 1: the pack's "what changed" compares the versions as the LA sent them,
    /// as `diff` and the board do; the agreed rating of the event is not a change the LA made.
    @Test func thePacksWhatChangedIgnoresTheAgreedRatingOfTheEvent() throws {
        var diff: SubmissionDiff?
        let dir = try Self.written { run in
            let csv = try String(contentsOfFile: Repo.fixture("worked-example/inputs/submissions/example-2026.csv"), encoding: .utf8)
                .replacingOccurrences(of: "J. Ashworth", with: "Jo Ashworth")
            let path = run.dir + "/101-v2.csv"
            try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
            _ = try Ingester(store: run.store, now: "2027-02-15T10:00:00Z").ingest(paths: [path])
            let bound = try #require(try run.store.currentFramework())
            let (a, b) = try #require(SubmissionDiff.defaultPair(in: try run.store.versions(laCode: "101", year: 2026)))
            diff = SubmissionDiff(from: a, to: b, framework: bound.framework)
        }
        #expect(diff?.changedThemes.isEmpty == true && diff?.submissionChanges == [.cxSignoff])
        let pack = try String(contentsOfFile: dir + "/challenge-101.md", encoding: .utf8)
        let changed = try #require(pack.range(of: "## What changed from the previous version"))
        let section = String(pack[changed.upperBound...].prefix { $0 != "#" })
        #expect(section.contains("| Submission | signed off by | J. Ashworth | Jo Ashworth |"), "\(section)")
        #expect(!section.contains("rating"), "the agreed rating is no change of the LA's: \(section)")
        #expect(pack.contains("self-assessed Good, agreed Requires improvement"), "both ratings are still shown")
    }
}
