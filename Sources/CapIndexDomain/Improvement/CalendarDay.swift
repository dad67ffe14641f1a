/// A calendar date (`YYYY-MM-DD`) as a day number, so the improvement rules can count
/// days between dates (56 after a challenge, 90 since an update) without a calendar or
/// a time zone: the proleptic Gregorian day count of Howard Hinnant's `days_from_civil`
/// and `civil_from_days` (the workbook reader's date serials use it too).
public struct CalendarDay: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let dayNumber: Int

    /// The date of an ISO text `YYYY-MM-DD` (already checked by `SubmissionValidator.parseDate`); nil when it is not one.
    public init?(_ iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date of a year, month and day.
    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        dayNumber = era * 146_097 + doe - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// The year, month and day (`civil_from_days`).
    public var parts: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let p = parts
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(p.year)-\(two(p.month))-\(two(p.day))"
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    public func days(to later: CalendarDay) -> Int { later.dayNumber - dayNumber }

    /// The submission year whose cycle holds this date: the cycle of year y runs from
    /// 1 November y to 31 October y + 1 (SPEC 9).
    public var cycleYear: Int {
        let p = parts
        return p.month >= 11 ? p.year : p.year - 1
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.dayNumber < b.dayNumber }
}
