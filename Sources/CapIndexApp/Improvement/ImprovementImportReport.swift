import CapIndexDomain
import CapIndexStore

/// What an `outcomes import`, `challenges import` or `actions import` did.
public struct ImprovementImportReport: Sendable, Codable {
    /// Which file kind.
    public var kind: ImprovementKind
    /// Every diagnostic, in the order found.
    public var diagnostics: [Diagnostic] = []
    /// Files read (unchanged ones included).
    public var files = 0
    /// Files whose bytes were imported before with every row standing (I001).
    public var unchangedFiles = 0
    /// Files rejected as a whole (a file-level error).
    public var rejectedFiles = 0
    /// Rows (outcomes, challenges, actions) that stand.
    public var loaded = 0
    /// Rows rejected, each alone.
    public var rejected = 0
    /// What the store made of the rows that stand.
    public var counts = ImprovementWriteCounts()

    /// An empty report of one kind.
    public init(kind: ImprovementKind) { self.kind = kind }

    /// Errors among the diagnostics.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// `12 outcomes read: 3 new, 1 replaced an earlier one, 8 unchanged; 1 rejected`.
    public var summary: String {
        let noun = kind == .challenges ? "challenge" : kind.rowNoun
        var s =
            "\(loaded) \(noun)\(loaded == 1 ? "" : "s") read: \(counts.new) new, \(counts.replaced) replaced an earlier state, \(counts.unchanged) unchanged"
        if rejected > 0 { s += "; \(rejected) row\(rejected == 1 ? "" : "s") rejected" }
        if rejectedFiles > 0 { s += "; \(rejectedFiles) file\(rejectedFiles == 1 ? "" : "s") rejected" }
        if unchangedFiles > 0 { s += "; \(unchangedFiles) file\(unchangedFiles == 1 ? "" : "s") already imported" }
        return s
    }

    /// SPEC 7: 1 when a row or file was rejected, else 0.
    public var exitCode: Int32 { errorCount > 0 ? 1 : 0 }
}
