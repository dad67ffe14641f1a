import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Ofsted ILACS outcomes: import, the latest judgement per area before a date (W111).
@Suite struct EvidenceOfstedTests {
    typealias F = EvidenceFixtures

    @Test func outcomesFileWithUKDatesBlanksAndProblems() throws {
        let store = try F.realStore()
        let report = try OfstedImporter(store: store, now: F.now).importFiles([F.evidence("ofsted-outcomes.csv")])
        let file = try #require(report.files.first)
        #expect(file.status == .imported && file.valuesNew == 3)
        let reasons = file.ignored.map(\.reason)
        #expect(reasons.contains("the LA code matches no LA of the register: 'E06999999'"))
        #expect(reasons.contains("'31/02/2024' is not a date (YYYY-MM-DD or DD/MM/YYYY)"))
        #expect(reasons.contains { $0.hasPrefix("judgement 'Grand'") })
        #expect(F.codes(report, "I007").first?.message.contains("3 inspections of 1 LA (3 new, 0 changed, 0 unchanged)") == true)
        let index = try store.evidenceIndex()
        // Barnsley by its previous ONS code, its current one and its 3-digit code: one LA.
        #expect(index.inspections(laCode: "370").map(\.inspectionDate) == ["2019-01-14", "2024-09-02", "2025-09-01"])
        // Published 2025-11-01 is not before 1 November 2025: 2025 uses the 2024 inspection.
        #expect(
            index.latestJudgement(laCode: "370", area: .helpProtection, publishedBefore: "2025-11-01")
                == OfstedFact(grade: .requiresImprovement, published: "2024-10-31"))
        // Care leavers were not judged in 2024: look further back.
        #expect(
            index.latestJudgement(laCode: "370", area: .careLeavers, publishedBefore: "2025-11-01")
                == OfstedFact(grade: .inadequate, published: "2019-03-01"))
        #expect(index.latestJudgement(laCode: "370", area: .overall, publishedBefore: "2026-11-01")?.grade == .inadequate)
        #expect(index.latestJudgement(laCode: "370", area: .overall, publishedBefore: "2019-03-01") == nil)
        // Re-import: nothing changes.
        let again = try OfstedImporter(store: store, now: F.now).importFiles([F.evidence("ofsted-outcomes.csv")])
        #expect(again.files.map(\.status) == [.unchanged])
    }

    @Test func notAnOutcomesFile() throws {
        let store = try F.realStore()
        let report = try OfstedImporter(store: store, now: F.now).importFiles([F.evidence("lait-release-1.csv")])
        #expect(report.rejectedFiles == 1 && F.codes(report, "W004").count == 1)
    }

    @Test func dates() {
        #expect(OfstedOutcomesReader.isoDate("2024-02-29") == "2024-02-29")
        #expect(OfstedOutcomesReader.isoDate("29/02/2023") == nil)
        #expect(OfstedOutcomesReader.isoDate("1/3/2019") == "2019-03-01")
        #expect(OfstedOutcomesReader.isoDate("2019-13-01") == nil)
        #expect(OfstedOutcomesReader.isoDate("") == nil)
    }

    @Test func realFilesLatestJudgementsForW111() throws {
        let store = try F.realStore()
        _ = try OfstedImporter(store: store, now: F.now).importFiles([
            F.data("ofsted/ofsted_ilacs_latest_2025.csv"), F.data("ofsted/ofsted_ilacs_history_2018_2025.csv"),
        ])
        let index = try store.evidenceIndex()
        // Barnsley: Good overall, help and protection Requires improvement (published 2023-10-27).
        #expect(
            index.latestJudgement(laCode: "370", area: .helpProtection, publishedBefore: "2025-11-01")
                == OfstedFact(grade: .requiresImprovement, published: "2023-10-27"))
        // Before the 2023 report: the 2018 inspection, which did not judge care leavers.
        #expect(index.latestJudgement(laCode: "370", area: .helpProtection, publishedBefore: "2023-10-01")?.grade == .good)
        #expect(index.latestJudgement(laCode: "370", area: .careLeavers, publishedBefore: "2023-10-01") == nil)
        // Northamptonshire's inspections stay with 928; its successors have their own.
        #expect(index.inspections(laCode: "928").map(\.publicationDate) == ["2019-07-29"])
        #expect(index.latestJudgement(laCode: "940", area: .overall, publishedBefore: "2025-11-01")?.grade == .requiresImprovement)
    }
}
