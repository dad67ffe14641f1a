import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// The real published files in `Data/evidence` and `Data/ofsted` (Open Government Licence v3.0).
@Suite struct EvidenceRealDataTests {
    typealias F = EvidenceFixtures
    static let lait = F.data("evidence/1-lait/lait_long_selected.csv")
    static let eesReferrals = F.data("evidence/2-ees/ees_c1_referrals_and_rereferrals_2013_to_2025.csv")
    static let eesCLA = F.data("evidence/2-ees/ees_cla_number_and_rate_per_10k_children_2021_2025.csv")

    static func store(_ files: [String]) throws -> (Store, EvidenceImportReport) {
        let store = try F.realStore()
        let report = try F.importIndicators(store, files)
        return (store, report)
    }

    @Test func eesAndLaitHoldTheSameStatistics() throws {
        let (ees, _) = try Self.store([Self.eesReferrals, Self.eesCLA])
        let (lait, _) = try Self.store([Self.lait])
        let e = try ees.indicatorValues(), l = try lait.indicatorValues()
        func key(_ v: IndicatorValueRecord) -> String { "\(v.indicator)|\(v.period)|\(v.laCode)" }
        let byKey = Dictionary(uniqueKeysWithValues: l.map { (key($0), $0) })
        var compared: [String: Int] = [:]
        for v in e {
            guard let x = v.value, let y = byKey[key(v)]?.value else { continue }
            #expect(x == y, "\(key(v)): EES \(x), LAIT \(y)")
            compared[v.indicator, default: 0] += 1
        }
        #expect(compared == ["rereferral_pct": 1503, "cla_rate_per_10k": 755])
    }

    @Test func everyLARowMapsToAnLAOfTheRegister() throws {
        let (store, report) = try Self.store([Self.lait, Self.eesReferrals, Self.eesCLA])
        #expect(report.rejectedFiles == 0)
        for f in report.files {
            #expect(!f.ignored.contains { $0.reason.contains("matches no LA") }, "\(f.file): \(f.ignored)")
        }
        // LAIT: every row of a catalogue code under 970 is an LA value; 970 and above are comparators.
        func file(_ path: String) throws -> EvidenceFileResult { try #require(report.files.first { $0.file == path }) }
        let lait = try file(Self.lait)
        #expect(lait.rows == 40_120)
        #expect(lait.valuesNew + lait.valuesChanged + lait.valuesUnchanged == 32_706)
        #expect(lait.comparators == 2_484)
        // LACnum, CPP_Num and SEN_EHC_Excpt_20wks are not catalogue indicators.
        let ignoredRows: Int = lait.ignored.map(\.count).reduce(0, +)
        #expect(ignoredRows == 4_930)
        #expect(lait.indicators.count == 21)
        // EES: every Local authority row of the catalogue's filter values.
        let referrals = try file(Self.eesReferrals), cla = try file(Self.eesCLA)
        #expect(referrals.valuesNew + referrals.valuesChanged + referrals.valuesUnchanged == 1_976)
        #expect(cla.valuesNew + cla.valuesChanged + cla.valuesUnchanged == 775)
        let ofsted = try OfstedImporter(store: store, now: F.now).importFiles([
            F.data("ofsted/ofsted_ilacs_history_2018_2025.csv"), F.data("ofsted/ofsted_ilacs_latest_2025.csv"),
        ])
        #expect(ofsted.rejectedFiles == 0)
        #expect(ofsted.files.allSatisfy { $0.ignored.isEmpty })
        // Each inspection counts once: the latest file's 153 are all in the history.
        #expect((ofsted.files[0].valuesNew, ofsted.files[1].valuesNew, ofsted.files[1].valuesUnchanged) == (271, 0, 153))
        #expect(try store.ofstedInspections().count == 271)
    }

    @Test func realValuesBandsRanksAndComparators() throws {
        let (store, _) = try Self.store([Self.lait])
        _ = try store.saveStatisticalNeighbours(
            try StatisticalNeighbours.load(path: F.data("statistical_neighbours_2025.csv")),
            sourceFile: "statistical_neighbours_2025.csv")
        let index = try store.evidenceIndex()
        // Barnsley (370), re-referrals within 12 months, year ending March 2025: 25.5 %, above Q3 = 23.0 → D.
        let barnsley = try #require(index.evidence(laCode: "370", indicator: "rereferral_pct", year: 2026))
        #expect(barnsley.period == 2025 && barnsley.value == 25.5 && barnsley.band == .d)
        #expect(barnsley.nationalRank == 135 && barnsley.nationalCount == 153)
        #expect(barnsley.regionalRank == 14 && barnsley.regionalCount == 15 && barnsley.region == "Yorkshire and The Humber")
        #expect(abs(barnsley.regionMean! - 20.88) < 1e-9)
        #expect(abs(barnsley.englandMean! - 20.37450980392157) < 1e-9)
        #expect(barnsley.publishedNational == 22.6)
        #expect(barnsley.publishedRegional == 21.7)
        #expect(barnsley.neighbourCount == 10 && abs(barnsley.neighbourMean! - 19.92) < 1e-9)
        #expect(barnsley.quartiles == Quartiles(q1: 16.9, q2: 20.0, q3: 23.0))
        // Sheffield (373) 2024: 16.399999999999999 read as 16.4, band A, rank 23 of 149, second in the region.
        let sheffield = try #require(index.evidence(laCode: "373", indicator: "rereferral_pct", year: 2024))
        #expect(sheffield.value == 16.4 && sheffield.band == .a && sheffield.nationalRank == 23 && sheffield.regionalRank == 2)
        // Barnsley, KS2 reading, writing and maths (higher is better), 2025: 65 %, in (Q2, Q3] = (63, 66] → B.
        let ks2 = try #require(index.evidence(laCode: "370", indicator: "ks2_rwm_pct", year: 2025))
        #expect(ks2.value == 65 && ks2.band == .b && ks2.nationalRank == 46 && ks2.regionalRank == 3)
        // Social worker turnover 2025: Barnsley 8.0 → A (≤ Q1 = 9.5), rank 20 of 150.
        let turnover = try #require(index.evidence(laCode: "370", indicator: "sw_turnover_pct", year: 2025))
        #expect(turnover.value == 8 && turnover.band == .a && turnover.nationalRank == 20 && turnover.nationalCount == 150)
        // KS2 has no data for 2020 and 2021: submission year 2021 uses 2019.
        #expect(index.periodUsed(indicator: "ks2_rwm_pct", year: 2021) == 2019)
        // Polarity none: shown, never banded or ranked.
        let cla = try #require(index.evidence(laCode: "370", indicator: "cla_rate_per_10k", year: 2025))
        #expect(cla.value != nil && cla.band == nil && cla.nationalRank == nil)
        // City of London has no 2024 re-referral rate ('-'): missing with its code, no band.
        let city = try #require(index.evidence(laCode: "201", indicator: "rereferral_pct", year: 2024))
        #expect(city.value == nil && city.missingCode == "-" && city.band == nil)
    }

    /// Cut points checked by hand (and with R's `quantile`) for two indicators, every year.
    static let handChecked: [String: [Int: (n: Int, q1: Double, q2: Double, q3: Double)]] = [
        "ReReferral": [
            2016: (150, 16.125, 19.5, 23.8), 2017: (152, 15.975, 19.95, 23.8), 2018: (152, 16.25, 20.1, 24.025),
            2019: (151, 16.85, 21.0, 24.6), 2020: (148, 17.175, 20.85, 25.0), 2021: (149, 18.4, 20.8, 24.0),
            2022: (150, 16.9, 19.6, 22.15), 2023: (149, 17.6, 20.9, 23.3), 2024: (149, 17.7, 20.6, 23.6),
            2025: (153, 16.9, 20.0, 23.0),
        ],
        "Work_Force_TO_Rate": [
            2016: (149, 12.0, 15.6, 20.0), 2017: (152, 10.175, 13.95, 19.225), 2018: (152, 12.075, 15.75, 19.475),
            2019: (151, 10.95, 15.0, 19.55), 2020: (151, 10.3, 14.0, 17.5), 2021: (150, 11.625, 15.5, 18.45),
            2022: (150, 13.8, 18.55, 22.4), 2023: (152, 12.475, 15.6, 20.15), 2024: (151, 11.2, 13.8, 17.7),
            2025: (150, 9.5, 11.75, 15.35),
        ],
    ]

    @Test func laitBandsAgreeWithTheRuleForEveryBandedIndicatorAndYear() throws {
        let (store, _) = try Self.store([Self.lait])
        let index = try store.evidenceIndex()
        let framework = try #require(try store.currentFramework()).framework
        let raw = try LAITReference.read(Self.lait)
        var checked = 0, banded = 0
        for ind in framework.indicators where ind.polarity != .none && ind.laitCode != nil {
            let code = try #require(ind.laitCode)
            let years = Set(raw.filter { $0.code == code }.map(\.year))
            #expect(!years.isEmpty, "\(code)")
            for year in years.sorted() {
                let values = raw.filter { $0.code == code && $0.year == year && $0.la < 970 }
                    .compactMap { r in r.value.map { (String(r.la), $0) } }
                let expected = LAITReference.bands(values, lowerIsBetter: ind.polarity == .lower)
                let d = index.distribution(indicator: ind.id, period: year)
                #expect((d?.bands ?? [:]).mapValues(\.rawValue) == expected, "\(ind.id) \(year)")
                if let cut = Self.handChecked[code]?[year] {
                    let q = try #require(d?.quartiles)
                    #expect(
                        d?.count == cut.n && abs(q.q1 - cut.q1) < 1e-9 && abs(q.q2 - cut.q2) < 1e-9 && abs(q.q3 - cut.q3) < 1e-9,
                        "\(code) \(year)")
                    for (la, v) in values {
                        let b = v <= cut.q1 + 1e-9 ? "A" : v <= cut.q2 + 1e-9 ? "B" : v <= cut.q3 + 1e-9 ? "C" : "D"
                        #expect(d?.bands[la]?.rawValue == b, "\(code) \(year) \(la) \(v)")
                    }
                    checked += 1
                }
                banded += expected.count
            }
        }
        #expect(checked == 20)
        #expect(banded > 20_000)
    }
}

/// An independent reading of the LAIT file for the band check: its own CSV split,
/// decimal rounding through Foundation's `Decimal`, type-7 quartiles and band rule.
enum LAITReference {
    struct Row { var code: String; var year: Int; var la: Int; var value: Double? }

    static func read(_ path: String) throws -> [Row] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows: [Row] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            var fields: [String] = [], cur = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { fields.append(cur); cur = "" } else { cur.append(ch) }
            }
            fields.append(cur)
            rows.append(Row(code: fields[0], year: Int(fields[1])!, la: Int(fields[2])!, value: round1(fields[5])))
        }
        return rows
    }

    static func round1(_ text: String) -> Double? {
        guard let d = Decimal(string: text), text != "-" else { return nil }
        var x = d, r = Decimal()
        NSDecimalRound(&r, &x, 1, .plain)
        return Double(r.description)
    }

    static func bands(_ values: [(String, Double)], lowerIsBetter: Bool) -> [String: String] {
        guard values.count >= 4 else { return [:] }
        let s = values.map(\.1).sorted()
        func q(_ p: Double) -> Double {
            let h = Double(s.count - 1) * p, f = h.rounded(.down), i = Int(f)
            return i + 1 < s.count ? s[i] + (h - f) * (s[i + 1] - s[i]) : s[i]
        }
        let cuts = [q(0.25), q(0.5), q(0.75)].map { ($0 * 1e9).rounded() }
        var out: [String: String] = [:]
        for (la, v) in values {
            let k = (v * 1e9).rounded()
            let quarter = k <= cuts[0] ? 0 : k <= cuts[1] ? 1 : k <= cuts[2] ? 2 : 3
            out[la] = (lowerIsBetter ? ["A", "B", "C", "D"] : ["D", "C", "B", "A"])[quarter]
        }
        return out
    }
}
