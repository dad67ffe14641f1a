/// The theme support balance as bars either side of zero; each bar is labelled with
/// its signed value, so the side and the sign say what the colour says.
enum DivergingBarChart {
    /// The axis runs from −scale to +scale: the largest bar rounded up to 25, 50, 75 or 100,
    /// so small balances are not squeezed against zero. Captions quote this range.
    static func scale(_ d: DivergingBarData) -> Double {
        let maxAbs = d.bars.map { abs($0.value) }.max() ?? 0
        return min(100, max(25, (maxAbs / 25).rounded(.up) * 25))
    }

    static func svg(_ d: DivergingBarData, labelledBy: String) -> String {
        let width = 760.0
        let labelW = min(200, max(110, (d.bars.map { ReportSVG.width($0.label) }.max() ?? 100) + 14))
        let noteW = d.bars.contains { $0.note != nil } ? 80.0 : 10
        let valuePad = 52.0
        let plotW = width - labelW - noteW - 2 * valuePad
        let x0 = labelW + valuePad + plotW / 2
        let scale = Self.scale(d)
        let rowH = 26.0, barH = 16.0, top = 30.0
        let plotH = Double(d.bars.count) * rowH
        let height = top + plotH + 44
        func px(_ v: Double) -> Double { x0 + v / scale * plotW / 2 }
        var s = [ReportSVG.open(width: width, height: height, labelledBy: labelledBy, cls: "chart balance")]
        for t in [-scale, -scale / 2, 0, scale / 2, scale] {
            let x = px(t)
            s.append(
                ReportSVG.line(
                    x1: x, y1: top - 4, x2: x, y2: top + plotH, stroke: t == 0 ? ChartPalette.text : ChartPalette.grid,
                    width: t == 0 ? 1.5 : 1, dash: t == 0 ? nil : "3 3"))
            let txt = t == 0 ? "0" : (t > 0 ? "+" : "\u{2212}") + ReportSVG.n(abs(t))
            s.append(ReportSVG.label(txt, x: x, y: top - 10, anchor: "middle", size: 11, fill: ChartPalette.secondary))
        }
        for (i, b) in d.bars.enumerated() {
            let y = top + Double(i) * rowH
            let cy = y + rowH / 2
            s.append(ReportSVG.label(b.label, x: labelW - 8, y: cy + 4, anchor: "end", weight: b.note == nil ? nil : "700"))
            let x1 = px(min(0, b.value)), x2 = px(max(0, b.value))
            s.append(
                ReportSVG.rect(
                    x: x1, y: cy - barH / 2, w: x2 - x1, h: barH, fill: b.value < 0 ? ChartPalette.negative : ChartPalette.positive))
            if b.value < 0 {
                s.append(ReportSVG.haloLabel(b.valueText, x: x1 - 5, y: cy + 4, anchor: "end", weight: "700"))
            } else {
                s.append(ReportSVG.haloLabel(b.valueText, x: x2 + 5, y: cy + 4, anchor: "start", weight: "700"))
            }
            if let note = b.note { s.append(ReportSVG.label(note, x: width - noteW + 6, y: cy + 4, size: 11.5, weight: "700")) }
        }
        let ly = top + plotH + 22
        s.append(ReportSVG.label("← " + d.negativeLabel, x: x0 - 8, y: ly, anchor: "end", size: 11.5, fill: ChartPalette.secondary))
        s.append(ReportSVG.label(d.positiveLabel + " →", x: x0 + 8, y: ly, anchor: "start", size: 11.5, fill: ChartPalette.secondary))
        s.append("</svg>")
        return s.joined(separator: "\n")
    }
}
