import Foundation

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Builders for scoring tests: small frameworks and submissions made in code.
enum ScoringFixtures {
    /// A framework with `themes` themes t1…tn, weights 1, default bands, K priorities.
    static func framework(themes n: Int, k: Int = 3) -> Framework {
        Framework(
            id: "test", version: "1", title: "test",
            componentWeights: ComponentWeights(quality: 1, offer: 1, need: 1),
            bands: [
                BandDefinition(name: "Strong capacity", min: 75), BandDefinition(name: "Secure", min: 55),
                BandDefinition(name: "Mixed", min: 40), BandDefinition(name: "Support priority", min: 0),
            ],
            priorities: k, matchingCapacity: 2, narrativeLimit: nil,
            themes: (1...n).map { ThemeDefinition(id: "t\($0)", title: "Theme \($0)", weight: 1, indicators: [], ofsted: nil) },
            indicators: [])
    }

    /// A register of LAs 101… in one region, valid in every year.
    static func register(las: Int, region: String = "R") -> LARegister {
        LARegister(
            rows: (0..<las).map { i in
                RegisterRow(
                    laCode: "\(101 + i)", onsCode: "E0690\(String(format: "%04d", i))", name: "LA \(101 + i)",
                    region: region, fromYear: nil, toYear: nil)
            })
    }

    /// One theme: rating, offer, need, strength, development.
    struct T {
        var r: Int, f: Int = 0, d: Int = 0, str = false, dev = false
    }

    /// A current submission with themes t1…tn in order.
    static func submission(_ la: String, _ year: Int, _ themes: [T], signed: Bool = true) -> StoredSubmission {
        StoredSubmission(
            id: 0, laCode: la, year: year, version: 1, isCurrent: true, sourceFile: "test", sourceSHA256: "",
            format: .csv, ingestedAt: "", submittedOn: nil, cxSignoff: signed ? "CX" : nil, contentHash: "",
            themes: themes.enumerated().map { i, t in
                ThemeEntry(
                    theme: "t\(i + 1)", rating: Rating(rawValue: t.r)!, strength: t.str,
                    development: t.dev, offer: t.f, need: t.d, narrative: "n")
            })
    }

    /// The capacity formula the way a naive implementation writes it in Double.
    static func naiveC(_ t: T) -> Double {
        let q = Double(4 - t.r) / 3
        let o = t.r <= 2 ? Double(t.f) / 3 : 0
        let m = [0.0, 0, 0, 1.0 / 3, 2.0 / 3][t.r]
        let n = max(Double(t.d) / 3, m)
        return q / 3 + o / 3 + (1 - n) / 3
    }
}
