/// Excel date serials: the 1900 system (with its fictitious 1900-02-29) and the 1904 system.
enum ExcelDate {
    /// `YYYY-MM-DD` for the whole days of `serial`, or nil when it is no date of years 1900–9999.
    static func string(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= (date1904 ? 0 : 1), serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down))
        if !date1904 && days == 60 { return "1900-02-29" }  // Excel's leap-year bug, kept so the date checker says so
        // Days from 1970-01-01: 1899-12-31 is day 0 of the 1900 system before the bug, 1899-12-30 after it.
        let unixDay = date1904 ? days - 24_107 : days < 60 ? days - 25_568 : days - 25_569
        let (y, m, d) = civil(unixDay)
        guard y <= 9999 else { return nil }
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// Year, month, day of a day count from 1970-01-01 (H. Hinnant's algorithm).
    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
