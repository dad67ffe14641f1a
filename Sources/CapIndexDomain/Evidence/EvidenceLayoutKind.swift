/// The three published layouts of indicator files (SPEC 5), recognised by their header.
public enum EvidenceLayoutKind: String, Sendable, Codable, Equatable {
    /// Explore Education Statistics open data.
    case ees
    /// DfE Local Authority Interactive Tool long download.
    case lait
    /// `time_period`, `old_la_code`/`new_la_code`, `indicator`, `value`.
    case tidy

    /// How messages name the layout.
    public var title: String {
        switch self {
        case .ees: "EES open data"
        case .lait: "LAIT download"
        case .tidy: "tidy indicator file"
        }
    }
}
