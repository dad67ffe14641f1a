import CapIndexDomain
import CapIndexStore

/// What `score` did, and what it was asked to show.
public struct ScoreSummary: Sendable {
    /// The run recorded.
    public var run: ScoreRun
    /// Everything it computed, every year and region.
    public var scores: ScoreSet
    /// The regional indices asked for (year and region), in order.
    public var shown: [RegionalIndex]
}

extension Application {
    /// `score`: computes and records a run over every current submission; shows the year
    /// and regions asked for. A year or region without submissions is "nothing to do".
    public func score(database: String?, year: Int?, regions choice: RegionChoice) throws -> ScoreSummary {
        try writing(databasePath(database), command: "capindex score", .existing) { store in
            try score(store, year: year, regions: choice)
        }
    }

    private func score(_ store: Store, year: Int?, regions choice: RegionChoice) throws -> ScoreSummary {
        let scope = try RegionScope(store: store)
        var regions: Set<String>?
        if let year {
            regions = Set(try scope.regions(choice, year: year))
        } else {
            regions = try scope.regions(choice)
            if try store.submissionYears().isEmpty {
                throw AppError(
                    .noData, "no_submissions", "the database holds no submissions: nothing to score",
                    hint: "ingest the submissions first (capindex ingest FILES)")
            }
        }
        let (run, set) = try ScoreStage.run(store: store, now: environment.now)
        let shown = set.regional.filter { r in (year.map { r.year == $0 } ?? true) && (regions?.contains(r.region) ?? true) }
        return ScoreSummary(run: run, scores: set, shown: shown)
    }

    /// `explain`: an LA's LCI for a year, worked theme by theme; the LA by code or name.
    public func explain(database: String?, la: String, year: Int) throws -> Explanation {
        try reading(databasePath(database)) { store in
            let code = try RegionScope(store: store).resolveLA(la)
            return try Explainer(store: store).explain(la: code, year: year)
        }
    }

    /// `match`: the suggested support pairings of the year, per region.
    public func match(database: String?, year: Int, regions choice: RegionChoice) throws -> [RegionMatching] {
        try reading(databasePath(database)) { store in
            let regions = try RegionScope(store: store).regions(choice, year: year)
            return try Matcher(store: store).matchAll(years: [year], regions: Set(regions))
        }
    }

    /// `status`: the November status board of each region covered: every region where an
    /// LA sent anything for the year, even when nothing sent so far counts.
    public func status(database: String?, year: Int, regions choice: RegionChoice) throws -> [StatusBoard] {
        try reading(databasePath(database)) { store in
            let regions = try RegionScope(store: store).regions(choice, year: year, basis: .attempts)
            let boards = try store.statusBoards(year: year, regions: regions)
            return regions.map { boards[$0] ?? StatusBoard(year: year, region: $0, rows: []) }
        }
    }

    /// The register of the database (names for printing).
    public func register(database: String?) throws -> LARegister {
        try reading(databasePath(database)) { try $0.loadRegister() }
    }
}
