import CapIndexDomain
import CapIndexStore

/// One named step of `capindex run` over the run's shared context. An error a stage
/// throws comes out tagged with the stage's name.
struct RunStage: Sendable {
    /// The name progress lines and tagged errors show: `[3/5] score`.
    let name: String
    /// The work.
    let body: @Sendable (inout RunContext) throws -> Void
}

/// What the stages of one run share: the store, the request, and what each stage leaves
/// for the next.
struct RunContext {
    let store: Store
    let request: RunRequest
    /// What the caller is told as the run goes.
    var events: RunEvents = .silent
    var outcome = RunOutcome()
    /// The scoring run the reports and exports read (the score stage sets it).
    var run: ScoreRun?
    /// The regions reports and exports cover (the reports stage decides).
    var regions: [String] = []
    /// Every file written, for the next run's comparison.
    var outputs: [String] = []
    /// The database as the reports read it (the reports stage records it before it reads),
    /// with the scoring inputs the scores were computed from: what the run consumed.
    var consumed: String?
    /// What the report date decided as the reports read the database (``DateResults``).
    var dateResults: String?

    /// True once the run has found nothing to do: the later stages write nothing.
    var finished: Bool { outcome.nothingToDo != nil }

    /// Adds a stage's diagnostics to the outcome.
    mutating func log(_ stage: String, _ diagnostics: [Diagnostic]) {
        outcome.diagnostics += diagnostics.map { StageDiagnostic(stage: stage, diagnostic: $0) }
    }
}
