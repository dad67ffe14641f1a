import CapIndexDomain

/// New, changed and unchanged counts of one evidence write.
public struct ImportCounts: Sendable {
    /// Values (or inspections) not stored before.
    public var new = 0
    /// Values that replaced a different stored value.
    public var changed = 0
    /// Values equal to what was stored.
    public var unchanged = 0
    /// Per catalogue index, for indicator files.
    public var perIndicator: [Int: IndicatorImportCount] = [:]
    /// Changed values grouped by the file they came from before (I008).
    public var replacements: [EvidenceReplacement] = []
}

/// New, changed and unchanged values of one indicator in one file.
public struct IndicatorImportCount: Sendable, Codable, Equatable {
    /// Catalogue id.
    public var indicator: String
    /// First period (the year it counts as).
    public var firstPeriod: Int
    /// Last period.
    public var lastPeriod: Int
    /// LA values in the file.
    public var values: Int
    /// Values not stored before.
    public var new: Int
    /// Values that replaced a different stored value.
    public var changed: Int
    /// Values equal to what was stored.
    public var unchanged: Int
}
