/// Direction of a theme's rating over the three-year window (SPEC 4).
public enum TrendDirection: String, Sendable, Codable, CaseIterable {
    case improving, stable, declining
    case insufficientHistory = "insufficient-history"
}

/// Strength / area-for-development status over the window (SPEC 4), first that applies.
public enum TrendStatus: String, Sendable, Codable, CaseIterable {
    case persistentDevelopment = "persistent-development"
    case persistentStrength = "persistent-strength"
    case newDevelopment = "new-development"
    case resolvedDevelopment = "resolved-development"
    case newStrength = "new-strength"
    case lapsedStrength = "lapsed-strength"
    case none
}

/// One LA and theme's trend at year y.
public struct TrendRow: Sendable, Equatable, Codable {
    /// The submission year y (the window ends in it).
    public var year: Int
    /// 3-digit LA code.
    public var laCode: String
    /// Theme id.
    public var theme: String
    /// The LA's rating of the theme in y; nil when the submission does not rate it.
    public var rating: Rating?
    /// Direction of the rating over the window.
    public var direction: TrendDirection
    /// Strength / area-for-development status over the window.
    public var status: TrendStatus

    /// Creates a value with every field given.
    public init(year: Int, laCode: String, theme: String, rating: Rating?, direction: TrendDirection, status: TrendStatus) {
        self.year = year
        self.laCode = laCode
        self.theme = theme
        self.rating = rating
        self.direction = direction
        self.status = status
    }
}

/// The three-year trend rules.
public enum TrendRules {
    /// A theme's entries in the window: index 0 = y − 2, 1 = y − 1, 2 = y. A nil
    /// submission means the LA did not submit that year; a nil entry inside a
    /// submission means the theme was not rated (an older framework).
    public static func trend(
        year: Int, laCode: String, theme: String,
        window: [(submitted: Bool, entry: ThemeEntry?)]
    ) -> TrendRow {
        precondition(window.count == 3)
        let rated = window.compactMap { $0.entry }
        var direction = TrendDirection.insufficientHistory
        if rated.count >= 2, let first = rated.first, let last = rated.last {
            let q0 = CapacityFormula.quality(first.rating), q1 = CapacityFormula.quality(last.rating)
            direction = q1 > q0 ? .improving : (q1 < q0 ? .declining : .stable)
        }
        let allSubmitted = window.allSatisfy(\.submitted)
        let dev = window.map { $0.entry?.development ?? false }
        let str = window.map { $0.entry?.strength ?? false }
        let prevSubmitted = window[1].submitted
        let status: TrendStatus
        if allSubmitted && dev.allSatisfy({ $0 }) {
            status = .persistentDevelopment
        } else if allSubmitted && str.allSatisfy({ $0 }) {
            status = .persistentStrength
        } else if prevSubmitted && dev[2] && !dev[1] {
            status = .newDevelopment
        } else if prevSubmitted && dev[1] && !dev[2] {
            status = .resolvedDevelopment
        } else if prevSubmitted && str[2] && !str[1] {
            status = .newStrength
        } else if prevSubmitted && str[1] && !str[2] {
            status = .lapsedStrength
        } else {
            status = .none
        }
        return TrendRow(
            year: year, laCode: laCode, theme: theme, rating: window[2].entry?.rating, direction: direction, status: status)
    }
}
