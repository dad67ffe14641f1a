import CapIndexDomain

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

    /// Year, month, day of a day count from 1970-01-01 (the domain's calendar arithmetic).
    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let p = CalendarDay(dayNumber: z0).parts
        return (p.year, p.month, p.day)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
