/// Why rows of an evidence file were not used (I005): each reason is counted and
/// explained, never dropped silently.
public enum IgnoreReason: Hashable, Sendable {
    /// EES: the row's filter values hold no catalogue indicator.
    case noIndicator
    /// LAIT or tidy: the indicator is not in the catalogue.
    case unknownIndicator(String)
    /// A geographic level other than National, Regional or Local authority.
    case geographicLevel(String)
    /// A time period that is not a year.
    case period(String)
    /// The LA code matches no register row.
    case unmatchedLA
    /// A `version` value other than Final, Revised or Provisional.
    case version(String)
    /// A more final version of the same period is in the file.
    case supersededVersion
    /// A later row holds the same indicator, LA (or area) and period.
    case duplicate
    /// A Regional row without a region.
    case noRegion
    /// Ofsted: a date that is not a real date.
    case date(String)
    /// Ofsted: a judgement that is not a grade.
    case grade(String)
    /// Ofsted: published before the inspection date.
    case publishedBeforeInspection
    /// Ofsted: a later row holds the same LA and inspection date.
    case duplicateInspection

    /// The reason in words, for I005.
    public var text: String {
        switch self {
        case .noIndicator: "the row's filter values hold no indicator of the catalogue"
        case .unknownIndicator(let s): "'\(s)' is not an indicator of the catalogue"
        case .geographicLevel(let s): "geographic level '\(s)' is not National, Regional or Local authority"
        case .period(let s): "time period '\(s)' is not a year such as 2025 or 202425"
        case .unmatchedLA: "the LA code matches no LA of the register"
        case .version(let s): "version '\(s)' is not Final, Revised or Provisional"
        case .supersededVersion: "a more final version of the same period is in the file (Final, then Revised, then Provisional)"
        case .duplicate: "a later row of the file holds the same indicator, LA and period (the last row wins)"
        case .noRegion: "a Regional row without region_name or region_code"
        case .date(let s): "'\(s)' is not a date (YYYY-MM-DD or DD/MM/YYYY)"
        case .grade(let s): "judgement '\(s)' is not Outstanding, Good, Requires improvement to be good or Inadequate"
        case .publishedBeforeInspection: "the publication date is before the inspection date"
        case .duplicateInspection: "a later row of the file holds the same LA and inspection date (the last row wins)"
        }
    }

    /// What to do about it.
    public var hint: String {
        switch self {
        case .noIndicator, .unknownIndicator: "only catalogue indicators are imported; add it to the framework to use it"
        case .geographicLevel: "only LA rows and the National and Regional comparators are used"
        case .period: "write the period as 2025 or 202425"
        case .unmatchedLA: "check the code against the register, or add the LA to the register (--register)"
        case .version: "use Final, Revised or Provisional"
        case .supersededVersion: "nothing to do: the most final version is used"
        case .duplicate: "keep one row per indicator, LA and period"
        case .noRegion: "fill in region_name"
        case .date, .publishedBeforeInspection: "check the dates against Ofsted's published file"
        case .grade: "use Ofsted's grade words, or leave the cell blank when the area was not judged"
        case .duplicateInspection: "keep one row per inspection"
        }
    }
}

/// Counts of ignored rows by reason, in the order the reasons first occurred.
public struct IgnoredRows: Sendable {
    /// The reasons, in the order they first occurred.
    public private(set) var order: [IgnoreReason] = []
    /// Count and first line per reason.
    public private(set) var counts: [IgnoreReason: (count: Int, firstLine: Int)] = [:]
    /// Distinct LA codes that matched nothing, in order of appearance.
    public private(set) var unmatchedCodes: [String] = []
    private var unmatchedSeen: Set<String> = []

    /// Nothing ignored yet.
    public init() {}

    /// Counts one row.
    public mutating func add(_ reason: IgnoreReason, line: Int) {
        if let c = counts[reason] {
            counts[reason] = (c.count + 1, min(c.firstLine, line))
        } else {
            order.append(reason)
            counts[reason] = (1, line)
        }
    }

    /// Counts a row whose LA code matched nothing.
    public mutating func addUnmatched(_ code: String, line: Int) {
        add(.unmatchedLA, line: line)
        if unmatchedSeen.insert(code).inserted { unmatchedCodes.append(code) }
    }

    /// Total rows ignored.
    public var total: Int { counts.values.reduce(0) { $0 + $1.count } }

    /// One entry per reason.
    public var entries: [IgnoredRowCount] {
        order.map { r in
            var text = r.text
            if r == .unmatchedLA {
                let shown = unmatchedCodes.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
                text += ": " + shown + (unmatchedCodes.count > 10 ? " and \(unmatchedCodes.count - 10) more" : "")
            }
            return IgnoredRowCount(reason: text, hint: r.hint, count: counts[r]!.count, firstLine: counts[r]!.firstLine)
        }
    }
}

/// Rows of one file ignored for one reason.
public struct IgnoredRowCount: Sendable, Codable, Equatable {
    /// Why.
    public var reason: String
    /// What to do about it.
    public var hint: String
    /// How many rows.
    public var count: Int
    /// The first such row's line.
    public var firstLine: Int

    /// Creates a value with every field given.
    public init(reason: String, hint: String, count: Int, firstLine: Int) {
        self.reason = reason
        self.hint = hint
        self.count = count
        self.firstLine = firstLine
    }
}
