import CapIndexDomain
import CapIndexFormats
import CapIndexStore

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
