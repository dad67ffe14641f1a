import Foundation

/// One row of the LA register: an LA under one ONS code for a span of submission years.
public struct RegisterRow: Sendable, Codable, Equatable {
    /// The 3-digit DfE code: the LA's identity.
    public var laCode: String
    /// The ONS code of this row.
    public var onsCode: String
    /// The LA's name.
    public var name: String
    /// English region (London boroughs in London).
    public var region: String
    /// First submission year of this row, nil = open.
    public var fromYear: Int?
    /// Last submission year of this row, nil = open.
    public var toYear: Int?

    /// True when the row is valid in `year`.
    public func isValid(in year: Int) -> Bool {
        (fromYear.map { $0 <= year } ?? true) && (toYear.map { year <= $0 } ?? true)
    }

    /// Creates a value with every field given.
    public init(laCode: String, onsCode: String, name: String, region: String, fromYear: Int? = nil, toYear: Int? = nil) {
        self.laCode = laCode
        self.onsCode = onsCode
        self.name = name
        self.region = region
        self.fromYear = fromYear
        self.toYear = toYear
    }
}

/// Why a register file cannot be used.
public struct RegisterError: Error, Equatable, CustomStringConvertible {
    /// Where.
    public var location: SourceLocation
    /// What.
    public var message: String
    public var description: String { "\(location): error: register: \(message)" }

    /// Creates a value with every field given.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }
}

/// The LA register (SPEC 1): every LA past and present, any ONS code it has had.
public struct LARegister: Sendable, Equatable {
    /// All rows in file order.
    public let rows: [RegisterRow]
    private let byCode: [String: [RegisterRow]]
    private let byONS: [String: String]
    /// The codes with a row in each region, in the order the register first lists each code:
    /// the region lookups filter these, not every LA of the register (a report asks per region).
    private let byRegion: [String: [String]]
    /// The region names, sorted.
    public let regions: [String]

    /// Builds the register from rows.
    public init(rows: [RegisterRow]) {
        self.rows = rows
        let byCode = Dictionary(grouping: rows, by: \.laCode)
        self.byCode = byCode
        var ons: [String: String] = [:]
        for r in rows where !r.onsCode.isEmpty { ons[r.onsCode.uppercased()] = r.laCode }
        self.byONS = ons
        var byRegion: [String: [String]] = [:]
        var seen: Set<String> = []
        for r in rows where seen.insert(r.laCode).inserted {
            var regionsOfCode: Set<String> = []
            for other in byCode[r.laCode] ?? [] where regionsOfCode.insert(other.region).inserted {
                byRegion[other.region, default: []].append(r.laCode)
            }
        }
        self.byRegion = byRegion
        self.regions = byRegion.keys.sorted()
    }

    /// The 3-digit code for a 3-digit or ONS code (current or previous), or nil.
    public func resolve(_ code: String) -> String? {
        let c = BlankText.trimmedSpaces(code)
        if byCode[c] != nil { return c }
        return byONS[c.uppercased()]
    }

    /// True when any row of the code is valid in `year`.
    public func isValid(_ laCode: String, in year: Int) -> Bool {
        byCode[laCode]?.contains { $0.isValid(in: year) } ?? false
    }

    /// The row valid in `year`, else the row nearest in time (for names of past LAs).
    public func row(_ laCode: String, in year: Int) -> RegisterRow? {
        guard let rs = byCode[laCode] else { return nil }
        if let r = rs.first(where: { $0.isValid(in: year) }) { return r }
        return rs.min { distance($0, year) < distance($1, year) }
    }

    private func distance(_ r: RegisterRow, _ y: Int) -> Int {
        if let f = r.fromYear, y < f { return f - y }
        if let t = r.toYear, y > t { return y - t }
        return 0
    }

    /// Every row of the code.
    public func rows(of laCode: String) -> [RegisterRow] { byCode[laCode] ?? [] }

    /// The LAs (3-digit codes, sorted) of `region` valid in `year`.
    public func laCodes(in region: String, year: Int) -> [String] {
        laCodesInRegisterOrder(in: region, year: year).sorted()
    }

    /// The LAs (3-digit codes) of `region` valid in `year`, in the order the register
    /// first lists them: the order the region's own list keeps, which is not a ranking.
    public func laCodesInRegisterOrder(in region: String, year: Int) -> [String] {
        (byRegion[region] ?? []).filter { code in rows(of: code).contains { $0.region == region && $0.isValid(in: year) } }
    }

    /// Every 3-digit code, sorted.
    public var allCodes: [String] { byCode.keys.sorted() }

    /// Resolves a region name given in any case to the register's spelling.
    public func resolveRegion(_ text: String) -> String? {
        let key = Framework.normalise(text)
        return regions.first { Framework.normalise($0) == key }
    }
}
