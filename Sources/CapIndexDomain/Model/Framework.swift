import Foundation

/// The scoring framework a database is bound to: themes, indicator catalogue, weights,
/// bands, K priorities and matching capacity C (SPEC 1). Loaded from a JSON file that
/// a region may copy and edit; its SHA-256 is recorded with every scoring run.
public struct Framework: Sendable, Codable, Equatable {
    /// Stable identifier, e.g. `capindex-default`.
    public var id: String
    /// The framework's own version label.
    public var version: String
    /// Human title.
    public var title: String
    /// Weights of quality, offer and need in the theme capacity (divided by their sum).
    public var componentWeights: ComponentWeights
    /// Capacity bands, highest threshold first; inclusive lower bounds.
    public var bands: [BandDefinition]
    /// K: the number of regional priorities.
    public var priorities: Int
    /// C: engagements one provider can take in a year.
    public var matchingCapacity: Int
    /// Longest narrative in Unicode code points.
    public var narrativeLimit: Int?
    /// The themes, in framework order.
    public var themes: [ThemeDefinition]
    /// The indicator catalogue.
    public var indicators: [IndicatorDefinition]

    /// Narrative limit with the SPEC default of 4,000.
    public var effectiveNarrativeLimit: Int { narrativeLimit ?? 4000 }

    /// The theme with this id.
    public func theme(id: String) -> ThemeDefinition? { themes.first { $0.id == id } }

    /// The catalogue entry with this id.
    public func indicator(id: String) -> IndicatorDefinition? { indicators.first { $0.id == id } }

    /// Lower case, trimmed, inner white space collapsed to one blank.
    public static func normalise(_ text: String) -> String {
        // On bytes for ASCII text (every id and nearly every title): the Unicode path costs a
        // property lookup per character.
        if let ascii = ASCIIKey.make(text, collapsing: true, blank: BlankText.isBlankByte) { return ascii }
        return text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The band an LCI falls in, compared exactly.
    public func band(for lci: Exact) -> BandDefinition {
        for b in bands where !(lci < b.threshold) { return b }
        return bands.last!
    }

    /// Creates a value with every field given.
    public init(
        id: String, version: String, title: String, componentWeights: ComponentWeights, bands: [BandDefinition], priorities: Int,
        matchingCapacity: Int, narrativeLimit: Int? = nil, themes: [ThemeDefinition], indicators: [IndicatorDefinition]
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.componentWeights = componentWeights
        self.bands = bands
        self.priorities = priorities
        self.matchingCapacity = matchingCapacity
        self.narrativeLimit = narrativeLimit
        self.themes = themes
        self.indicators = indicators
    }
}

/// The three component weights of the theme capacity `c = a·q + b·o + g·(1 − n)`.
public struct ComponentWeights: Sendable, Codable, Equatable {
    /// a: weight of quality.
    public var quality: Double
    /// b: weight of the credible offer.
    public var offer: Double
    /// g: weight of (1 − need).
    public var need: Double

    /// Creates a value with every field given.
    public init(quality: Double, offer: Double, need: Double) {
        self.quality = quality
        self.offer = offer
        self.need = need
    }
}

/// One capacity band: a name and its inclusive lower bound.
public struct BandDefinition: Sendable, Codable, Equatable {
    /// e.g. "Strong capacity".
    public var name: String
    /// Inclusive lower bound on the LCI (0–100).
    public var min: Double
    /// The bound as an exact decimal.
    public var threshold: Exact { Exact(double: min) }

    /// Creates a value with every field given.
    public init(name: String, min: Double) {
        self.name = name
        self.min = min
    }
}

/// Which Ofsted ILACS judgement a theme is compared with (W111, W112).
public enum OfstedArea: String, Sendable, Codable, CaseIterable {
    case overall
    case leaders
    case helpProtection = "help-protection"
    case childrenInCare = "children-in-care"
    case careLeavers = "care-leavers"

    /// How reports name the area.
    public var title: String {
        switch self {
        case .overall: "overall effectiveness"
        case .leaders: "impact of leaders"
        case .helpProtection: "help and protection"
        case .childrenInCare: "children in care"
        case .careLeavers: "care leavers"
        }
    }
}

/// A theme of the framework.
public struct ThemeDefinition: Sendable, Codable, Equatable {
    /// Stable id such as `front-door`.
    public var id: String
    /// Title as reports show it.
    public var title: String
    /// Weight in the LCI.
    public var weight: Double
    /// Linked catalogue indicators (W105, W106, challenge pack evidence).
    public var indicators: [String]
    /// Linked Ofsted judgement area, if any (W111, W112).
    public var ofsted: OfstedArea?

    /// Creates a value with every field given.
    public init(id: String, title: String, weight: Double, indicators: [String], ofsted: OfstedArea? = nil) {
        self.id = id
        self.title = title
        self.weight = weight
        self.indicators = indicators
        self.ofsted = ofsted
    }
}

/// Whether a higher or lower value of an indicator is better, as LAIT says.
public enum Polarity: String, Sendable, Codable {
    case lower, higher, none
}

/// A catalogue indicator and where the published files hold it.
public struct IndicatorDefinition: Sendable, Codable, Equatable {
    /// Stable id such as `rereferral_pct`.
    public var id: String
    /// Title as reports show it.
    public var title: String
    /// `%`, `rate` or `cases`.
    public var unit: String
    /// LAIT's polarity; `none` is shown but never banded.
    public var polarity: Polarity
    /// The indicator's `Short Desc` in a LAIT download.
    public var laitCode: String?
    /// Its place in an Explore Education Statistics open-data file.
    public var ees: EESSource?
    /// One line saying what the indicator measures (for LAIT indicators, from the LAIT
    /// dictionary), shown beside the title in the reports.
    public var description: String?
    /// What a period of the indicator means (`year ending 31 March`, `position at 30
    /// September`), shown once per indicator and used as the label of a tidy file's period.
    public var periodMeaning: String?
    /// The LAIT dictionary's `Year_Type` (`Financial Year`, `Academic Year`, …): the label
    /// of a LAIT value's period, since the LAIT download itself gives the year only.
    public var laitYearType: String?
    /// The statistical release that publishes the indicator (`Children in need, DfE`), named
    /// in the reports' source notes.
    public var publication: String?

    /// Creates a value with every field given.
    public init(
        id: String, title: String, unit: String, polarity: Polarity, laitCode: String? = nil, ees: EESSource? = nil,
        description: String? = nil, periodMeaning: String? = nil, laitYearType: String? = nil, publication: String? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.polarity = polarity
        self.laitCode = laitCode
        self.ees = ees
        self.description = description
        self.periodMeaning = periodMeaning
        self.laitYearType = laitYearType
        self.publication = publication
    }
}

/// The value column and filter values that hold an indicator in an EES file.
public struct EESSource: Sendable, Codable, Equatable {
    /// Column holding the value.
    public var valueColumn: String
    /// Filter column → the value a row must have.
    public var filters: [String: String]?

    /// Creates a value with every field given.
    public init(valueColumn: String, filters: [String: String]? = nil) {
        self.valueColumn = valueColumn
        self.filters = filters
    }
}

extension Exact {
    /// The exact decimal that a `Double` read from a file stands for (`0.1` → 1/10).
    public init(double: Double) {
        if let e = Exact(decimal: "\(double)") {
            self = e
        } else {
            // Exponent forms only occur for absurd weights; keep a close fraction.
            self.init(Int128((double * 1_000_000_000).rounded()), 1_000_000_000)
        }
    }
}
