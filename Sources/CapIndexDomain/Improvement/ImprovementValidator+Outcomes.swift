extension ImprovementValidator {
    /// Checks an outcomes file: `la_code, year, theme, agreed_rating, note, agreed_on`.
    /// `hasSubmission(la, year)` says whether the LA has a current submission that year
    /// (E220 when not). A row whose agreed rating, note and date are all blank says
    /// nothing (the untouched rows of a template) and is skipped; the same LA, year and
    /// theme twice in one file: the first counts (W002).
    public func outcomes(_ file: RawTableFile, hasSubmission: (String, Int) -> Bool) -> ImprovementRows<AgreedOutcome> {
        var out = ImprovementRows<AgreedOutcome>()
        var first: [String: SourceLocation] = [:]
        for row in file.rows {
            if row.text("agreed_rating") == nil && row.text("note") == nil && row.text("agreed_on") == nil { continue }
            var c = RowCheck(row: row)
            c.laCode = la(&c, "la_code")
            c.year = year(&c, "year")
            c.theme = theme(&c)
            var rating: Rating?
            if let t = row.text("agreed_rating") {
                rating = Rating(parsing: t)
                if rating == nil {
                    c.add(.e204, "agreed_rating '\(t)' is not a rating", column: "agreed_rating")
                }
            }
            let agreedOn = date(&c, "agreed_on")
            if let la = c.laCode, let y = c.year, !c.failed, !hasSubmission(la, y) {
                let name = register.row(la, in: y)?.name ?? la
                c.add(.e220, "\(name) (\(la)) has no current submission for \(y) for this outcome to overlay", column: "la_code")
            }
            if !c.failed, let la = c.laCode, let y = c.year, let t = c.theme {
                let key = "\(la)|\(y)|\(t)"
                if let earlier = first[key] {
                    c.add(.w002, "an outcome for \(la) \(y) \(t) was already given at \(earlier); the first counts", column: "theme")
                    out.diagnostics += c.diagnostics
                    continue
                }
                first[key] = row.location
                out.values.append(
                    AgreedOutcome(
                        laCode: la, year: y, theme: t, agreedRating: rating, note: row.text("note") ?? "", agreedOn: agreedOn,
                        location: row.location.description))
            } else {
                out.rejected += 1
            }
            out.diagnostics += c.diagnostics
        }
        return out
    }
}
