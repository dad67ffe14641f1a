import CapIndexDomain
import Foundation

/// Reads the data rows of one indicator file whose header has been read. Rows that fail
/// a cheap byte-level check (geographic level, filter values, indicator code) are counted
/// and skipped before any String is made.
struct EvidenceScanner {
    let layout: EvidenceLayout
    let catalogue: [IndicatorDefinition]
    let matcher: LAMatcher
    private var out = EvidenceScanResult()
    private var bestRank: [UInt32: Int8] = [:]
    /// LAIT and tidy: the last indicator text seen and what it matched (files are sorted by it).
    private var lastIndicatorBytes: [UInt8] = []
    private var lastIndicator: Int? = nil
    private let indicatorByCode: [String: Int]

    init(layout: EvidenceLayout, catalogue: [IndicatorDefinition], matcher: LAMatcher) {
        self.layout = layout
        self.catalogue = catalogue
        self.matcher = matcher
        var codes: [String: Int] = [:]
        for (i, ind) in catalogue.enumerated() {
            if layout.kind == .tidy { codes[ind.id.lowercased()] = i }
            if let l = ind.laitCode, codes[l.lowercased()] == nil { codes[l.lowercased()] = i }
        }
        indicatorByCode = codes
        lastIndicatorBytes = [0xFF]  // never equal to a real field
    }

    private enum Geo { case la, national, regional, other, blank }

    private static let geoLA = Array("local authority".utf8)
    private static let geoNational = Array("national".utf8)
    private static let geoRegional = Array("regional".utf8)

    /// Scans every remaining record of `reader`.
    mutating func scan(_ reader: CSVStreamReader) throws -> EvidenceScanResult {
        while try reader.next() {
            switch layout.kind {
            case .ees: try eesRow(reader)
            case .lait: laitRow(reader)
            case .tidy: tidyRow(reader)
            }
        }
        finish()
        return out
    }

    // MARK: layouts

    private mutating func eesRow(_ r: CSVStreamReader) throws {
        let geo = geography(r)
        if geo == .blank && r.isBlank { return }
        out.rows += 1
        let line = r.line
        if geo == .other || geo == .blank {
            out.ignored.add(.geographicLevel(r.field(layout.geographicLevel!).trimmingCharacters(in: .whitespaces)), line: line)
            return
        }
        var context: RowContext? = nil
        var hit = false
        for e in layout.ees {
            var match = true
            for f in e.filters where !r.withFieldBytes(f.column, { EvidenceBytes.equalsFolded($0, f.value) }) {
                match = false
                break
            }
            guard match else { continue }
            if !hit { out.hits += 1 }
            hit = true
            if context == nil {
                guard let c = rowContext(r, geo: geo, line: line) else { return }
                context = c
            }
            let cell = r.withFieldBytes(e.value) { EvidenceBytes.cell($0, roundToOneDecimal: false) }
            store(e.indicator, cell, context!, r)
        }
        if !hit { out.ignored.add(.noIndicator, line: line) }
    }

    private mutating func laitRow(_ r: CSVStreamReader) {
        if r.isBlank { return }
        out.rows += 1
        let line = r.line
        guard let ind = indicator(r) else { return }
        out.hits += 1
        guard let period = r.withFieldBytes(layout.period, { EvidencePeriod.year($0) }) else {
            out.ignored.add(.period(r.field(layout.period).trimmingCharacters(in: .whitespaces)), line: line)
            return
        }
        let cell = r.withFieldBytes(layout.value!) { EvidenceBytes.cell($0, roundToOneDecimal: true) }
        if let n = r.withFieldBytes(layout.oldCode!, { EvidenceBytes.threeDigits($0) }), n >= 970 {
            // England (970) and the regions: published comparators, not LA values.
            let name = r.field(layout.areaName!).trimmingCharacters(in: .whitespaces)
            let ctx = RowContext(
                period: period, rank: 0, line: line,
                target: n == 970 ? .national : .regional(name.isEmpty ? String(n) : name, String(n)))
            store(ind, cell, ctx, r)
            return
        }
        guard let target = laTarget(r, line: line) else { return }
        store(ind, cell, RowContext(period: period, rank: 0, line: line, target: target), r)
    }

    private mutating func tidyRow(_ r: CSVStreamReader) {
        let geo = layout.geographicLevel == nil ? Geo.la : geography(r)
        if (geo == .blank || layout.geographicLevel == nil) && r.isBlank { return }
        out.rows += 1
        let line = r.line
        if geo == .other || geo == .blank {
            out.ignored.add(.geographicLevel(r.field(layout.geographicLevel!).trimmingCharacters(in: .whitespaces)), line: line)
            return
        }
        guard let ind = indicator(r) else { return }
        out.hits += 1
        guard let ctx = rowContext(r, geo: geo, line: line) else { return }
        let cell = r.withFieldBytes(layout.value!) { EvidenceBytes.cell($0, roundToOneDecimal: false) }
        store(ind, cell, ctx, r)
    }

    // MARK: row parts

    private func geography(_ r: CSVStreamReader) -> Geo {
        r.withFieldBytes(layout.geographicLevel!) { b in
            if EvidenceBytes.equalsFolded(b, Self.geoLA) { return .la }
            if EvidenceBytes.equalsFolded(b, Self.geoRegional) { return .regional }
            if EvidenceBytes.equalsFolded(b, Self.geoNational) { return .national }
            return EvidenceBytes.trimmed(b).isEmpty ? .blank : .other
        }
    }

    /// LAIT `Short Desc` or tidy `indicator` → catalogue index; unknown ones are counted.
    private mutating func indicator(_ r: CSVStreamReader) -> Int? {
        let col = layout.indicator!
        let same = r.withFieldBytes(col) { $0.elementsEqual(lastIndicatorBytes) }
        if !same {
            lastIndicatorBytes = r.withFieldBytes(col) { Array($0) }
            let text = r.field(col).trimmingCharacters(in: .whitespaces)
            lastIndicator = indicatorByCode[text.lowercased()]
        }
        guard let i = lastIndicator else {
            out.ignored.add(.unknownIndicator(r.field(col).trimmingCharacters(in: .whitespaces)), line: r.line)
            return nil
        }
        return i
    }

    private enum Target {
        case las(LAMatcher.Outcome)
        case national
        case regional(String, String?)
    }

    private struct RowContext {
        var period: Int
        var rank: Int8
        var line: Int
        var target: Target
    }

    /// Period, version and LA or comparator of an EES or tidy row; nil when the row is ignored.
    private mutating func rowContext(_ r: CSVStreamReader, geo: Geo, line: Int) -> RowContext? {
        guard let period = r.withFieldBytes(layout.period, { EvidencePeriod.year($0) }) else {
            out.ignored.add(.period(r.field(layout.period).trimmingCharacters(in: .whitespaces)), line: line)
            return nil
        }
        var rank: Int8 = 0
        if let v = layout.version {
            let text = r.field(v).trimmingCharacters(in: .whitespaces).lowercased()
            switch text {
            case "final": rank = 3
            case "revised": rank = 2
            case "provisional": rank = 1
            case "": rank = 0
            default:
                out.ignored.add(.version(r.field(v).trimmingCharacters(in: .whitespaces)), line: line)
                return nil
            }
        }
        switch geo {
        case .national:
            return RowContext(period: period, rank: rank, line: line, target: .national)
        case .regional:
            let name = layout.regionName.map { r.field($0).trimmingCharacters(in: .whitespaces) } ?? ""
            let code = layout.regionCode.map { r.field($0).trimmingCharacters(in: .whitespaces) } ?? ""
            guard !(name.isEmpty && code.isEmpty) else {
                out.ignored.add(.noRegion, line: line)
                return nil
            }
            return RowContext(
                period: period, rank: rank, line: line,
                target: .regional(name.isEmpty ? code : name, code.isEmpty ? nil : code))
        default:
            guard let t = laTarget(r, line: line) else { return nil }
            return RowContext(period: period, rank: rank, line: line, target: t)
        }
    }

    private mutating func laTarget(_ r: CSVStreamReader, line: Int) -> Target? {
        if let c = layout.oldCode, let n = r.withFieldBytes(c, { EvidenceBytes.threeDigits($0) }),
            let i = matcher.index(number: n)
        {
            return .las(.one(i))
        }
        let old = layout.oldCode.map { r.field($0) } ?? ""
        let new = layout.newCode.map { r.field($0) } ?? ""
        let outcome = matcher.match(old: old, new: new)
        if case .unmatched(let text) = outcome {
            out.ignored.addUnmatched(text, line: line)
            return nil
        }
        return .las(outcome)
    }

    // MARK: storing

    private mutating func store(_ indicator: Int, _ cell: EvidenceCell, _ ctx: RowContext, _ r: CSVStreamReader) {
        if case .missing(let code) = cell, !MissingCode.isKnown(code) { out.notNumbers += 1 }
        let pk = PendingKey.periodKey(indicator, ctx.period)
        if out.labels[pk] == nil {
            out.labels[pk] = r.field(layout.period).trimmingCharacters(in: .whitespaces)
            if let t = layout.timeIdentifier {
                let id = r.field(t).trimmingCharacters(in: .whitespaces)
                if !id.isEmpty { out.timeIdentifiers[pk] = id }
            }
        }
        if (bestRank[pk] ?? -1) < ctx.rank { bestRank[pk] = ctx.rank }
        switch ctx.target {
        case .las(let outcome):
            switch outcome {
            case .one(let la):
                put(PendingKey.make(indicator, ctx.period, la), PendingValue(cell: cell, combined: false, rank: ctx.rank, line: ctx.line))
            case .combined(let las):
                for la in las {
                    put(
                        PendingKey.make(indicator, ctx.period, la), PendingValue(cell: cell, combined: true, rank: ctx.rank, line: ctx.line)
                    )
                }
            case .unmatched:
                break
            }
        case .national:
            putComparator(
                ComparatorKey(indicator: indicator, period: ctx.period, level: .national, area: "england"),
                PendingComparator(area: "England", areaCode: nil, cell: cell, rank: ctx.rank, line: ctx.line))
        case .regional(let name, let code):
            putComparator(
                ComparatorKey(indicator: indicator, period: ctx.period, level: .regional, area: Framework.normalise(name)),
                PendingComparator(area: name, areaCode: code, cell: cell, rank: ctx.rank, line: ctx.line))
        }
    }

    private mutating func put(_ key: UInt64, _ v: PendingValue) {
        if let old = out.values[key] {
            if old.rank > v.rank {
                out.ignored.add(.supersededVersion, line: v.line)
                return
            }
            out.ignored.add(old.rank == v.rank ? .duplicate : .supersededVersion, line: old.line)
        }
        out.values[key] = v
    }

    private mutating func putComparator(_ key: ComparatorKey, _ v: PendingComparator) {
        if let old = out.comparators[key] {
            if old.rank > v.rank {
                out.ignored.add(.supersededVersion, line: v.line)
                return
            }
            out.ignored.add(old.rank == v.rank ? .duplicate : .supersededVersion, line: old.line)
        }
        out.comparators[key] = v
    }

    /// The `version` rule: per indicator and period only the most final version present counts.
    private mutating func finish() {
        guard layout.version != nil else { return }
        for (k, v) in out.values where v.rank < bestRank[PendingKey.periodKey(PendingKey.indicator(k), PendingKey.period(k))]! {
            out.values[k] = nil
            out.ignored.add(.supersededVersion, line: v.line)
        }
        for (k, v) in out.comparators where v.rank < bestRank[PendingKey.periodKey(k.indicator, k.period)]! {
            out.comparators[k] = nil
            out.ignored.add(.supersededVersion, line: v.line)
        }
    }
}
