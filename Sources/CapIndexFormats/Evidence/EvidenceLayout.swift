import CapIndexDomain
import Foundation

/// The columns of one file that the import reads, found from its header.
struct EvidenceLayout {
    /// A catalogue indicator held in an EES file: its value column and filter values.
    struct EESColumns {
        /// Index into the catalogue.
        var indicator: Int
        /// Column of the value.
        var value: Int
        /// Filter columns with the value (lower case) a row must have.
        var filters: [(column: Int, value: [UInt8])]
    }

    var kind: EvidenceLayoutKind
    var period: Int
    var geographicLevel: Int?
    var oldCode: Int?
    var newCode: Int?
    var regionCode: Int?
    var regionName: Int?
    var version: Int?
    /// EES `time_identifier` (`Reporting year`, `Academic year`): the period's own label.
    var timeIdentifier: Int?
    /// EES: the catalogue indicators the header holds.
    var ees: [EESColumns] = []
    /// LAIT `Short Desc`, tidy `indicator`.
    var indicator: Int?
    /// LAIT `Values`, tidy `value`.
    var value: Int?
    /// LAIT `LA and Regions` (names the region of rows 980 and above).
    var areaName: Int?

    static let laitHeader = ["short desc", "years", "la number", "la and regions", "region", "values"]

    /// Recognises the layout from the header row, or says why the file is not usable.
    static func detect(header rawHeader: [String], catalogue: [IndicatorDefinition]) -> Result<EvidenceLayout, LayoutProblem> {
        var header = rawHeader.map { String(decoding: EvidenceBytes.folded($0), as: UTF8.self) }
        while header.last == "" { header.removeLast() }
        func col(_ name: String) -> Int? { header.firstIndex(of: name) }

        if header == laitHeader {
            var l = EvidenceLayout(kind: .lait, period: 1)
            l.indicator = 0
            l.oldCode = 2
            l.areaName = 3
            l.value = 5
            return .success(l)
        }
        let period = col("time_period")
        let old = col("old_la_code"), new = col("new_la_code")
        let geo = col("geographic_level")
        func base(_ kind: EvidenceLayoutKind, _ p: Int) -> EvidenceLayout {
            var l = EvidenceLayout(kind: kind, period: p)
            l.geographicLevel = geo
            l.oldCode = old
            l.newCode = new
            l.regionCode = col("region_code")
            l.regionName = col("region_name")
            l.version = col("version")
            l.timeIdentifier = col("time_identifier")
            return l
        }
        if let p = period, geo != nil, old != nil || new != nil {
            var l = base(.ees, p)
            for (i, ind) in catalogue.enumerated() {
                guard let src = ind.ees, let v = col(String(decoding: EvidenceBytes.folded(src.valueColumn), as: UTF8.self)) else {
                    continue
                }
                var filters: [(Int, [UInt8])] = []
                var complete = true
                for (name, value) in (src.filters ?? [:]).sorted(by: { $0.key < $1.key }) {
                    guard let c = col(String(decoding: EvidenceBytes.folded(name), as: UTF8.self)) else { complete = false; break }
                    filters.append((c, EvidenceBytes.folded(value)))
                }
                if complete { l.ees.append(EESColumns(indicator: i, value: v, filters: filters)) }
            }
            if !l.ees.isEmpty { return .success(l) }
        }
        if let p = period, old != nil || new != nil, let ind = col("indicator"), let v = col("value") {
            var l = base(.tidy, p)
            l.indicator = ind
            l.value = v
            return .success(l)
        }
        if period != nil, geo != nil, old != nil || new != nil {
            let wanted = catalogue.compactMap { i in
                i.ees.map { s in
                    s.valueColumn
                        + ((s.filters ?? [:]).isEmpty ? "" : " [" + (s.filters ?? [:]).keys.sorted().joined(separator: ", ") + "]")
                }
            }
            return .failure(.noCatalogueIndicator(wanted))
        }
        if OfstedOutcomesReader.Columns.find(rawHeader) != nil { return .failure(.ofstedFile) }
        if header.contains("la_code") && (header.contains("theme") || header.contains("rating")) { return .failure(.submissionFile) }
        return .failure(
            .unknownLayout(
                rawHeader.prefix(8).map { $0.trimmingCharacters(in: .whitespaces) }
                    .joined(separator: ", ") + (rawHeader.count > 8 ? ", …" : "")))
    }
}

/// Why a file's header is not usable (reported as W004).
enum LayoutProblem: Error, Equatable {
    case unknownLayout(String)
    case noCatalogueIndicator([String])
    /// Ofsted's ILACS outcomes, which `evidence ofsted` reads.
    case ofstedFile
    /// An LA's self-assessment, which `ingest` reads.
    case submissionFile

    var message: String {
        switch self {
        case .unknownLayout(let header):
            "header '\(header)' is not one of the three indicator layouts"
        case .noCatalogueIndicator(let wanted):
            "an EES open-data file without any catalogue indicator: none of the value columns "
                + wanted.joined(separator: "; ") + " is in the header with its filter columns"
        case .ofstedFile:
            "this is an Ofsted ILACS outcomes file (overall effectiveness, inspection and publication dates), not an indicator file"
        case .submissionFile:
            "this is an LA's self-assessment (la_code, theme, rating), not an indicator file"
        }
    }

    var hint: String {
        switch self {
        case .unknownLayout:
            "give EES open data (time_period, geographic_level, old_la_code/new_la_code, filter and value columns), "
                + "a LAIT long download (Short Desc, Years, LA Number, LA and Regions, Region, Values) "
                + "or a tidy file (time_period, old_la_code or new_la_code, indicator, value)"
        case .noCatalogueIndicator:
            "add the indicator's EES source to the framework catalogue, or import the file that holds it"
        case .ofstedFile:
            "import it with capindex evidence ofsted FILE (capindex run tells the two apart in --evidence folders by themselves)"
        case .submissionFile:
            "ingest it with capindex ingest FILE, or put it in the folder given to run --submissions"
        }
    }
}
