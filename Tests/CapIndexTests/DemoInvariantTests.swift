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

    /// With the shipped evidence imported, no suggested provider is one the evidence screens
    /// out (North East Lincolnshire, Inadequate overall, offered the front door before v4),
    /// and every unmatched ask whose only candidates were screened says so.
    @Test func noSuggestedProviderIsScreenedOut() throws {
        _ = try EvidenceImporter(store: run.store, now: PipelineRun.now).importIndicators(paths: [Repo.path("Data/evidence")])
        _ = try OfstedImporter(store: run.store, now: PipelineRun.now).importFiles([Repo.path("Data/ofsted")])
        let framework = try #require(try run.store.currentFramework()).framework
        let evidence = try run.store.evidenceIndex()
        let subs = try run.store.currentSubmissions()
        for m in try Matcher(store: run.store).matchAll(years: nil, regions: nil) {
            for p in m.result.pairs {
                let entry = try #require(subs.first { $0.laCode == p.provider && $0.year == m.year }?.theme(p.theme))
                let theme = try #require(framework.theme(id: p.theme))
                let reasons = ProviderScreening.reasons(laCode: p.provider, year: m.year, entry: entry, theme: theme, evidence: evidence)
                #expect(reasons.isEmpty, "\(m.year) \(p.provider) on \(p.theme): \(reasons)")
            }
            #expect(!m.result.pairs.contains { $0.provider == "812" }, "North East Lincolnshire is Inadequate overall")
        }
        let y2026 = try #require(try Matcher(store: run.store).matchAll(years: [2026], regions: nil).first)
        #expect(y2026.screened.contains { $0.provider == "812" && $0.theme == "front-door" })
        #expect(y2026.result.unmatched.contains { $0.reason == .providersScreened && $0.excluded.contains { $0.provider == "812" } })
    }

    /// The pairs a scoring run records, which the exports read back, are the pairs the
    /// matcher solves from the same inputs (evidence screening and fresh eyes included),
    /// in the same order, and a year's are that year's.
    @Test func recordedPairsAreThePairsTheMatcherSolves() throws {
        _ = try EvidenceImporter(store: run.store, now: PipelineRun.now).importIndicators(paths: [Repo.path("Data/evidence")])
        _ = try OfstedImporter(store: run.store, now: PipelineRun.now).importFiles([Repo.path("Data/ofsted")])
        let scored = try ScoreStage.run(store: run.store, now: PipelineRun.now).run
        let solved = try Matcher(store: run.store).matchAll(years: nil, regions: nil)
        let expected = solved.flatMap { m in m.result.pairs.map { SuggestedPair(year: m.year, region: m.region, pair: $0) } }
        #expect(Set(expected.map(\.year)) == [2024, 2025, 2026])
        #expect(expected.contains { !$0.pair.isFresh } && expected.contains { $0.pair.isFresh })
        #expect(try run.store.matchPairs(run: scored) == expected)
        #expect(try run.store.matchPairs(run: scored, years: .year(2026)) == expected.filter { $0.year == 2026 })
    }

    /// With the evidence imported, the 2026 priorities weigh it: key stage 1 and 2 keeps
    /// the first place its negative balance gives it, and evidence alone makes at least one
    /// other theme a priority (before version 4 KS1 and KS2 was the only one).
    @Test func prioritiesWeighThePublishedEvidence() throws {
        _ = try EvidenceImporter(store: run.store, now: PipelineRun.now).importIndicators(paths: [Repo.path("Data/evidence")])
        let scored = try ScoreStage.run(store: run.store, now: PipelineRun.now).scores
        let ranked = scored.balances.filter { $0.year == 2026 && $0.priorityRank != nil }.sorted { $0.priorityRank! < $1.priorityRank! }
        #expect(ranked.first?.theme == "ks12-attainment")
        #expect(ranked.first?.conditions.first == .negativeBalance)
        #expect(ranked.count == 3)
        #expect(ranked.contains { $0.conditions == [.evidence] })
        #expect(set.balances.filter { $0.year == 2026 && $0.priorityRank != nil }.count == 1, "without evidence: KS1 and KS2 only")
        #expect(set.balances.allSatisfy { $0.evidenceShare == nil }, "without evidence every share is blank")
    }

    @Test func trendsCoverEveryThemeOfEveryCurrentSubmission() {
        #expect(set.trends.count == 45 * 12)
        #expect(set.trends.filter { $0.year == 2024 }.allSatisfy { $0.direction == .insufficientHistory })
    }
}
