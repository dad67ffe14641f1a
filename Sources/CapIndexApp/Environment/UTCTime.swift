import CapIndexDomain
import Foundation

/// A moment as ISO 8601 in UTC to the second (`2026-11-23T12:00:00Z`), what
/// `ISO8601DateFormatter` with `.withInternetDateTime` writes, worked out with the
/// project's own calendar (``CalendarDay``): the formatter loads ICU's time-zone and
/// locale data first, 1 ms of every command's start-up (issue 16).
enum UTCTime {
    /// Now.
    static func now() -> String { iso8601(Int(time(nil))) }

    /// `seconds` since 1970-01-01T00:00:00Z.
    static func iso8601(_ seconds: Int) -> String {
        let second = (seconds % 86_400 + 86_400) % 86_400  // of the day, also before 1970
        let days = (seconds - second) / 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(CalendarDay(dayNumber: days))T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
    }
}
