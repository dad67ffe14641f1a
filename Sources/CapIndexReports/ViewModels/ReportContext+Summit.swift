import CapIndexDomain

/// What the summit and England pages read beyond the basics: register order, LA names
/// with codes, the band D evidence behind a theme, and screening reasons in words.
extension ReportContext {
    /// `Ashdown (101)`: pairs, asks and providers name LAs by name and code (SPEC 8).
    func nameCode(_ la: String, _ year: Int) -> String { "\(name(la, year)) (\(la))" }

    /// The region's LAs with a current submission in `year`, in register order (not ranked).
    func submittedInRegisterOrder(_ region: String, _ year: Int) -> [String] {
        register.laCodesInRegisterOrder(in: region, year: year).filter { submission($0, year) != nil }
    }

    /// A catalogue indicator's title, or its id when the catalogue lacks it.
    func indicatorTitle(_ id: String) -> String { framework.indicators.first { $0.id == id }?.title ?? id }

    /// The label of an indicator's period as the file published it.
    func periodLabel(_ indicator: String, _ period: Int) -> String {
        data.evidence.distribution(indicator: indicator, period: period)?.periodLabel ?? String(period)
    }

    /// The linked indicators of `theme` in band D for an LA, in the period used for `year`.
    func bandD(_ la: String, theme: String, year: Int) -> [IndicatorEvidence] {
        guard let t = framework.theme(id: theme) else { return [] }
        return data.evidence.evidence(laCode: la, indicators: t.indicators, year: year).filter { $0.band == .d }
    }

    /// `Care leavers in EET 48.0% (2025)`: an indicator in a sentence, with its period label.
    func indicatorPhrase(_ e: IndicatorEvidence) -> String {
        let value = e.value.map { " " + ReportDisplay.one($0) + (e.unit == "%" ? "%" : "") } ?? ""
        let period = e.period.map { " (\(e.periodLabel ?? String($0)))" } ?? ""
        return e.title + value + period
    }

    /// Why a provider is not suggested, in words with titles, period labels and dates.
    func screeningText(_ reason: ScreeningReason) -> String {
        switch reason {
        case .ratedAboveOfsted(let area, let rating, let j):
            "rated \(rating.title) while Ofsted's latest judgement of \(area.title) is \(j.grade.ofstedTitle) (published \(ReportDisplay.date(j.published)))"
        case .indicatorsInBandD(let facts):
            PageKit.prose(facts.map { "\(indicatorTitle($0.indicator)) (\(periodLabel($0.indicator, $0.period)))" })
                + " in band D, the worst quartile of England's LAs"
        case .overallInadequate(let published):
            "Ofsted's latest overall effectiveness judgement is Inadequate (published \(ReportDisplay.date(published)))"
        }
    }

    /// The same reason in a few words, for lists that name several providers at once.
    func screeningShort(_ reason: ScreeningReason) -> String {
        switch reason {
        case .ratedAboveOfsted(let area, let rating, let j):
            "rated \(rating.title), Ofsted \(area.title) \(j.grade.ofstedTitle) (\(j.published.prefix(4)))"
        case .indicatorsInBandD(let facts):
            "band D: " + PageKit.prose(facts.map { indicatorTitle($0.indicator) })
        case .overallInadequate(let published):
            "overall effectiveness Inadequate (\(published.prefix(4)))"
        }
    }
}
