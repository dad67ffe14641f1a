import ArgumentParser
import CapIndexApp
import CapIndexDomain

/// `capindex diff LA --year Y [--from N] [--to M]`: what changed between two versions.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of an LA's submission, theme by theme (default: previous → current).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The LA: 3-digit DfE code, ONS code or name.")
    var la: String

    @Option(name: .long, help: "The submission year.")
    var year: Int

    @Option(name: .long, help: "The earlier version (default: the one before --to that was not withdrawn).")
    var from: Int?

    @Option(name: .long, help: "The later version (default: the current one).")
    var to: Int?

    func validate() throws {
        if let f = from, f < 1 { throw ValidationError("--from \(f) is not a version: versions are numbered from 1.") }
        if let t = to, t < 1 { throw ValidationError("--to \(t) is not a version: versions are numbered from 1.") }
    }

    func run() throws {
        try CommandRunner.run(Self.self, global) { app, out in
            let d = try app.diff(database: global.db, la: la, year: year, from: from, to: to)
            out.document(d)
            out.line(
                "\(d.laName.map { "\($0) (\(d.laCode))" } ?? d.laCode) \(d.year): version \(d.from.version) (\(d.from.sourceFile), \(d.from.ingestedAt)) → "
                    + "version \(d.to.version) (\(d.to.sourceFile), \(d.to.ingestedAt))")
            if d.sameContent { out.line("same content in both versions (sent again)") }
            for f in d.submissionChanges {
                switch f {
                case .submittedOn: out.line("submitted on: \(d.from.submittedOn ?? "–") → \(d.to.submittedOn ?? "–")")
                default: out.line("signed off by: \(d.from.cxSignoff ?? "not signed off") → \(d.to.cxSignoff ?? "not signed off")")
                }
            }
            let t = TextTable(
                header: ["theme", "rating", "strength/development", "offer", "need", "narrative", "flags"], rows: d.themes.map(Self.row))
            out.line(t.render())
            let changed = d.changedThemes.count
            out.line("\(changed) of \(d.themes.count) themes changed")
            return 0
        }
    }

    /// One theme: each column says `a → b` when it changed, `same` when not.
    static func row(_ t: ThemeDiff) -> [String] {
        guard let a = t.before, let b = t.after else {
            return [t.title, t.before == nil ? "added" : "removed", "", "", "", "", ""]
        }
        func pair<T: Equatable>(_ x: T, _ y: T, _ show: (T) -> String) -> String { x == y ? "same" : "\(show(x)) → \(show(y))" }
        func sd(_ e: ThemeEntry) -> String { (e.strength ? "S" : "-") + (e.development ? "D" : "-") }
        var flags: [String] = t.flagsRaised.map { "+\($0.rawValue)" } + t.flagsCleared.map { "-\($0.rawValue)" }
        if flags.isEmpty { flags = ["same"] }
        return [
            t.title, pair(a.rating, b.rating) { "\($0.rawValue) \($0.title)" }, pair(sd(a), sd(b)) { $0 },
            pair(a.offer, b.offer) { "\($0)" }, pair(a.need, b.need) { "\($0)" }, t.narrativeChanged ? "changed" : "same",
            flags.joined(separator: " "),
        ]
    }
}
