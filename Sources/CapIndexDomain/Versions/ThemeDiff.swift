/// A field of a theme that a ``ThemeDiff`` compares.
public enum ThemeField: String, Sendable, Codable, CaseIterable {
    /// The theme is in one version only.
    case presence
    case rating, strength, development, offer, need, confidence, narrative
}

/// One theme of a ``SubmissionDiff``: its entry in each version and what differs.
public struct ThemeDiff: Sendable, Codable, Equatable {
    /// Theme id.
    public var theme: String
    /// Theme title as the framework has it.
    public var title: String
    /// The entry in the earlier version; nil when that version has no row for the theme.
    public var before: ThemeEntry?
    /// The entry in the later version; nil when that version has no row for the theme.
    public var after: ThemeEntry?
    /// The fields that differ, in ``ThemeField`` order; empty when the theme is unchanged.
    public var changes: [ThemeField]
    /// Challenge flags (single-submission rules) the later version raises and the earlier did not.
    public var flagsRaised: [DiagnosticCode]
    /// Challenge flags the earlier version raised and the later does not.
    public var flagsCleared: [DiagnosticCode]

    /// True when anything differs.
    public var changed: Bool { !changes.isEmpty }
    /// True when the narrative was rewritten (its text differs in any way).
    public var narrativeChanged: Bool { changes.contains(.narrative) }

    /// Compares one theme's entries; `flagsBefore` and `flagsAfter` are the flag codes each version raises on it.
    public init(
        theme: String, title: String, before: ThemeEntry?, after: ThemeEntry?, flagsBefore: [DiagnosticCode] = [],
        flagsAfter: [DiagnosticCode] = []
    ) {
        self.theme = theme
        self.title = title
        self.before = before
        self.after = after
        flagsRaised = flagsAfter.filter { !flagsBefore.contains($0) }
        flagsCleared = flagsBefore.filter { !flagsAfter.contains($0) }
        guard let a = before, let b = after else {
            changes = before == nil && after == nil ? [] : [.presence]
            return
        }
        var c: [ThemeField] = []
        if a.rating != b.rating { c.append(.rating) }
        if a.strength != b.strength { c.append(.strength) }
        if a.development != b.development { c.append(.development) }
        if a.offer != b.offer { c.append(.offer) }
        if a.need != b.need { c.append(.need) }
        if a.confidence != b.confidence { c.append(.confidence) }
        if a.narrative != b.narrative { c.append(.narrative) }
        changes = c
    }
}
