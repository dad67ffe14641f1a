import CapIndexDomain
import CapIndexFormats
import CapIndexStore

/// The score stage of the pipeline: computes and records a run, or reuses the latest
/// one when nothing it reads has changed.
public enum ScoreStage {
    /// Scores every current submission and records the run.
    public static func run(store: Store, now: String) throws -> (run: ScoreRun, scores: ScoreSet) {
        try run(store: store, now: now, fingerprint: try store.inputsFingerprint())
    }

    static func run(store: Store, now: String, fingerprint: (hash: String, inputs: String)) throws -> (run: ScoreRun, scores: ScoreSet) {
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let register = try store.loadRegister()
        let evidence = try store.evidenceSource()
        let submissions = try ScoringInput.forScoring(store)
        let set = ScoringEngine(framework: bound.framework, register: register, evidence: evidence).score(submissions)
        // The pairs are solved here, once, from the same inputs, and recorded with the run:
        // exports read them back (solving every region and year again was 70% of an export).
        let matching = SupportMatching(framework: bound.framework, register: register, submissions: submissions, evidence: evidence)
            .matchAll()
        let run = try store.saveScoreRun(set, matching: matching, framework: bound, fingerprint: fingerprint, at: now)
        return (run, set)
    }

    /// The latest run when its inputs are still current; otherwise a new run.
    public static func ensureFresh(store: Store, now: String) throws -> (run: ScoreRun, rescored: Bool) {
        let fingerprint = try store.inputsFingerprint()
        if let last = try latest(store: store, fingerprint: fingerprint.hash) { return (last, false) }
        return (try run(store: store, now: now, fingerprint: fingerprint).run, true)
    }

    /// The latest run when its inputs are still current, else nil: a command that only
    /// reads asks this before it reads the results.
    public static func latestIfFresh(store: Store) throws -> ScoreRun? {
        try latest(store: store, fingerprint: try store.inputsFingerprint().hash)
    }

    private static func latest(store: Store, fingerprint: String) throws -> ScoreRun? {
        guard let last = try store.latestScoreRun(), last.inputsHash == fingerprint, last.resultsVersion == Store.resultsVersion
        else { return nil }
        return last
    }
}
