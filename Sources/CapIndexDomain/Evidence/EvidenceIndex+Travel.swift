extension EvidenceIndex {
    /// The label of a stored value's period (SPEC 5), from its file's layout and its own
    /// `time_identifier`.
    public func label(_ r: IndicatorValueRecord, _ ind: IndicatorDefinition) -> String {
        PeriodLabel.text(
            layout: r.sourceFile.flatMap { sourceFiles[$0]?.layout }, timeIdentifier: r.timeIdentifier, published: r.periodLabel,
            period: r.period, indicator: ind)
    }

    /// An indicator's period as the reports name it (`Academic year 2024/25`, never the bare
    /// `202425`): the label most of its rows carry; nil when the period has no rows.
    public func periodName(indicator id: String, period: Int) -> String? {
        guard let ind = catalogue.first(where: { $0.id == id }), let d = distributions[id]?[period] else { return nil }
        return majorityLabel(d, ind)
    }

    /// The label most of a period's rows carry (ties: the first in LA-code order), for an
    /// LA without a row of its own.
    func majorityLabel(_ d: IndicatorDistribution, _ ind: IndicatorDefinition) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for r in d.rows.values.sorted(by: { $0.laCode < $1.laCode }) {
            let l = label(r, ind)
            if counts[l] == nil { order.append(l) }
            counts[l, default: 0] += 1
        }
        return order.max { (counts[$0]!, -order.firstIndex(of: $0)!) < (counts[$1]!, -order.firstIndex(of: $1)!) }
            ?? PeriodLabel.text(layout: nil, timeIdentifier: nil, published: d.periodLabel, period: d.period, indicator: ind)
    }

    /// The direction of travel of an LA's indicator up to `period` (SPEC 5): the latest
    /// five periods in which any LA has a value, the LA's value (or missing code) in each.
    public func travel(laCode: String, indicator ind: IndicatorDefinition, period: Int) -> DirectionOfTravel {
        let periods = (periodsWithValues[ind.id] ?? []).filter { $0 <= period }.suffix(DirectionOfTravel.length)
        let points = periods.compactMap { p -> DirectionOfTravel.Point? in
            guard let d = distributions[ind.id]?[p] else { return nil }
            let row = d.rows[laCode]
            return DirectionOfTravel.Point(
                period: p, label: row.map { label($0, ind) } ?? majorityLabel(d, ind), value: row?.value, missingCode: row?.missingCode)
        }
        return DirectionOfTravel(points: points, polarity: ind.polarity)
    }
}
