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

    /// An indicator's period as the packs name it (`Academic year 2024/25`), never a bare
    /// period number (SPEC 5).
    func periodLabel(_ indicator: String, _ period: Int) -> String {
        data.evidence.periodName(indicator: indicator, period: period) ?? "period \(period)"
    }

    /// The linked indicators of `theme` in band D for an LA, in the period used for `year`.
    func bandD(_ la: String, theme: String, year: Int) -> [IndicatorEvidence] {
        guard let t = framework.theme(id: theme) else { return [] }
        return data.evidence.evidence(laCode: la, indicators: t.indicators, year: year).filter { $0.band == .d }
    }

    /// `Care leavers in EET 48.0% (Reporting year 2025, source 2)`: an indicator in a
    /// sentence, with its period as the packs name it and the number of its source note.
    func indicatorPhrase(_ e: IndicatorEvidence, sources: inout PackSources) -> String {
        let value = e.value.map { " " + ReportDisplay.one($0) + (e.unit == "%" ? "%" : "") } ?? ""
        let marker = PackSources.marker([sources.cite(e.source, release: e.publication)])
        let period = e.period.map { e.periodName ?? periodLabel(e.indicator, $0) }
        let note = [period, marker].compactMap { $0 }.joined(separator: ", ")
        return e.title + value + (note.isEmpty ? "" : " (\(note))")
    }

    /// The note number of the Ofsted outcomes files, cited where a judgement is quoted.
    func citeOfsted(_ sources: inout PackSources) -> String? {
        let files = data.evidence.sourceFiles.values.filter { $0.layout == nil }.sorted { $0.id < $1.id }
        return PackSources.marker(files.map { sources.cite($0, release: "Children's social care inspection outcomes, Ofsted") })
    }

    /// Why a provider is not suggested, in a few words, for lists that name several providers at once.
    func screeningShort(_ reason: ScreeningReason) -> String {
        switch reason {
        case .ratedAboveOfsted(let area, let rating, let j):
            "rated \(rating.title), Ofsted \(area.title) \(j.grade.ofstedTitle) (published \(ReportDisplay.date(j.published)))"
        case .indicatorsInBandD(let facts):
            "band D: " + PageKit.prose(facts.map { indicatorTitle($0.indicator) })
        case .overallInadequate(let published):
            "overall effectiveness Inadequate (published \(ReportDisplay.date(published)))"
        }
    }
}
