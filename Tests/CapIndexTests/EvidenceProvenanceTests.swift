import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Provenance of evidence (SPEC 5): each value keeps its file, layout, SHA-256, import
/// time and its period label as published; a value another file gave is never replaced
/// silently (I008); stale evidence is said at report time (I009).
@Suite struct EvidenceProvenanceTests {
    typealias F = EvidenceFixtures

    @Test func periodLabelsAreTheFilesOwn() {
        let fy = IndicatorDefinition(
            id: "a", title: "A", unit: "%", polarity: .lower, periodMeaning: "year ending 31 March", laitYearType: "Financial Year")
        let ay = IndicatorDefinition(id: "b", title: "B", unit: "%", polarity: .higher, laitYearType: "Academic Year")
        let sept = IndicatorDefinition(id: "c", title: "C", unit: "%", polarity: .lower, laitYearType: "Annual (end of Sept)")
        let cal = IndicatorDefinition(id: "d", title: "D", unit: "%", polarity: .higher, laitYearType: "Calendar Year")
        func label(_ l: EvidenceLayoutKind?, _ t: String?, _ p: String, _ y: Int, _ i: IndicatorDefinition?) -> String {
            PeriodLabel.text(layout: l, timeIdentifier: t, published: p, period: y, indicator: i)
        }
        // EES: the row's time_identifier with its period.
        #expect(label(.ees, "Reporting year", "2025", 2025, fy) == "Reporting year 2025")
        #expect(label(.ees, "Academic year", "202425", 2025, ay) == "Academic year 2024/25")
        #expect(label(.ees, "Financial year", "202425", 2025, fy) == "Financial year 2024-25")
        // LAIT: the dictionary's Year_Type from the catalogue; the year is the period's end.
        #expect(label(.lait, nil, "2025", 2025, fy) == "Financial year 2024-25")
        #expect(label(.lait, nil, "2025", 2025, ay) == "Academic year 2024/25")
        #expect(label(.lait, nil, "2025", 2025, sept) == "Annual (end of Sept) 2025")
        #expect(label(.lait, nil, "2024", 2024, cal) == "Calendar year 2024")
        #expect(label(.lait, nil, "2010", 2010, fy) == "Financial year 2009-10")
        // Tidy: the catalogue's meaning of the period; never a bare number.
        #expect(label(.tidy, nil, "2025", 2025, fy) == "2025 (year ending 31 March)")
        #expect(label(.tidy, nil, "2025", 2025, IndicatorDefinition(id: "e", title: "E", unit: "%", polarity: .none)) == "Period 2025")
    }

    @Test func sourceNotesNumberEachFileOnceInCitationOrder() {
        let a = EvidenceSourceFile(
            id: 7, fileName: "/data/in/lait.csv", layout: .lait, sha256: String(repeating: "ab", count: 32),
            importedAt: "2026-11-23T09:00:00Z")
        let b = EvidenceSourceFile(
            id: 3, fileName: "ees.csv", layout: .ees, sha256: String(repeating: "cd", count: 32), importedAt: "2026-11-24T10:30:00Z")
        var s = PackSources()
        #expect(s.cite(b, release: "Children in need, DfE") == 1)
        #expect(s.cite(a, release: "Children in need, DfE") == 2)
        #expect(s.cite(b, release: "Other, DfE") == 1)
        #expect(s.cite(nil, release: "x") == nil)
        #expect(PackSources.marker([2, nil, 2]) == "source 2" && PackSources.marker([1, 2]) == "sources 1, 2")
        let lines = s.lines.map { $0.map { if case .text(let t) = $0 { t } else { "" } }.joined() }
        #expect(
            lines == [
                "ees.csv: DfE, Explore Education Statistics open data, from the release Children in need, DfE; Other, DfE; SHA-256 cdcdcdcdcdcd…, imported 24 November 2026, 10:30 UTC.",
                "lait.csv: DfE, Local Authority Interactive Tool download, from the release Children in need, DfE; SHA-256 abababababab…, imported 23 November 2026, 09:00 UTC.",
            ])
    }

    static func tidy(_ rows: String) throws -> String {
        try F.temporaryFile("turnover.csv", Array(("time_period,old_la_code,indicator,value\n" + rows).utf8))
    }

    @Test func aValueAnotherFileGaveIsReplacedWithNoticeI008() throws {
        let store = try F.workedExampleStore()
        let first = try Self.tidy("2025,101,sw_turnover_pct,24.0\n2025,102,sw_turnover_pct,15.0\n2025,104,sw_turnover_pct,c\n")
        let second = try Self.tidy(
            "2025,101,sw_turnover_pct,25.0\n2025,102,sw_turnover_pct,15.0\n2025,103,sw_turnover_pct,9.5\n2025,104,sw_turnover_pct,16\n")
        let r1 = try F.importIndicators(store, [first])
        #expect(F.codes(r1, "I008").isEmpty)
        let r2 = try EvidenceImporter(store: store, now: "2026-11-24T10:00:00Z").importIndicators(paths: [second])
        let notices = F.codes(r2, "I008")
        #expect(notices.count == 1)
        #expect(
            notices.first?.message
                == "2 values changed that turnover.csv (imported 2026-12-01T09:00:00Z) had given, e.g. sw_turnover_pct 2025 LA 101: 24 → 25; sw_turnover_pct 2025 LA 104: missing (code c) → 16"
        )
        let replacements = try store.evidenceReplacements()
        #expect(replacements.count == 1 && replacements[0].count == 2 && replacements[0].examples.count == 2)
        #expect(replacements[0].previous.fileName == first && replacements[0].file.fileName == second)
        // Provenance: every value cites the latest file that gave it, unchanged ones included.
        let index = try store.evidenceIndex()
        for la in ["101", "102", "103", "104"] {
            let e = try #require(index.evidence(laCode: la, indicator: "sw_turnover_pct", year: 2026))
            #expect(e.source?.fileName == second, "\(la)")
            #expect(e.source?.layout == .tidy && e.source?.importedAt == "2026-11-24T10:00:00Z" && e.source?.sha256.count == 64)
        }
        #expect(index.evidence(laCode: "101", indicator: "sw_turnover_pct", year: 2026)?.periodName == "2025 (year ending 30 September)")
    }

    @Test func eesValuesKeepTheirTimeIdentifier() throws {
        let store = try F.workedExampleStore()
        try F.importIndicators(store, [F.workedExample("inputs/indicators/referrals-ees.csv")])
        let index = try store.evidenceIndex()
        let e = try #require(index.evidence(laCode: "103", indicator: "rereferral_pct", year: 2026))
        #expect(e.periodName == "Reporting year 2025")
        #expect(e.source?.baseName == "referrals-ees.csv" && e.source?.layout == .ees)
        #expect(e.publishedRegionalArea == "Example Region" && e.comparatorSource == nil)
    }

    @Test func freshnessWarnsAboutOldOfstedAndOldPeriods() throws {
        let store = try F.workedExampleStore()
        try F.importIndicators(store, [F.workedExample("inputs/indicators")])
        _ = try OfstedImporter(store: store, now: F.now).importFiles([F.workedExample("inputs/ofsted/ilacs-outcomes.csv")])
        let index = try store.evidenceIndex()
        // The newest publication is 20 November 2026: fresh in January 2027, stale from 21 May 2027.
        #expect(EvidenceFreshness.check(index, year: 2026, reportDate: "2027-01-20").isEmpty)
        #expect(EvidenceFreshness.check(index, year: 2026, reportDate: "2027-05-20").isEmpty)
        let late = EvidenceFreshness.check(index, year: 2026, reportDate: "2027-05-21")
        #expect(late.map(\.indicator) == [nil])
        #expect(late[0].files == ["ilacs-outcomes.csv"])
        #expect(late[0].diagnostic.code == .i009 && late[0].diagnostic.rendered.contains("2026-11-20"))
        // Periods: 2025 data for 2027 is two years before (fine), for 2028 three (stale).
        #expect(EvidenceFreshness.check(index, year: 2027, reportDate: "2027-01-20").isEmpty)
        let old = EvidenceFreshness.check(index, year: 2028, reportDate: "2027-01-20")
        #expect(old.compactMap(\.indicator) == ["rereferral_pct", "cla_rate_per_10k", "sw_turnover_pct"])
        #expect(
            old[0].message
                == "Re-referrals within 12 months: the latest period imported is Reporting year 2025, more than two years before 2028")
        #expect(old.map(\.files) == [["referrals-ees.csv"], ["lait-download.csv"], ["workforce-tidy.csv"]])
        #expect(
            EvidenceFreshness.monthsBefore("2027-08-31", 6) == "2027-02-28"
                && EvidenceFreshness.monthsBefore("2024-08-30", 6) == "2024-02-29")
    }
}
