extension ImprovementValidator {
    /// Checks a peer challenge file: one row per theme of a challenge. Rows with the same
    /// `challenge_id` make one challenge; its LA, round, lead and dates come from the
    /// first row that stands, and a row that says otherwise warns (W002, the first counts).
    public func challenges(_ file: RawTableFile) -> ImprovementRows<PeerChallenge> {
        var out = ImprovementRows<PeerChallenge>()
        var byID: [String: Int] = [:]
        var firstRow: [String: SourceLocation] = [:]
        for row in file.rows {
            var c = RowCheck(row: row)
            let id = c.required("challenge_id")
            let la = la(&c, "la_code")
            c.laCode = la
            let round = c.required("round")
            let theme = theme(&c)
            let lead = self.la(&c, "lead_la_code")
            let starts = date(&c, "starts_on", required: true)
            let ends = date(&c, "ends_on", required: true)
            let endorsed = date(&c, "cx_endorsed_on")
            let report = date(&c, "report_on")
            if let s = starts { c.year = CalendarDay(s)?.cycleYear }
            if let s = starts, let e = ends, let sd = CalendarDay(s), let ed = CalendarDay(e), ed < sd {
                c.add(.e217, "ends_on \(e) is before starts_on \(s)", column: "ends_on")
            }
            guard !c.failed, let id, let la, let round, let theme, let lead, let starts, let ends else {
                out.rejected += 1
                out.diagnostics += c.diagnostics
                continue
            }
            let here = PeerChallenge(
                challengeID: id, laCode: la, round: round, themes: [theme], leadLACode: lead, startsOn: starts, endsOn: ends,
                cxEndorsedOn: endorsed, reportOn: report, location: row.location.description)
            if let i = byID[id] {
                var ch = out.values[i]
                for (column, mine, theirs) in [
                    ("la_code", la, ch.laCode), ("round", round, ch.round), ("lead_la_code", lead, ch.leadLACode),
                    ("starts_on", starts, ch.startsOn), ("ends_on", ends, ch.endsOn),
                    ("cx_endorsed_on", endorsed ?? "", ch.cxEndorsedOn ?? ""), ("report_on", report ?? "", ch.reportOn ?? ""),
                ] where mine != theirs {
                    c.add(
                        .w002,
                        "\(column) '\(mine)' of challenge \(id) differs from '\(theirs)' given at \(firstRow[id]!); the first counts",
                        column: column)
                }
                if ch.themes.contains(theme) {
                    c.add(
                        .w002, "theme \(theme) of challenge \(id) appears again (first at \(firstRow[id]!)); it counts once",
                        column: "theme")
                } else {
                    ch.themes.append(theme)
                }
                out.values[i] = ch
            } else {
                byID[id] = out.values.count
                firstRow[id] = row.location
                out.values.append(here)
            }
            out.diagnostics += c.diagnostics
        }
        return out
    }
}
