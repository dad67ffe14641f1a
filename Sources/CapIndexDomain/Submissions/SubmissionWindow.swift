/// The submission window of SPEC 2: a deadline day per year, from the region's settings
/// file (`"deadlines": {"2026": "2026-11-28"}`). A version stored after the end of the
/// deadline day is late; the ingest time counts, not `submitted_on`, which the LA writes
/// itself. Without a deadline for a year nothing of that year is late.
///
/// The deadline day ends at midnight in England: UK time, which is GMT in November and
/// BST (UTC+1) from the last Sunday of March to the last Sunday of October. The rule is
/// computed here rather than read from the system's time-zone files, so the same
/// database and settings mark the same versions late on every machine.
public struct SubmissionWindow: Sendable, Equatable {
    /// Deadline day (`YYYY-MM-DD`) by submission year.
    public var deadlines: [Int: String]

    /// A window with the given deadlines.
    public init(deadlines: [Int: String] = [:]) {
        self.deadlines = deadlines
    }

    /// No deadline for any year: nothing is late.
    public static let none = SubmissionWindow()

    /// The deadline day of `year`, if the region set one.
    public func deadline(year: Int) -> String? { deadlines[year] }

    /// True when a version of `year` stored at `ingestedAt` (ISO 8601) came after the end
    /// of that year's deadline day. A time that cannot be read is not called late.
    public func isLate(ingestedAt: String, year: Int) -> Bool {
        guard let day = deadlines[year], let end = Self.endOfDay(day), let at = Self.instant(ingestedAt) else { return false }
        return at >= end
    }

    /// Seconds since 1970-01-01T00:00:00Z of the first moment after `date` in UK time, or
    /// nil when `date` is not a real `YYYY-MM-DD` date.
    public static func endOfDay(_ date: String) -> Int64? {
        guard SubmissionValidator.parseDate(date) == date, let (y, m, d) = ymd(date) else { return nil }
        let next = daysFromCivil(y, m, d) + 1
        let (ny, nm, nd) = civilFromDays(next)
        let midnightUTC = next * 86_400
        return midnightUTC - (isSummerTime(midnightOf: ny, nm, nd) ? 3_600 : 0)
    }

    /// Seconds since 1970 of an ISO 8601 time stamp: `YYYY-MM-DDTHH:MM:SS`, optional
    /// fraction, then `Z`, `±HH:MM` or nothing (read as UTC, as capindex writes it).
    public static func instant(_ text: String) -> Int64? {
        let s = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var v = 0
            for b in s[from..<(from + count)] {
                guard (48...57).contains(b) else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        guard s.count >= 19, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"), s[10] == UInt8(ascii: "T") || s[10] == 0x20,
            s[13] == UInt8(ascii: ":"), s[16] == UInt8(ascii: ":"),
            let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2), let mi = num(14, 2), let se = num(17, 2),
            (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, se < 61
        else { return nil }
        var i = 19
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            while i < s.count, (48...57).contains(s[i]) { i += 1 }
        }
        var offset = 0
        if i < s.count {
            if s[i] == UInt8(ascii: "Z") {
                i += 1
            } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-"), let oh = num(i + 1, 2), let om = num(i + 4, 2),
                s.count > i + 3, s[i + 3] == UInt8(ascii: ":")
            {
                offset = (oh * 60 + om) * 60 * (s[i] == UInt8(ascii: "+") ? 1 : -1)
                i += 6
            } else {
                return nil
            }
        }
        guard i == s.count else { return nil }
        return daysFromCivil(y, mo, d) * 86_400 + Int64(h * 3_600 + mi * 60 + se - offset)
    }

    /// True when UK clocks show BST at local midnight starting the day `y-m-d`: after the
    /// last Sunday of March and up to and including the last Sunday of October (the
    /// changes happen at 01:00 UTC, after that midnight).
    static func isSummerTime(midnightOf y: Int, _ m: Int, _ d: Int) -> Bool {
        let day = daysFromCivil(y, m, d)
        return day > lastSunday(y, 3) && day <= lastSunday(y, 10)
    }

    /// Day number of the last Sunday of a month with 31 days (March, October).
    static func lastSunday(_ y: Int, _ m: Int) -> Int64 {
        let last = daysFromCivil(y, m, 31)
        // 1970-01-01 was a Thursday: day 0 has weekday 4 (Sunday = 0).
        let weekday = ((last % 7) + 11) % 7
        return last - weekday
    }

    private static func ymd(_ date: String) -> (Int, Int, Int)? {
        let p = date.split(separator: "-")
        guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
        return (y, m, d)
    }

    /// Day number (days since 1970-01-01) of a proleptic Gregorian date: ``CalendarDay``'s count.
    static func daysFromCivil(_ y: Int, _ m: Int, _ d: Int) -> Int64 {
        Int64(CalendarDay(year: y, month: m, day: d).dayNumber)
    }

    /// The date of a day number (inverse of ``daysFromCivil(_:_:_:)``).
    static func civilFromDays(_ z: Int64) -> (Int, Int, Int) {
        let p = CalendarDay(dayNumber: Int(z)).parts
        return (p.year, p.month, p.day)
    }
}
