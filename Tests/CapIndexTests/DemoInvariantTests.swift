import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Invariants over the shipped demo data (15 LAs of Yorkshire and The Humber, 2024–2026).
@Suite struct DemoInvariantTests {
    let run: PipelineRun
    let set: ScoreSet

    init() throws {
        run = try PipelineRun.demo()
        set = try ScoreStage.run(store: run.store, now: PipelineRun.now).scores
    }

    @Test func allFortyFiveSubmissionsStoreCleanly() throws {
        #expect(run.ingest.stored == 45)
        #expect(run.ingest.rejected == 0)
        #expect(run.ingest.errorCount == 0)
        #expect(try run.store.submissionCounts() == (versions: 45, current: 45))
        #expect(run.ingest.diagnostics.contains { $0.code == .w001 }, "one demo file is Windows-1252")
    }

    @Test func lciIsBetween0And100() {
        #expect(set.laScores.count == 45)
        for s in set.laScores { #expect(s.lci >= .zero && s.lci <= Exact(100), "\(s.laCode) \(s.year)") }
    }

    @Test func balanceIsBetweenMinus100And100AndSharesAreFractions() {
        #expect(set.balances.count == 3 * 12)
        for b in set.balances {
            #expect(b.balance >= Exact(-100) && b.balance <= Exact(100))
            #expect(b.devShare >= .zero && b.devShare <= .one && b.strShare >= .zero && b.strShare <= .one)
            #expect(b.rated == 15)
        }
    }

    @Test func rciIsTheMeanLCI() {
        for r in set.regional {
            let las = set.laScores.filter { $0.year == r.year && $0.region == r.region }
            #expect(r.lasSubmitted == las.count)
            #expect(r.rci == las.map(\.lci).exactSum() / Exact(Int128(las.count)))
        }
    }

    @Test func prioritiesAtMostKAndRankedInOrder() throws {
        let k = try #require(try run.store.currentFramework()).framework.priorities
        for y in 2024...2026 {
            let ranked = set.balances.filter { $0.year == y && $0.priorityRank != nil }.sorted { $0.priorityRank! < $1.priorityRank! }
            #expect(ranked.count <= k)
            #expect(ranked.map(\.priorityRank!) == Array(1...max(1, ranked.count)).prefix(ranked.count).map { $0 })
            for (a, b) in zip(ranked, ranked.dropFirst()) { #expect(!(b.balance < a.balance)) }
            // Every candidate left out ranks after the last priority.
            if let last = ranked.last {
                for c in set.balances where c.year == y && c.isCandidate && c.priorityRank == nil {
                    #expect(!(c.balance < last.balance))
                }
            }
        }
    }

    @Test func mostChallengeFlagsOccurIn2026() {
        let codes = Set(set.flags.filter { $0.year == 2026 }.map(\.code))
        for c in ["W101", "W102", "W103", "W104", "W107", "W108", "W109", "W110"] {
            #expect(codes.contains(DiagnosticCode(rawValue: c)!), "\(c) in 2026")
        }
    }

    @Test func trendsCoverEveryThemeOfEveryCurrentSubmission() {
        #expect(set.trends.count == 45 * 12)
        #expect(set.trends.filter { $0.year == 2024 }.allSatisfy { $0.direction == .insufficientHistory })
    }
}
