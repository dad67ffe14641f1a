import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// SPEC 5 indicator import: the three layouts recognised by content, every missing code,
/// the quirks of real files, the version rule, re-import and newer releases.
@Suite struct EvidenceImportTests {
    typealias F = EvidenceFixtures

    /// The Yorkshire LAs of the missing-code fixtures, with the code each one carries.
    static let missing: [(String, String)] = [
        ("370", "c"), ("380", "x"), ("381", "z"), ("382", "u"), ("383", "k"), ("384", "low"), ("810", ".."),
        ("811", ":"), ("812", "-"), ("813", "~"), ("371", "*"), ("372", ""), ("373", "n/a"),
    ]

    @Test(arguments: ["ees-missing-codes.csv", "lait-missing-codes.csv", "tidy-missing-codes.csv"])
    func everyMissingCodeIsKeptAsMissingWithItsCode(file: String) throws {
        let store = try F.realStore()
        let report = try F.importIndicators(store, [F.evidence(file)])
        #expect(report.rejectedFiles == 0)
        let values = try F.values(store, "rereferral_pct", 2025)
        for (la, code) in Self.missing {
            let v = try #require(values[la], "\(file): no row for \(la)")
            #expect(v.value == nil, "\(file) \(la): a missing code is never a number")
            #expect(v.missingCode == code, "\(file) \(la)")
        }
        #expect(values["816"]?.value == 12.5)
        #expect(values.count == 14)
        #expect(report.files[0].notNumbers == 1)
        #expect(MissingCode.meaning("n/a") == "not a number")
        #expect(MissingCode.meaning("low") != "not a number")
        #expect(F.codes(report, "I006").count == 1)
        // No missing value enters a distribution: one value only, so no band.
        let index = try store.evidenceIndex()
        #expect(index.distribution(indicator: "rereferral_pct", period: 2025)?.count == 1)
        #expect(index.distribution(indicator: "rereferral_pct", period: 2025)?.bands.isEmpty == true)
    }

    @Test func layoutsAreRecognisedByContentNotByName() throws {
        let store = try F.realStore()
        // A LAIT download named like an EES file, with a ragged header (spaces, case, a trailing empty column).
        let report = try F.importIndicators(store, [F.evidence("ees_referrals_named_wrongly.txt")])
        #expect(report.files.map(\.layout) == [.lait])
        let v = try F.values(store, "rereferral_pct", 2024)
        // Rounded on the decimal text, halves away from zero.
        #expect(v["370"]?.value == 18.9)
        #expect(v["373"]?.value == 0.3)
        #expect(v["380"]?.value == 0.1)
        #expect(v["381"]?.value == 104.4)
        #expect(v["382"]?.value == -0.3)
        for (file, kind) in [
            ("ees-missing-codes.csv", EvidenceLayoutKind.ees), ("tidy-missing-codes.csv", .tidy),
            ("lait-missing-codes.csv", .lait),
        ] {
            let r = try F.importIndicators(try F.realStore(), [F.evidence(file)])
            #expect(r.files.map(\.layout) == [kind], "\(file)")
        }
    }

    @Test func laitRoundingOnTheDecimalText() {
        #expect(DecimalText.roundedToOneDecimal("18.899999999999999") == 18.9)
        #expect(DecimalText.roundedToOneDecimal("0.25") == 0.3)
        #expect(DecimalText.roundedToOneDecimal("0.35") == 0.4)  // 0.35 as a double is below 0.35
        #expect(DecimalText.roundedToOneDecimal("-2.45") == -2.5)
        #expect(DecimalText.roundedToOneDecimal("2.449") == 2.4)
        #expect(DecimalText.roundedToOneDecimal("70") == 70)
        #expect(DecimalText.roundedToOneDecimal("9.8000000000000007") == 9.8)
        #expect(DecimalText.roundedToOneDecimal("-") == nil)
        #expect(DecimalText.roundedToOneDecimal("1e3") == nil)
    }

    @Test func periods() {
        #expect(EvidencePeriod.year("2025") == 2025)
        #expect(EvidencePeriod.year("202425") == 2025)
        #expect(EvidencePeriod.year("199900") == 2000)
        #expect(EvidencePeriod.year("2024/25") == 2025)
        #expect(EvidencePeriod.year(" 2024-25 ") == 2025)
        #expect(EvidencePeriod.year("202426") == nil)
        #expect(EvidencePeriod.year("2024Q1") == nil)
        #expect(EvidencePeriod.year("") == nil)
    }

    @Test func eesQuirks() throws {
        let store = try F.realStore()
        let report = try F.importIndicators(store, [F.evidence("ees-quirks.csv")])
        let file = try #require(report.files.first)
        #expect(file.status == .imported && file.layout == .ees)
        // Two catalogue indicators with the same value column and different filter values.
        let cla = try F.values(store, "cla_ks2_rwm_pct", 2025), cin = try F.values(store, "cin_ks2_rwm_pct", 2025)
        #expect(cla["202"]?.value == 40 && cin["202"]?.value == 28)
        #expect(cla["202"]?.periodLabel == "202425")
        #expect(try F.values(store, "cla_ks2_rwm_pct", 2024)["202"]?.value == 38)
        // Outer London row, region E13000002: an LA of the register's London.
        #expect(cla["302"]?.value == 33)
        // No 3-digit code: matched by the previous ONS code (Barnsley) and the current one (Sheffield).
        #expect(cla["370"]?.value == 28)
        #expect(cla["373"]?.value == 30)
        // A combined return applies to each LA and is marked combined.
        #expect(cla["940"]?.value == 26 && cla["940"]?.combined == true)
        #expect(cla["941"]?.value == 26 && cla["941"]?.combined == true)
        #expect(cla["202"]?.combined == false)
        // An LA that no longer existed is kept as published.
        #expect(cla["928"]?.missingCode == "z")
        #expect(cla.count == 7)
        // Comparators are not LA values.
        let index = try store.evidenceIndex()
        #expect(index.publishedFigure(indicator: "cla_ks2_rwm_pct", period: 2025, level: .national)?.value == 32)
        #expect(index.publishedFigure(indicator: "cin_ks2_rwm_pct", period: 2025, level: .national)?.value == 25)
        #expect(index.publishedFigure(indicator: "cla_ks2_rwm_pct", period: 2025, level: .regional, area: "inner london")?.value == 35)
        #expect(
            index.publishedFigure(
                indicator: "cin_ks2_rwm_pct", period: 2025, level: .regional,
                area: "Yorkshire and The Humber")?.value == 24)
        #expect(file.comparators == 4)
        // Every row it could not use is counted and explained.
        let reasons = Dictionary(uniqueKeysWithValues: file.ignored.map { ($0.reason, $0.count) })
        #expect(reasons["the row's filter values hold no indicator of the catalogue"] == 1)
        #expect(reasons["the LA code matches no LA of the register: '999 / E06999999'"] == 1)
        #expect(reasons["geographic level 'Local authority district' is not National, Regional or Local authority"] == 1)
        #expect(reasons["time period '2024Q1' is not a year such as 2025 or 202425"] == 1)
        #expect(file.ignored.map(\.count).reduce(0, +) == 4)
        let i005 = F.codes(report, "I005")
        #expect(i005.count == 4)
        #expect(i005.contains { $0.location.line == 14 && $0.message.contains("999") })
    }

    @Test func versionColumnTakesTheMostFinalVersionOfEachPeriod() throws {
        let store = try F.realStore()
        let report = try F.importIndicators(store, [F.evidence("ees-version.csv")])
        let y2024 = try F.values(store, "rereferral_pct", 2024), y2025 = try F.values(store, "rereferral_pct", 2025)
        #expect(y2024.mapValues { $0.value } == ["370": 20, "380": 20, "381": 21, "382": 22])
        // The latest period has only Revised and Provisional rows: Revised counts, and the
        // LA with a Provisional row only has no value for that period.
        #expect(y2025.mapValues { $0.value } == ["370": 30, "380": 30, "381": 31, "382": 32])
        #expect(y2025["383"] == nil)
        let index = try store.evidenceIndex()
        #expect(index.publishedFigure(indicator: "rereferral_pct", period: 2025, level: .national)?.value == 23)
        let superseded = report.files[0].ignored.first { $0.reason.hasPrefix("a more final version") }
        #expect(superseded?.count == 10)
    }

    @Test func duplicatesLastWinsAndTidyAcceptsIdsAndLaitCodes() throws {
        let store = try F.realStore()
        let report = try F.importIndicators(store, [F.evidence("tidy-duplicates.csv")])
        let v = try F.values(store, "sw_agency_pct", 2025)
        #expect(v["370"]?.value == 12)  // second row, by Barnsley's current ONS code
        #expect(v["373"]?.value == 9)  // by the LAIT code
        let reasons = report.files[0].ignored
        #expect(reasons.first { $0.reason.hasPrefix("a later row") }?.count == 2)
        #expect(reasons.contains { $0.reason == "'unknown_thing' is not an indicator of the catalogue" && $0.count == 1 })
    }

    @Test(arguments: [
        ("unknown-layout.csv", "not one of the three indicator layouts"),
        ("ees-no-indicator.csv", "without any catalogue indicator"),
        ("ees-filter-mismatch.csv", "without any indicator of the catalogue"),
        ("malformed.csv", "malformed CSV"),
    ])
    func unusableFilesAreRejectedAndStoreNothing(file: String, words: String) throws {
        let store = try F.realStore()
        let before = try store.evidenceFingerprint()
        let report = try F.importIndicators(store, [F.evidence(file), F.evidence("lait-release-1.csv")])
        #expect(report.rejectedFiles == 1)
        #expect(report.files.first { $0.file.hasSuffix(file) }?.status == .rejected)
        #expect(report.files.first { $0.file.hasSuffix("lait-release-1.csv") }?.status == .imported)
        let w = F.codes(report, "W004")
        #expect(w.count == 1 && w[0].message.contains(words) && w[0].severity == .warning, "\(w)")
        #expect(try store.indicatorValues().allSatisfy { $0.indicator == "sw_turnover_pct" })
        #expect(try store.evidenceFingerprint() != before)
        // Rejected files are not remembered: fixing and re-importing works.
        #expect(try F.importIndicators(store, [F.evidence(file)]).rejectedFiles == 1)
    }

    @Test func notTextAndWindows1252() throws {
        let store = try F.realStore()
        let binary = try F.temporaryFile("data.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        #expect(try F.importIndicators(store, [binary]).rejectedFiles == 1)
        // "Bristol, City of" with an é, saved by Excel as Windows-1252.
        var bytes = Array("time_period,old_la_code,new_la_code,indicator,value\n2025,801,E06000023,sw_caseload,17.5\n".utf8)
        bytes += Array("2025,802,,sw_caseload,".utf8) + [0xE9] + Array("\n".utf8)
        let latin = try F.temporaryFile("caseload.csv", bytes)
        let report = try F.importIndicators(store, [latin])
        #expect(F.codes(report, "W001").count == 1)
        let v = try F.values(store, "sw_caseload", 2025)
        #expect(v["801"]?.value == 17.5)
        #expect(v["802"]?.missingCode == "é")
    }

    @Test func reimportChangesNothingAndANewerReleaseReplacesWhatItCovers() throws {
        let store = try F.realStore()
        let first = try F.importIndicators(store, [F.evidence("lait-release-1.csv")])
        #expect((first.valuesNew, first.valuesChanged, first.valuesUnchanged) == (5, 0, 0))
        let fp1 = try store.evidenceFingerprint()
        #expect(fp1 != "none")
        let again = try F.importIndicators(store, [F.evidence("lait-release-1.csv")])
        #expect(again.files.map(\.status) == [.unchanged])
        #expect(F.codes(again, "I001").count == 1)
        #expect(try store.evidenceFingerprint() == fp1)
        let newer = try F.importIndicators(store, [F.evidence("lait-release-2.csv")])
        // 2024: 381 14 → 15 and 383 '-' → 17.2 changed, three unchanged; 2025: three new.
        #expect((newer.valuesNew, newer.valuesChanged, newer.valuesUnchanged) == (3, 2, 3))
        #expect(F.codes(newer, "I006").first?.message.contains("3 new, 2 changed, 3 unchanged") == true)
        let v = try F.values(store, "sw_turnover_pct", 2024)
        #expect(v["381"]?.value == 15 && v["383"]?.value == 17.2 && v["383"]?.missingCode == nil)
        #expect(try store.evidenceFingerprint() != fp1)
        // The older release again (other bytes? no: the same bytes) still changes nothing.
        #expect(try F.importIndicators(store, [F.evidence("lait-release-1.csv")]).files.map(\.status) == [.unchanged])
    }

    @Test func foldersAreWalkedInFileNameOrder() throws {
        let files = try EvidenceImporter.inputFiles([F.fixtures.appendingPathComponent("worked-example/inputs/indicators").path])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["lait-download.csv", "referrals-ees.csv", "workforce-tidy.csv"])
        #expect(files.allSatisfy { $0.problem == nil })
    }
}
