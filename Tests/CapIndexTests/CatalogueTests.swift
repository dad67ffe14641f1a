import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The default catalogue of SPEC 1 v4 (framework 2026.3): 26 indicators, each described;
/// the new EES sources read from the real files shipped in `Data/evidence/2-ees`, with the
/// rows per period and values checked by hand against the published files.
@Suite struct CatalogueTests {
    typealias F = EvidenceFixtures
    static func ees(_ name: String) -> String { F.data("evidence/2-ees/" + name) }

    @Test func everyIndicatorIsDescribedAndLAITDescriptionsComeFromTheDictionary() throws {
        let fw = try Framework.load(path: Repo.path("Data/framework.json")).framework
        #expect(fw.version == "2026.3" && fw.indicators.count == 26)
        let dictionary = try CSVReader.read(
            fileBytes: Array(try Data(contentsOf: URL(fileURLWithPath: Repo.fixture("reference/lait_dictionary_selected.csv")))))
        let header = try #require(dictionary.records.first?.fields)
        func col(_ n: String) throws -> Int { try #require(header.firstIndex(of: n)) }
        let (code, type, desc, chart, measure) = (
            try col("Measure_short"), try col("Year_Type"), try col("Description"), try col("Chart_title"), try col("Measure")
        )
        func squeeze(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        var byCode: [String: [String]] = [:]
        for r in dictionary.records.dropFirst() where r.fields.count > desc { byCode[r.fields[code]] = r.fields }
        for ind in fw.indicators {
            let d = try #require(ind.description, "\(ind.id) has a description")
            #expect(!d.isEmpty && !d.contains("\n"), "\(ind.id): one line")
            #expect(ind.periodMeaning?.isEmpty == false, "\(ind.id): what its period means")
            #expect(ind.publication?.hasSuffix("DfE") == true, "\(ind.id): its release")
            guard let lait = ind.laitCode else {
                #expect(ind.ees != nil, "\(ind.id): a new indicator has an EES source")
                continue
            }
            let row = try #require(byCode[lait], "\(lait) is in the LAIT dictionary")
            #expect(ind.laitYearType == row[type], "\(ind.id): Year_Type")
            #expect([squeeze(row[chart]), squeeze(row[measure])].contains(d) || squeeze(row[desc]).hasPrefix(d), "\(ind.id): \(d)")
        }
        let new = [
            "cla_new_placements_out_la_20miles_pct", "cla_ks4_att8", "cin_ks4_att8", "cla_persistent_absence_pct",
            "cin_persistent_absence_pct",
        ]
        #expect(fw.indicators.suffix(5).map(\.id) == new)
        for id in ["cla_3plus_placements_pct", "cla_long_term_stability_pct", "care_leavers_accommodation_pct"] {
            #expect(fw.indicator(id: id)?.ees != nil, "\(id) has its EES source")
        }
        #expect(fw.theme(id: "placement-sufficiency")?.indicators.contains("cla_new_placements_out_la_20miles_pct") == true)
        #expect(fw.theme(id: "vulnerable-outcomes")?.indicators.count == 6)
    }

    /// LA values stored per period of one indicator, and how many are missing.
    static func perPeriod(_ store: Store, _ id: String) throws -> [Int: (rows: Int, missing: Int)] {
        var out: [Int: (rows: Int, missing: Int)] = [:]
        for v in try store.indicatorValues() where v.indicator == id {
            var e = out[v.period] ?? (0, 0)
            e.rows += 1
            if v.value == nil { e.missing += 1 }
            out[v.period] = e
        }
        return out
    }

    @Test func placementStabilityAndCareLeaverAccommodationFromEES() throws {
        let store = try F.realStore()
        let report = try F.importIndicators(
            store, [Self.ees("ees_placement_stability_2021_2025.csv"), Self.ees("ees_care_leavers_accommodation_2021_2025.csv")])
        #expect(report.rejectedFiles == 0 && report.files.allSatisfy { $0.status == .imported })
        // 155 Local authority rows per period in each (every row of the register's LAs; c and z kept as missing).
        let three = try Self.perPeriod(store, "cla_3plus_placements_pct")
        #expect(three.keys.sorted() == [2021, 2022, 2023, 2024, 2025])
        #expect(three.mapValues(\.rows) == [2021: 155, 2022: 155, 2023: 155, 2024: 155, 2025: 155])
        #expect(three.mapValues(\.missing) == [2021: 8, 2022: 5, 2023: 7, 2024: 6, 2025: 4])
        #expect(
            try Self.perPeriod(store, "cla_long_term_stability_pct").mapValues(\.rows) == [
                2021: 155, 2022: 155, 2023: 155, 2024: 155, 2025: 155,
            ])
        let acc = try Self.perPeriod(store, "care_leavers_accommodation_pct")
        #expect(acc.mapValues(\.rows) == [2021: 155, 2022: 155, 2023: 155, 2024: 155, 2025: 155])
        #expect(acc.mapValues(\.missing) == [2021: 8, 2022: 5, 2023: 5, 2024: 4, 2025: 6])
        // By hand from the published file, 2025: Barnsley 14% with 3 or more placements (England 10),
        // 57% with the same carer for 2 years (England 69); York 11% and 81%; City of London 0 (a zero, not missing).
        let index = try store.evidenceIndex()
        let b3 = try #require(index.evidence(laCode: "370", indicator: "cla_3plus_placements_pct", year: 2026))
        #expect(b3.value == 14 && b3.publishedNational == 10 && b3.periodName == "Reporting year 2025")
        #expect(b3.source?.baseName == "ees_placement_stability_2021_2025.csv")
        #expect(index.evidence(laCode: "370", indicator: "cla_long_term_stability_pct", year: 2026)?.value == 57)
        #expect(index.evidence(laCode: "370", indicator: "cla_long_term_stability_pct", year: 2026)?.publishedNational == 69)
        #expect(index.evidence(laCode: "816", indicator: "cla_3plus_placements_pct", year: 2026)?.value == 11)
        #expect(index.evidence(laCode: "816", indicator: "cla_long_term_stability_pct", year: 2026)?.value == 81)
        #expect(index.evidence(laCode: "201", indicator: "cla_3plus_placements_pct", year: 2026)?.value == 0)
        // Care leavers aged 19 to 21 in suitable accommodation, 2025: Barnsley 93, York 96, England 89.
        let ba = try #require(index.evidence(laCode: "370", indicator: "care_leavers_accommodation_pct", year: 2026))
        #expect(ba.value == 93 && ba.publishedNational == 89)
        #expect(index.evidence(laCode: "816", indicator: "care_leavers_accommodation_pct", year: 2026)?.value == 96)
    }

    @Test func ks4AttainmentEightTakesTheMostFinalVersionOfEachPeriod() throws {
        let store = try F.realStore()
        let report = try F.importIndicators(store, [Self.ees("ees_ks4_la_social_care_groups_2019_2025.csv")])
        #expect(report.rejectedFiles == 0)
        let cla = try Self.perPeriod(store, "cla_ks4_att8")
        // One version per period (Final or Revised): none is filtered away.
        #expect(cla.mapValues(\.rows) == [2019: 152, 2020: 151, 2021: 151, 2022: 152, 2023: 152, 2024: 153, 2025: 153])
        #expect(cla.mapValues(\.missing) == [2019: 6, 2020: 5, 2021: 6, 2022: 9, 2023: 4, 2024: 5, 2025: 4])
        #expect(try Self.perPeriod(store, "cin_ks4_att8").mapValues(\.rows) == cla.mapValues(\.rows))
        // By hand: 202425 (Revised) Barnsley 13.5, York 14.2, City of London z, England 17.3;
        // 202324 (Final) Barnsley 16.1 for children in need, York 16.6, England 17.9.
        let index = try store.evidenceIndex()
        let b = try #require(index.evidence(laCode: "370", indicator: "cla_ks4_att8", year: 2026))
        #expect(b.value == 13.5 && b.publishedNational == 17.3 && b.periodName == "Academic year 2024/25" && b.period == 2025)
        #expect(index.evidence(laCode: "816", indicator: "cla_ks4_att8", year: 2026)?.value == 14.2)
        let city = try #require(index.evidence(laCode: "201", indicator: "cla_ks4_att8", year: 2026))
        #expect(city.value == nil && city.missingCode == "z")
        let cin = try #require(index.evidence(laCode: "370", indicator: "cin_ks4_att8", year: 2024))
        #expect(cin.value == 16.1 && cin.publishedNational == 17.9 && cin.periodName == "Academic year 2023/24")
        #expect(index.evidence(laCode: "816", indicator: "cin_ks4_att8", year: 2024)?.value == 16.6)
        // Attainment 8: higher is better, banded, with a direction over five academic years.
        #expect(b.band != nil && b.travel?.points.count == 5 && b.travel?.points.first?.label == "Academic year 2020/21")
    }

    @Test func smallCohortsCarryTheCaveat() throws {
        let store = try F.realStore()
        try F.importIndicators(store, [F.data("evidence/1-lait/lait_long_selected.csv")])
        let index = try store.evidenceIndex()
        // Looked-after children at KS2, 2025: most LA rows are suppressed ('-'); in the region 7 of 15.
        let s = try #require(index.evidence(laCode: "370", indicator: "cla_ks2_rwm_pct", year: 2026)?.suppression)
        #expect(s.caveat && s.regionMissing == 7 && s.regionRows == 15)
        #expect(
            IndicatorText.caveat(s)
                == "\(s.missing) of \(s.rows) LAs suppressed or missing in England (7 of 15 in the region): bands less reliable")
        let ks2 = try #require(index.evidence(laCode: "370", indicator: "ks2_rwm_pct", year: 2026)?.suppression)
        #expect(!ks2.caveat)
    }
}
