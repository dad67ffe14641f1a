/// An indicator's direction of travel for one LA (SPEC 5): the values of the latest five
/// periods up to the period used, the change from the previous period with a value, and
/// a word by polarity. "Band D and improving" and "band A but declining" are what the
/// challenge turns on.
public struct DirectionOfTravel: Sendable, Codable, Equatable {
    /// One period of the series.
    public struct Point: Sendable, Codable, Equatable {
        /// The year the period counts as.
        public var period: Int
        /// Its label (`Reporting year 2025`).
        public var label: String
        /// The LA's value; nil when missing or when the LA has no row.
        public var value: Double?
        /// The missing code as published; nil when there is a value or no row at all.
        public var missingCode: String?

        /// A point.
        public init(period: Int, label: String, value: Double?, missingCode: String?) {
            self.period = period
            self.label = label
            self.value = value
            self.missingCode = missingCode
        }
    }

    /// The word by polarity, against the previous period with a value.
    public enum Word: String, Sendable, Codable, Equatable {
        case improving
        case declining
        case noChange = "no change"
    }

    /// Oldest first; the last is the period used.
    public var points: [Point]
    /// Latest value minus the previous value; nil when either is missing.
    public var change: Double?
    /// The period the change is against.
    public var previousPeriod: Int?
    /// Nil for polarity none (the change only) or when there is no change to judge.
    public var word: Word?

    /// The series of `points` (oldest first, ending with the period used) judged by `polarity`.
    public init(points: [Point], polarity: Polarity) {
        self.points = points
        guard let latest = points.last?.value,
            let previous = points.dropLast().last(where: { $0.value != nil })
        else {
            change = nil
            previousPeriod = nil
            word = nil
            return
        }
        // Published values carry at most a few decimals: a difference is compared after
        // rounding to 9 places, so 25.5 − 25.4 is a change and float noise is not.
        let d = ((latest - previous.value!) * 1e9).rounded() / 1e9
        change = d
        previousPeriod = previous.period
        switch polarity {
        case .none: word = nil
        case .lower: word = d == 0 ? .noChange : (d < 0 ? .improving : .declining)
        case .higher: word = d == 0 ? .noChange : (d > 0 ? .improving : .declining)
        }
    }

    /// How many periods a series holds at most.
    public static let length = 5
}

/// Suppressed or missing LA values of an indicator in one period (SPEC 5, small cohorts):
/// when 20% or more of the LA rows are missing, the bands are less reliable.
public struct Suppression: Sendable, Codable, Equatable {
    /// LA rows without a value (suppressed, missing or not a number), in England.
    public var missing: Int
    /// LA rows counted, in England: those of LAs the register has in the period.
    public var rows: Int
    /// The same in the LA's region.
    public var regionMissing: Int
    /// LA rows counted in the region.
    public var regionRows: Int

    /// Creates a value with every field given.
    public init(missing: Int, rows: Int, regionMissing: Int, regionRows: Int) {
        self.missing = missing
        self.rows = rows
        self.regionMissing = regionMissing
        self.regionRows = regionRows
    }

    /// True when the bands carry the caveat: 20% or more of the LA rows have no value.
    public var caveat: Bool { rows > 0 && missing * 5 >= rows }
}
