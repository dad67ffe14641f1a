/// What changed between two stored versions of one LA's submission for a year (SPEC 2
/// "Versions", SPEC 7 `diff`): the submission-level fields, then every theme of the
/// framework in framework order — rating, key strength, area for development, offer,
/// need, confidence, narrative changed or not — and the challenge flags that one version
/// raises and the other does not. `capindex diff`, the status board and the challenge
/// pack's "what changed" section all read this one value.
///
/// Build it from two version snapshots (``StoredSubmission`` with their themes loaded):
///
/// ```swift
/// let versions = try store.versions(laCode: "370", year: 2026)
/// if let (from, to) = SubmissionDiff.defaultPair(in: versions) {
///     let diff = SubmissionDiff(from: from, to: to, framework: framework)
///     for t in diff.changedThemes { print(t.title, t.changes.map(\.rawValue)) }
/// }
/// ```
///
/// The diff compares content only: two versions from different files with the same
/// values have ``sameContent`` true (the LA sent the same again).
public struct SubmissionDiff: Sendable, Codable, Equatable {
    /// The 3-digit LA code.
    public var laCode: String
    /// The LA's name in the register, set by whoever knows it (`diff` does); nil otherwise.
    public var laName: String?
    /// The submission year.
    public var year: Int
    /// The earlier version compared.
    public var from: DiffEnd
    /// The later version compared.
    public var to: DiffEnd
    /// Submission-level fields that differ (`submitted_on`, `cx_signoff`), in that order.
    public var submissionChanges: [SubmissionField]
    /// Every theme of the framework in framework order, then any theme only a version has.
    public var themes: [ThemeDiff]

    /// The themes with at least one change.
    public var changedThemes: [ThemeDiff] { themes.filter(\.changed) }
    /// True when nothing but the file differs.
    public var sameContent: Bool { submissionChanges.isEmpty && changedThemes.isEmpty }

    /// Compares version `from` with version `to` of the same LA and year; theme titles and
    /// order come from `framework`. The flags compared are those one submission raises alone
    /// (W101–W103, W107–W109), unless `flags` gives every flag of a version (with history
    /// and evidence: ``ScoringEngine/flags(_:sub:)``).
    public init(
        from a: StoredSubmission, to b: StoredSubmission, framework: Framework,
        flags: (StoredSubmission) -> [ChallengeFlag] = SubmissionDiff.singleSubmissionFlags
    ) {
        laCode = b.laCode
        year = b.year
        from = DiffEnd(a)
        to = DiffEnd(b)
        submissionChanges = []
        if a.submittedOn != b.submittedOn { submissionChanges.append(.submittedOn) }
        if a.cxSignoff != b.cxSignoff { submissionChanges.append(.cxSignoff) }
        let flagsA = Self.byTheme(flags(a)), flagsB = Self.byTheme(flags(b))
        var ids = framework.themes.map(\.id)
        for t in a.themes + b.themes where !ids.contains(t.theme) { ids.append(t.theme) }
        themes = ids.compactMap { id in
            let x = a.theme(id), y = b.theme(id)
            guard x != nil || y != nil else { return nil }
            return ThemeDiff(
                theme: id, title: framework.theme(id: id)?.title ?? id, before: x, after: y,
                flagsBefore: flagsA[id] ?? [], flagsAfter: flagsB[id] ?? [])
        }
    }

    /// SPEC 7's default pair: the current version (or, when none counts, the latest) and
    /// the latest version before it that was not withdrawn (a withdrawn version was filed
    /// under the wrong LA or year, so it is no fair comparison), else the one just before
    /// it. Nil when there is only one version.
    public static func defaultPair(in versions: [StoredSubmission]) -> (from: StoredSubmission, to: StoredSubmission)? {
        let sorted = versions.sorted { $0.version < $1.version }
        guard let to = sorted.first(where: \.isCurrent) ?? sorted.last else { return nil }
        let earlier = sorted.filter { $0.version < to.version }
        guard let from = earlier.last(where: { !$0.isWithdrawn }) ?? earlier.last else { return nil }
        return (from, to)
    }

    /// The challenge flags a version raises alone, without history or evidence.
    public static func singleSubmissionFlags(_ s: StoredSubmission) -> [ChallengeFlag] {
        ChallengeRules.singleSubmission(laCode: s.laCode, year: s.year, cxSignoff: s.cxSignoff, themes: s.themes)
    }

    /// A version's flags by theme (a submission-level flag has none).
    private static func byTheme(_ flags: [ChallengeFlag]) -> [String: [DiagnosticCode]] {
        var out: [String: [DiagnosticCode]] = [:]
        for f in flags {
            if let t = f.theme { out[t, default: []].append(f.code) }
        }
        return out
    }
}

/// One side of a ``SubmissionDiff``: which version, from which file, when.
public struct DiffEnd: Sendable, Codable, Equatable {
    /// Version number.
    public var version: Int
    /// The file it came from.
    public var sourceFile: String
    /// SHA-256 of that file.
    public var sourceSHA256: String
    /// When it was stored (ISO 8601).
    public var ingestedAt: String
    /// `submitted_on`.
    public var submittedOn: String?
    /// Chief executive sign-off; nil = not signed off.
    public var cxSignoff: String?
    /// True when the coordinator withdrew this version.
    public var withdrawn: Bool

    /// The end of a diff for a stored version.
    public init(_ s: StoredSubmission) {
        version = s.version
        sourceFile = s.sourceFile
        sourceSHA256 = s.sourceSHA256
        ingestedAt = s.ingestedAt
        submittedOn = s.submittedOn
        cxSignoff = s.cxSignoff
        withdrawn = s.isWithdrawn
    }
}

extension SubmissionField: Codable {}
