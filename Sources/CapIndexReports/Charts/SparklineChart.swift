/// A small sparkline for a table cell (three window years, or five periods of an
/// indicator); its label says the values in words. A missing value is a gap in the line.
enum SparklineChart {
    static func svg(_ sp: ReportSparkline) -> String {
        let w = 96.0, h = 26.0, pad = 5.0
        let known = sp.values.compactMap { $0 }
        let lo = known.min() ?? 0, hi = known.max() ?? 0
        let span = max(sp.minSpan, hi - lo)
        let mid = (lo + hi) / 2
        func py(_ v: Double) -> Double { h / 2 - (v - mid) / span * (h - 2 * pad) }
        func px(_ i: Int) -> Double { pad + Double(i) * (w - 2 * pad) / Double(max(1, sp.values.count - 1)) }
        var s = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 \(ReportSVG.n(w)) \(ReportSVG.n(h))\" width=\"\(ReportSVG.n(w))\" height=\"\(ReportSVG.n(h))\" role=\"img\" aria-label=\"\(HTMLEscaping.attribute(sp.label))\">"
        ]
        s.append(ReportSVG.line(x1: pad, y1: h - 2, x2: w - pad, y2: h - 2, stroke: ChartPalette.grid))
        // One polyline per run of consecutive values: a gap is not drawn over.
        var runs: [[String]] = [[]]
        for (i, v) in sp.values.enumerated() {
            if let v {
                runs[runs.count - 1].append("\(ReportSVG.n(px(i))),\(ReportSVG.n(py(v)))")
            } else if !runs.last!.isEmpty {
                runs.append([])
            }
        }
        for points in runs where points.count > 1 {
            s.append(
                "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(ChartPalette.positive)\" stroke-width=\"2\"/>"
            )
        }
        for (i, v) in sp.values.enumerated() {
            guard let v else { continue }
            let last = i == sp.values.count - 1
            s.append(
                "<circle cx=\"\(ReportSVG.n(px(i)))\" cy=\"\(ReportSVG.n(py(v)))\" r=\"\(last ? "3.5" : "2.5")\" fill=\"\(last ? ChartPalette.text : ChartPalette.positive)\"/>"
            )
        }
        s.append("</svg>")
        return s.joined()
    }
}
