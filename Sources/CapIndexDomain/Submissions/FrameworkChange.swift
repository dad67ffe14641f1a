/// Re-checks the current submissions against a framework a database is being moved to
/// (SPEC 1: an explicit step that reports every submission that no longer satisfies it).
public enum FrameworkChange {
    /// Problems of each current submission under `framework`: missing themes (E211),
    /// themes it no longer has (E203), narratives over its limit (E215).
    public static func revalidate(_ submissions: [StoredSubmission], against framework: Framework) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for s in submissions where s.isCurrent {
            let at = SourceLocation(file: s.sourceFile)
            let have = Set(s.themes.map(\.theme))
            let missing = framework.themes.map(\.id).filter { !have.contains($0) }
            if !missing.isEmpty {
                out.append(
                    Diagnostic(
                        .e211,
                        "\(s.laCode) \(s.year) v\(s.version) has no row for \(missing.joined(separator: ", ")) of framework \(framework.id) \(framework.version)",
                        hint: "the LA needs to resubmit with every theme of the new framework", at: at,
                        laCode: s.laCode, year: s.year))
            }
            for t in s.themes where framework.theme(id: t.theme) == nil {
                out.append(
                    Diagnostic(
                        .e203,
                        "\(s.laCode) \(s.year) v\(s.version) rates '\(t.theme)', which framework \(framework.id) \(framework.version) does not have",
                        hint: "the rating is ignored in scoring under the new framework", at: at,
                        laCode: s.laCode, year: s.year, theme: t.theme))
            }
            for t in s.themes where t.narrative.unicodeScalars.count > framework.effectiveNarrativeLimit {
                out.append(
                    Diagnostic(
                        .e215,
                        "\(s.laCode) \(s.year) v\(s.version) narrative of '\(t.theme)' has \(t.narrative.unicodeScalars.count) characters; the new limit is \(framework.effectiveNarrativeLimit)",
                        hint: DiagnosticCode.e215.hint, at: at, laCode: s.laCode, year: s.year, theme: t.theme))
            }
        }
        return out
    }
}
