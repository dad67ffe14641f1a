/// How one LA's LCI was made, theme by theme, for a performance manager to check by hand.
public struct Explanation: Sendable, Codable, Equatable {
    public var laCode: String
    public var laName: String
    public var region: String
    public var year: Int
    public var version: Int
    public var sourceFile: String
    /// Normalised component weights a, b, g.
    public var a: Exact, b: Exact, g: Exact
    public var themes: [ThemeScore]
    /// Σ w·c.
    public var weightedSum: Exact
    /// Σ w.
    public var weightTotal: Exact
    public var lci: Exact
    public var band: String
    public var previousLCI: Exact?
    public var frameworkID: String
    public var frameworkVersion: String
}

/// Why an explanation cannot be given.
public enum ExplainError: Error, Equatable, CustomStringConvertible {
    case unknownLA(String)
    case noSubmission(String, Int)

    public var description: String {
        switch self {
        case .unknownLA(let c): "LA '\(c)' is not in the register: use its 3-digit or ONS code"
        case .noSubmission(let c, let y): "\(c) has no current submission for \(y)"
        }
    }
}

extension Store {
    /// Explains an LA's LCI for a year from its current submission.
    public func explain(la: String, year: Int) throws -> Explanation {
        let register = try loadRegister()
        guard let code = register.resolve(la) else { throw ExplainError.unknownLA(la) }
        guard let bound = try currentFramework() else { throw IngestError.notInitialised }
        let subs = try currentSubmissions().filter { $0.laCode == code }
        guard let sub = subs.first(where: { $0.year == year }) else { throw ExplainError.noSubmission(code, year) }
        let engine = ScoringEngine(framework: bound.framework, register: register)
        let score = engine.laScore(sub, previous: subs.first { $0.year == year - 1 }.map { engine.laScore($0, previous: nil).lci })
        let f = CapacityFormula(bound.framework.componentWeights)
        return Explanation(
            laCode: code, laName: score.laName, region: score.region, year: year, version: sub.version,
            sourceFile: sub.sourceFile, a: f.a, b: f.b, g: f.g, themes: score.themes,
            weightedSum: score.themes.map { $0.weight * $0.c }.exactSum(),
            weightTotal: score.themes.map(\.weight).exactSum(), lci: score.lci, band: score.band,
            previousLCI: score.lciChange.map { score.lci - $0 }, frameworkID: bound.framework.id,
            frameworkVersion: bound.framework.version)
    }
}
