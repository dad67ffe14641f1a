import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// SPEC 4: one test per status and direction, with missing years.
struct TrendTests {
    private func e(_ r: Int, str: Bool = false, dev: Bool = false) -> (submitted: Bool, entry: ThemeEntry?) {
        (true, ThemeEntry(theme: "t1", rating: Rating(rawValue: r)!, strength: str, development: dev))
    }
    private let missing: (submitted: Bool, entry: ThemeEntry?) = (false, nil)

    private func trend(_ w: [(submitted: Bool, entry: ThemeEntry?)]) -> TrendRow {
        TrendRules.trend(year: 2026, laCode: "101", theme: "t1", window: w)
    }

    @Test func directions() {
        #expect(trend([e(3), e(3), e(2)]).direction == .improving)
        #expect(trend([e(2), e(2), e(3)]).direction == .declining)
        #expect(trend([e(3), e(4), e(3)]).direction == .stable, "earliest and latest equal, whatever between")
        #expect(trend([missing, e(4), e(2)]).direction == .improving, "two years are enough")
        #expect(trend([e(4), missing, e(2)]).direction == .improving, "a gap year in the middle")
        #expect(trend([missing, missing, e(2)]).direction == .insufficientHistory)
        #expect(trend([e(1), missing, missing]).direction == .insufficientHistory)
    }

    @Test func persistentDevelopmentNeedsAllThreeYears() {
        #expect(trend([e(3, dev: true), e(3, dev: true), e(3, dev: true)]).status == .persistentDevelopment)
        #expect(trend([missing, e(3, dev: true), e(3, dev: true)]).status == .none, "y−2 not submitted: not persistent, not new")
    }

    @Test func persistentStrength() {
        #expect(trend([e(1, str: true), e(1, str: true), e(1, str: true)]).status == .persistentStrength)
        #expect(
            trend([e(1, str: true, dev: true), e(1, str: true, dev: true), e(1, str: true, dev: true)]).status
                == .persistentDevelopment, "development comes first")
    }

    @Test func newAndResolvedDevelopment() {
        #expect(trend([e(2), e(2), e(3, dev: true)]).status == .newDevelopment)
        #expect(trend([missing, e(2), e(3, dev: true)]).status == .newDevelopment, "needs y−1 only")
        #expect(trend([e(2), missing, e(3, dev: true)]).status == .none, "y−1 not submitted")
        #expect(trend([e(3), e(3, dev: true), e(2)]).status == .resolvedDevelopment)
    }

    @Test func newAndLapsedStrength() {
        #expect(trend([e(2), e(2), e(1, str: true)]).status == .newStrength)
        #expect(trend([e(1, str: true), e(1, str: true), e(2)]).status == .lapsedStrength)
        #expect(trend([e(2, str: true), e(2), e(2, str: true)]).status == .newStrength)
    }

    @Test func noneWhenNothingChanged() {
        #expect(trend([e(2), e(2, str: true), e(2, str: true)]).status == .none, "strength two years, not three")
        #expect(trend([e(2), e(2), e(2)]).status == .none)
    }

    @Test func engineWritesOneRowPerThemeForEveryCurrentSubmission() {
        let fw = ScoringFixtures.framework(themes: 3)
        let engine = ScoringEngine(framework: fw, register: ScoringFixtures.register(las: 2))
        typealias T = ScoringFixtures.T
        let set = engine.score([
            ScoringFixtures.submission("101", 2025, [T(r: 3), T(r: 2), T(r: 2)]),
            ScoringFixtures.submission("101", 2026, [T(r: 2), T(r: 2), T(r: 4)]),
            ScoringFixtures.submission("102", 2026, [T(r: 2), T(r: 2), T(r: 2)]),
        ])
        let y2026 = set.trends.filter { $0.year == 2026 }
        #expect(y2026.count == 6)
        #expect(y2026.filter { $0.laCode == "101" }.map(\.direction) == [.improving, .stable, .declining])
        #expect(y2026.filter { $0.laCode == "102" }.allSatisfy { $0.direction == .insufficientHistory })
    }
}
