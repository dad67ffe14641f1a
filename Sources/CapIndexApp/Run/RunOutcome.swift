import CapIndexDomain

/// What a run did.
public struct RunOutcome: Sendable, Codable {
    /// True when nothing changed since the last run and nothing was rewritten.
    public var unchanged = false
    /// The previous run's time, when unchanged.
    public var lastRunAt: String?
    /// What the ingest stage did.
    public var ingest: IngestReport?
    /// What the indicator files of the evidence stage did.
    public var evidence: EvidenceImportReport?
    /// What the Ofsted files of the evidence stage did.
    public var ofsted: EvidenceImportReport?
    /// What the outcome, challenge and action imports did, in that order.
    public var improvement: [ImprovementImportReport] = []
    /// The scoring run the reports and exports read.
    public var scoreRun: ScoreRun?
    /// Pages written, and pages whose content was unchanged (left alone).
    public var pagesWritten = 0
    /// Pages whose content had not changed.
    public var pagesUnchanged = 0
    /// Export files written (the manifest included).
    public var exportFiles = 0
    /// Set when the year has no submissions in the regions asked for: nothing was
    /// written, and the command ends with exit code 1 after the stage diagnostics.
    public var nothingToDo: AppError?
    /// Every diagnostic of every stage, tagged with its stage.
    public var diagnostics: [StageDiagnostic] = []
    /// Wall time of each stage in milliseconds, in stage order.
    public var timings: [StageTiming] = []

    /// Nothing done yet.
    public init() {}

    /// SPEC 7 exit code: 1 when a submission, evidence file or improvement row was
    /// rejected, or when there was nothing to do; else 0.
    public var exitCode: Int32 {
        let ingestErrors = ingest?.errorCount ?? 0
        let rejected = (evidence?.rejectedFiles ?? 0) + (ofsted?.rejectedFiles ?? 0) + improvement.map(\.errorCount).reduce(0, +)
        return ingestErrors + rejected > 0 || nothingToDo != nil ? 1 : 0
    }
}

/// How long one stage took.
public struct StageTiming: Sendable, Codable {
    /// The stage's name.
    public var stage: String
    /// Its wall time.
    public var milliseconds: Double
}

/// A diagnostic with the pipeline stage it came from.
public struct StageDiagnostic: Sendable, Codable {
    /// The stage's name.
    public var stage: String
    /// The diagnostic.
    public var diagnostic: Diagnostic
}
