/// How one LA's LCI was made, theme by theme, for a performance manager to check by hand.
public struct Explanation: Sendable, Codable, Equatable {
    /// The 3-digit LA code.
    public var laCode: String
    /// The LA's name, as the register has it.
    public var laName: String
    /// The region, as the register spells it.
    public var region: String
    /// The submission year.
    public var year: Int
    /// The version number of the submission.
    public var version: Int
    /// The file the submission came from.
    public var sourceFile: String
    /// Normalised component weights a, b, g.
    public var a: Exact, b: Exact, g: Exact
    /// Each theme's parts, in framework order.
    public var themes: [ThemeScore]
    /// Σ w·c.
    public var weightedSum: Exact
    /// Σ w.
    public var weightTotal: Exact
    /// The LCI, exactly.
    public var lci: Exact
    /// The capacity band.
    public var band: String
    /// The LCI of the year before, when there is one.
    public var previousLCI: Exact?
    /// The framework's id.
    public var frameworkID: String
    /// The framework's version.
    public var frameworkVersion: String

    /// Creates a value with every field given.
    public init(
        laCode: String, laName: String, region: String, year: Int, version: Int, sourceFile: String, a: Exact, b: Exact, g: Exact,
        themes: [ThemeScore], weightedSum: Exact, weightTotal: Exact, lci: Exact, band: String, previousLCI: Exact? = nil,
        frameworkID: String, frameworkVersion: String
    ) {
        self.laCode = laCode
        self.laName = laName
        self.region = region
        self.year = year
        self.version = version
        self.sourceFile = sourceFile
        self.a = a
        self.b = b
        self.g = g
        self.themes = themes
        self.weightedSum = weightedSum
        self.weightTotal = weightTotal
        self.lci = lci
        self.band = band
        self.previousLCI = previousLCI
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
    }
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

extension Explanation {
    /// Explains `submission`'s LCI, with the change from `previous` (the same LA's current
    /// submission of the year before) when there is one.
    public static func make(
        submission sub: StoredSubmission, previous: StoredSubmission?, framework: Framework, register: LARegister
    ) -> Explanation {
        let engine = ScoringEngine(framework: framework, register: register)
        let score = engine.laScore(sub, previous: previous.map { engine.laScore($0, previous: nil).lci })
        let f = CapacityFormula(framework.componentWeights)
        return Explanation(
            laCode: sub.laCode, laName: score.laName, region: score.region, year: sub.year, version: sub.version,
            sourceFile: sub.sourceFile, a: f.a, b: f.b, g: f.g, themes: score.themes,
            weightedSum: score.themes.map { $0.weight * $0.c }.exactSum(),
            weightTotal: score.themes.map(\.weight).exactSum(), lci: score.lci, band: score.band,
            previousLCI: score.lciChange.map { score.lci - $0 }, frameworkID: framework.id,
            frameworkVersion: framework.version)
    }
}
