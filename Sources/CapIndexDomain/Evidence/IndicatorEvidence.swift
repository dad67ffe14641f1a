/// One stored LA value of an indicator, exactly as published.
public struct IndicatorValueRecord: Sendable, Codable, Equatable {
    /// Catalogue id.
    public var indicator: String
    /// The year the period counts as (2025 for `202425`).
    public var period: Int
    /// The period as published (`2025`, `202425`).
    public var periodLabel: String
    /// 3-digit LA code.
    public var laCode: String
    /// The value; nil when missing.
    public var value: Double?
    /// The missing-value code as published, lower case; nil when there is a value.
    public var missingCode: String?
    /// True when the value came from a combined return of several LAs (`940 / 941`).
    public var combined: Bool
    /// An EES row's `time_identifier` (`Reporting year`); nil for LAIT and tidy files.
    public var timeIdentifier: String?
    /// The store's id of the file the value came from.
    public var sourceFile: Int?

    /// Creates a value with every field given.
    public init(
        indicator: String, period: Int, periodLabel: String, laCode: String, value: Double? = nil, missingCode: String? = nil,
        combined: Bool, timeIdentifier: String? = nil, sourceFile: Int? = nil
    ) {
        self.indicator = indicator
        self.period = period
        self.periodLabel = periodLabel
        self.laCode = laCode
        self.value = value
        self.missingCode = missingCode
        self.combined = combined
        self.timeIdentifier = timeIdentifier
        self.sourceFile = sourceFile
    }
}

/// A published national or regional figure as the file gave it.
public struct PublishedFigure: Sendable, Codable, Equatable {
    /// National or regional.
    public var level: ComparatorLevel
    /// Area as published (`England`, `North East`, `Inner London`).
    public var area: String
    /// The value; nil when missing.
    public var value: Double?
    /// The missing-value code; nil when there is a value.
    public var missingCode: String?
    /// The store's id of the file the figure came from.
    public var sourceFile: Int?

    /// Creates a value with every field given.
    public init(level: ComparatorLevel, area: String, value: Double? = nil, missingCode: String? = nil, sourceFile: Int? = nil) {
        self.level = level
        self.area = area
        self.value = value
        self.missingCode = missingCode
        self.sourceFile = sourceFile
    }
}

/// One indicator's evidence for one LA and submission year, with everything a challenge
/// pack shows beside it (SPEC 5 and 6). Built by ``EvidenceIndex``.
public struct IndicatorEvidence: Sendable, Codable, Equatable {
    /// Catalogue id.
    public var indicator: String
    /// Catalogue title.
    public var title: String
    /// `%`, `rate` or `cases`.
    public var unit: String
    /// Whether lower or higher is better (`none`: never banded).
    public var polarity: Polarity
    /// The period used for the submission year: the latest not after it in which any LA
    /// has a value; nil when there is none.
    public var period: Int?
    /// That period as published.
    public var periodLabel: String?
    /// The LA's value in that period (nil: missing or no row; no fall-back to older periods).
    public var value: Double?
    /// The missing-value code as published when the LA's row is missing.
    public var missingCode: String?
    /// What the missing code means (`confidential`, `not a number`, …).
    public var missingMeaning: String?
    /// True when the value is a combined return of several LAs.
    public var combined: Bool
    /// A–D; nil for polarity none, a missing value or fewer than 4 LA values.
    public var band: QuartileBand?
    /// 1 = best in England; ties take the lowest rank.
    public var nationalRank: Int?
    /// LA values in England's distribution.
    public var nationalCount: Int
    /// Rank within the LA's region.
    public var regionalRank: Int?
    /// LA values in the region's distribution.
    public var regionalCount: Int
    /// The LA's region (register row valid in the period, else the nearest).
    public var region: String?
    /// Q1, Q2, Q3 of England's LA values (nil for fewer than 4).
    public var quartiles: Quartiles?
    /// Mean of the region's LA values.
    public var regionMean: Double?
    /// Mean of England's LA values.
    public var englandMean: Double?
    /// The regional figure the file published for the LA's region.
    public var publishedRegional: Double?
    /// The national figure the file published.
    public var publishedNational: Double?
    /// Mean of the LA's statistical neighbours that have a value.
    public var neighbourMean: Double?
    /// How many neighbours had a value.
    public var neighbourCount: Int
    /// One line saying what the indicator measures (the catalogue's).
    public var description: String?
    /// What a period of the indicator means (the catalogue's), shown once per indicator.
    public var periodMeaning: String?
    /// The statistical release that publishes it (the catalogue's).
    public var publication: String?
    /// The period's label as the reports show it (`Financial year 2024-25`), never a bare number.
    public var periodName: String?
    /// The region as the file named it beside its published regional figure.
    public var publishedRegionalArea: String?
    /// The file the LA's value came from.
    public var source: EvidenceSourceFile?
    /// The file the published figures came from, when it is another one.
    public var comparatorSource: EvidenceSourceFile?
    /// The latest five periods up to the period used, with the change and its word.
    public var travel: DirectionOfTravel?
    /// Suppressed or missing LA values in the period used.
    public var suppression: Suppression?

    /// Creates a value with every field given.
    public init(
        indicator: String, title: String, unit: String, polarity: Polarity, period: Int? = nil, periodLabel: String? = nil,
        value: Double? = nil, missingCode: String? = nil, missingMeaning: String? = nil, combined: Bool, band: QuartileBand? = nil,
        nationalRank: Int? = nil, nationalCount: Int, regionalRank: Int? = nil, regionalCount: Int, region: String? = nil,
        quartiles: Quartiles? = nil, regionMean: Double? = nil, englandMean: Double? = nil, publishedRegional: Double? = nil,
        publishedNational: Double? = nil, neighbourMean: Double? = nil, neighbourCount: Int
    ) {
        self.indicator = indicator
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.period = period
        self.periodLabel = periodLabel
        self.value = value
        self.missingCode = missingCode
        self.missingMeaning = missingMeaning
        self.combined = combined
        self.band = band
        self.nationalRank = nationalRank
        self.nationalCount = nationalCount
        self.regionalRank = regionalRank
        self.regionalCount = regionalCount
        self.region = region
        self.quartiles = quartiles
        self.regionMean = regionMean
        self.englandMean = englandMean
        self.publishedRegional = publishedRegional
        self.publishedNational = publishedNational
        self.neighbourMean = neighbourMean
        self.neighbourCount = neighbourCount
    }
}

/// A theme's evidence for one LA and year: its linked indicators and the latest Ofsted
/// judgement of its linked area.
public struct ThemeEvidence: Sendable, Codable, Equatable {
    /// Theme id.
    public var theme: String
    /// Theme title.
    public var title: String
    /// Linked indicators, in the theme's order.
    public var indicators: [IndicatorEvidence]
    /// The linked Ofsted area, if any.
    public var ofstedArea: OfstedArea?
    /// Grade of that area at the latest inspection published before 1 November of the year that judged it.
    public var ofstedGrade: Rating?
    /// That inspection.
    public var ofstedInspection: OfstedInspection?

    /// Creates a value with every field given.
    public init(
        theme: String, title: String, indicators: [IndicatorEvidence], ofstedArea: OfstedArea? = nil, ofstedGrade: Rating? = nil,
        ofstedInspection: OfstedInspection? = nil
    ) {
        self.theme = theme
        self.title = title
        self.indicators = indicators
        self.ofstedArea = ofstedArea
        self.ofstedGrade = ofstedGrade
        self.ofstedInspection = ofstedInspection
    }
}
