import CapIndexDomain
import CapIndexFormats
import CapIndexStore

/// What `evidence import` or `evidence ofsted` did, for the CLI, `--json` and tests.
public struct EvidenceImportReport: Sendable, Codable, Equatable {
    /// Every diagnostic (W001, W004, I001, I005, I006, I007), in the order found.
    public var diagnostics: [Diagnostic] = []
    /// One entry per file read.
    public var files: [EvidenceFileResult] = []
    /// Statistical-neighbour rows loaded during this import, if any were.
    public var neighbourRows: Int?

    /// An empty report.
    public init() {}

    /// Files rejected as not usable (W004).
    public var rejectedFiles: Int { files.filter { $0.status == .rejected }.count }
    /// LA values new over all files.
    public var valuesNew: Int { files.reduce(0) { $0 + $1.valuesNew } }
    /// LA values changed over all files.
    public var valuesChanged: Int { files.reduce(0) { $0 + $1.valuesChanged } }
    /// LA values unchanged over all files.
    public var valuesUnchanged: Int { files.reduce(0) { $0 + $1.valuesUnchanged } }

    /// `3 files: 2 imported, 1 unchanged, 0 rejected; values 120 new, 4 changed, 0 unchanged`.
    public var summary: String {
        let imported = files.filter { $0.status == .imported }.count
        let unchanged = files.filter { $0.status == .unchanged }.count
        return "\(files.count) file\(files.count == 1 ? "" : "s"): \(imported) imported, \(unchanged) unchanged, "
            + "\(rejectedFiles) rejected; \(valuesNew) new, \(valuesChanged) changed, \(valuesUnchanged) unchanged"
    }
}

/// The outcome for one evidence file.
public struct EvidenceFileResult: Sendable, Codable, Equatable {
    /// What happened to the file.
    public enum Status: String, Sendable, Codable, Equatable {
        /// Read and stored (possibly with nothing new).
        case imported
        /// The same bytes were imported before: nothing changed.
        case unchanged
        /// Not usable (W004): nothing stored.
        case rejected
    }

    /// The path as given.
    public var file: String
    /// What happened.
    public var status: Status
    /// The layout recognised (`ofsted` files have none).
    public var layout: EvidenceLayoutKind?
    /// SHA-256 of the bytes.
    public var sha256: String
    /// Data rows read.
    public var rows = 0
    /// Values (LA values, or Ofsted inspections) not in the store before.
    public var valuesNew = 0
    /// Values that replaced a different stored value.
    public var valuesChanged = 0
    /// Values equal to what was stored.
    public var valuesUnchanged = 0
    /// Published national and regional figures read.
    public var comparators = 0
    /// Missing values whose text is not one of the published symbols ("not a number").
    public var notNumbers = 0
    /// Per catalogue indicator.
    public var indicators: [IndicatorImportCount] = []
    /// Rows not used, by reason.
    public var ignored: [IgnoredRowCount] = []
    /// Values that replaced values another file had given (I008), by that file.
    public var replacements: [EvidenceReplacement] = []

    /// A result for `file`.
    public init(file: String, status: Status, layout: EvidenceLayoutKind? = nil, sha256: String) {
        self.file = file
        self.status = status
        self.layout = layout
        self.sha256 = sha256
    }
}
