/// A file that evidence came from (SPEC 5, provenance): its name as given at import, its
/// layout, SHA-256 and import time. Every stored value and published figure names one.
public struct EvidenceSourceFile: Sendable, Codable, Equatable, Hashable {
    /// The store's id of the file.
    public var id: Int
    /// The path as given at import.
    public var fileName: String
    /// EES, LAIT or tidy; nil for an Ofsted outcomes file.
    public var layout: EvidenceLayoutKind?
    /// SHA-256 of the bytes, hex.
    public var sha256: String
    /// When it was imported (ISO 8601).
    public var importedAt: String

    /// Creates a value with every field given.
    public init(id: Int, fileName: String, layout: EvidenceLayoutKind?, sha256: String, importedAt: String) {
        self.id = id
        self.fileName = fileName
        self.layout = layout
        self.sha256 = sha256
        self.importedAt = importedAt
    }

    /// The file name without its folders (they differ between machines and say nothing to a reader).
    public var baseName: String {
        fileName.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? fileName
    }

    /// Who publishes what this layout holds, as the source notes say it.
    public var publisher: String {
        switch layout {
        case .ees: "DfE, Explore Education Statistics open data"
        case .lait: "DfE, Local Authority Interactive Tool download"
        case .tidy: "indicator file in the tidy layout"
        case nil: "Ofsted, children's social care inspection outcomes (ILACS)"
        }
    }
}

/// Values of one indicator file that replaced values another file had given (notice
/// I008): how many, and up to five examples with the old and the new value.
public struct EvidenceReplacement: Sendable, Codable, Equatable {
    /// The file imported.
    public var file: EvidenceSourceFile
    /// The file whose values it replaced.
    public var previous: EvidenceSourceFile
    /// How many values changed.
    public var count: Int
    /// Up to five of them, in catalogue, period and LA order.
    public var examples: [Example]

    /// One replaced value.
    public struct Example: Sendable, Codable, Equatable {
        /// Catalogue id.
        public var indicator: String
        /// The year the period counts as.
        public var period: Int
        /// 3-digit LA code.
        public var laCode: String
        /// The value before, or its missing code.
        public var old: String
        /// The value now, or its missing code.
        public var new: String

        /// An example.
        public init(indicator: String, period: Int, laCode: String, old: String, new: String) {
            self.indicator = indicator
            self.period = period
            self.laCode = laCode
            self.old = old
            self.new = new
        }
    }

    /// Creates a value with every field given.
    public init(file: EvidenceSourceFile, previous: EvidenceSourceFile, count: Int, examples: [Example]) {
        self.file = file
        self.previous = previous
        self.count = count
        self.examples = examples
    }

    /// A cell as the notice shows it: the number, or `missing (code c)`.
    public static func text(_ cell: EvidenceCell) -> String {
        switch cell {
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .missing(let c): "missing (code \(c.isEmpty ? "blank" : c))"
        }
    }
}
