/// Which published comparator a row is.
public enum ComparatorLevel: String, Sendable, Codable, Equatable {
    /// England.
    case national
    /// A region (or Inner / Outer London) as the file names it.
    case regional
}

/// One LA value read from a file, before it meets the store.
public struct PendingValue: Sendable {
    /// The value or its missing code.
    public var cell: EvidenceCell
    /// True when it came from a combined return of several LAs.
    public var combined: Bool
    /// Version rank: 3 Final, 2 Revised, 1 Provisional, 0 no version column.
    public var rank: Int8
    /// The physical line of the row.
    public var line: Int

    /// A value read at `line`.
    @inlinable
    public init(cell: EvidenceCell, combined: Bool, rank: Int8, line: Int) {
        self.cell = cell
        self.combined = combined
        self.rank = rank
        self.line = line
    }
}

/// Identifies a published comparator within a file.
public struct ComparatorKey: Hashable, Sendable {
    /// Index into the catalogue.
    public var indicator: Int
    /// The year the period counts as.
    public var period: Int
    /// National or regional.
    public var level: ComparatorLevel
    /// Area name folded to lower case.
    public var area: String

    /// A key.
    public init(indicator: Int, period: Int, level: ComparatorLevel, area: String) {
        self.indicator = indicator
        self.period = period
        self.level = level
        self.area = area
    }
}

/// One published regional or national figure read from a file.
public struct PendingComparator: Sendable {
    /// The area as published.
    public var area: String
    /// Its code, when the file gives one.
    public var areaCode: String?
    /// The value or its missing code.
    public var cell: EvidenceCell
    /// Version rank, as for ``PendingValue``.
    public var rank: Int8
    /// The physical line of the row.
    public var line: Int

    /// A figure read at `line`.
    public init(area: String, areaCode: String?, cell: EvidenceCell, rank: Int8, line: Int) {
        self.area = area
        self.areaCode = areaCode
        self.cell = cell
        self.rank = rank
        self.line = line
    }
}

/// Packs (catalogue index, period, LA index) into one dictionary key: a national file has
/// hundreds of thousands of values, and a struct key costs twice the hashing.
public enum PendingKey {
    /// The key of one value.
    @inlinable
    public static func make(_ indicator: Int, _ period: Int, _ la: Int16) -> UInt64 {
        UInt64(indicator) << 32 | UInt64(period) << 16 | UInt64(UInt16(bitPattern: la))
    }
    /// The catalogue index of a key.
    @inlinable public static func indicator(_ k: UInt64) -> Int { Int(k >> 32) }
    /// The period of a key.
    @inlinable public static func period(_ k: UInt64) -> Int { Int((k >> 16) & 0xFFFF) }
    /// The LA index of a key.
    @inlinable public static func la(_ k: UInt64) -> Int { Int(k & 0xFFFF) }
    /// The key of an (indicator, period) pair, for period labels and version ranks.
    @inlinable public static func periodKey(_ indicator: Int, _ period: Int) -> UInt32 { UInt32(indicator) << 16 | UInt32(period) }
}

/// What one indicator file holds, read in one streaming pass: the values the store is to
/// keep, keyed by ``PendingKey``, with everything the import reports about the file.
public struct EvidenceScanResult: Sendable {
    /// LA values by ``PendingKey``.
    public var values: [UInt64: PendingValue] = [:]
    /// Published national and regional figures.
    public var comparators: [ComparatorKey: PendingComparator] = [:]
    /// The period as published (`202425`) per (indicator, period).
    public var labels: [UInt32: String] = [:]
    /// An EES file's `time_identifier` per (indicator, period): what the period is.
    public var timeIdentifiers: [UInt32: String] = [:]
    /// Rows not used, by reason.
    public var ignored = IgnoredRows()
    /// Data rows read (blank rows not counted).
    public var rows = 0
    /// Cells that were text other than a missing-value symbol ("not a number").
    public var notNumbers = 0
    /// Rows that hold a catalogue indicator (before LA matching and the version rule).
    public var hits = 0

    /// Nothing read yet.
    public init() {}
}
