/// Every LA's capacity index as a bar on 0–100, the band thresholds as dashed lines and
/// the value and band written at the end of each bar.
enum LCIBarChart {
    static func svg(_ d: LCIBarData, labelledBy: String) -> String {
        let width = 760.0
        let labelW = min(210, max(110, (d.bars.map { ReportSVG.width($0.label) }.max() ?? 100) + 14))
        let rightW = max(120, (d.bars.map { ReportSVG.width("\($0.valueText) \($0.band)") }.max() ?? 100) + 16)
        let plotW = width - labelW - rightW
        let rowH = 24.0, barH = 15.0, top = 28.0
        let plotH = Double(d.bars.count) * rowH
        let legendY = top + plotH + 28
        let height = legendY + 12
        func px(_ v: Double) -> Double { labelW + max(0, min(100, v)) / 100 * plotW }
        var s = [ReportSVG.open(width: width, height: height, labelledBy: labelledBy, cls: "chart lci")]
        s.append(ReportSVG.line(x1: px(0), y1: top - 4, x2: px(0), y2: top + plotH, stroke: ChartPalette.text, width: 1.5))
        var ticks: [(Double, String)] = [(0, "0"), (100, "100")]
        for t in d.thresholds where t.min > 0 && t.min < 100 { ticks.append((t.min, ReportSVG.n(t.min))) }
        for (v, txt) in ticks {
            if v > 0 {
                s.append(ReportSVG.line(x1: px(v), y1: top - 4, x2: px(v), y2: top + plotH, stroke: ChartPalette.secondary, dash: "4 3"))
            }
            s.append(ReportSVG.label(txt, x: px(v), y: top - 9, anchor: "middle", size: 11, fill: ChartPalette.secondary))
        }
        for (i, b) in d.bars.enumerated() {
            let cy = top + Double(i) * rowH + rowH / 2
            s.append(ReportSVG.label(b.label, x: labelW - 8, y: cy + 4, anchor: "end"))
            s.append(ReportSVG.rect(x: px(0), y: cy - barH / 2, w: px(b.value) - px(0), h: barH, fill: ChartPalette.band(b.bandIndex)))
            s.append(ReportSVG.haloLabel("\(b.valueText) \(b.band)", x: px(b.value) + 5, y: cy + 4))
        }
        // Legend: band colours with their ranges.
        var x = labelW
        let sorted = d.thresholds
        for (i, t) in sorted.enumerated() {
            let upper = i == 0 ? "100" : ReportSVG.n(sorted[i - 1].min)
            let text = "\(t.name) \(ReportSVG.n(t.min))–\(upper)"
            s.append(ReportSVG.rect(x: x, y: legendY - 11, w: 14, h: 14, fill: ChartPalette.band(i)))
            s.append(ReportSVG.label(text, x: x + 19, y: legendY, size: 11.5))
            x += 19 + ReportSVG.width(text, size: 11.5) + 16
        }
        s.append("</svg>")
        return s.joined(separator: "\n")
    }
}
