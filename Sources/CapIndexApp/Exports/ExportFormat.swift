/// Export file format.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// UTF-8 with a byte-order mark, for Excel.
    case csv
    /// Arrays of objects, numbers as numbers.
    case json
}
