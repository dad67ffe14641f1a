import Foundation

/// A moment as ISO 8601 in UTC to the second (`2026-11-23T12:00:00Z`), what
/// `ISO8601DateFormatter` with `.withInternetDateTime` writes, worked out with the C
/// library's `gmtime_r`: the formatter loads ICU's time-zone and locale data first, 1.5 ms
/// of every command's start-up (issue 16).
enum UTCTime {
    /// Now.
    static func now() -> String { iso8601(Int(time(nil))) }

    /// `seconds` since 1970-01-01T00:00:00Z.
    static func iso8601(_ seconds: Int) -> String {
        var t = time_t(seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ n: Int32, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
    }
}
