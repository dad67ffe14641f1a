import CapIndexFormats
import Foundation

/// The LA × theme rating heat map: one cell per LA and theme, the grade number in
/// each cell so the colour is never the only signal.
enum HeatMapChart {
    static func svg(_ d: HeatMapData, labelledBy: String) -> String {
        let width = 760.0
        let labelW = min(210, max(120, (d.rows.map { ReportSVG.width($0.label) }.max() ?? 100) + 16))
        let longest = d.columns.map { ReportSVG.width($0, size: 11.5) }.max() ?? 60
        let angle = 50.0 * Double.pi / 180
        let rightPad = max(20, longest * cos(angle) - 10)
        let n = Double(max(1, d.columns.count))
        let cellW = min(46, (width - labelW - rightPad) / n)
        let cellH = 26.0
        let headerH = longest * sin(angle) + 18
        let gridH = Double(d.rows.count) * cellH
        let legendY = headerH + gridH + 22
        let height = legendY + 26
        var s = [ReportSVG.open(width: width, height: height, labelledBy: labelledBy, cls: "chart heat-map")]
        for (j, c) in d.columns.enumerated() {
            let cx = labelW + (Double(j) + 0.5) * cellW
            s.append(
                "<text transform=\"translate(\(ReportSVG.n(cx - 3)) \(ReportSVG.n(headerH - 8))) rotate(-50)\" font-size=\"11.5\" fill=\"\(ChartPalette.text)\">\(ReportSVG.text(c))</text>"
            )
        }
        for (i, row) in d.rows.enumerated() {
            let y = headerH + Double(i) * cellH
            s.append(ReportSVG.label(row.label, x: labelW - 8, y: y + cellH / 2 + 4, anchor: "end"))
            for (j, v) in row.values.enumerated() {
                let x = labelW + Double(j) * cellW
                if let g = v {
                    let p = ChartPalette.grade(g)
                    s.append(ReportSVG.rect(x: x + 1, y: y + 1, w: cellW - 2, h: cellH - 2, fill: p.fill))
                    s.append(
                        ReportSVG.label(
                            "\(g)", x: x + cellW / 2, y: y + cellH / 2 + 4.5, anchor: "middle", size: 13, weight: "700", fill: p.text))
                } else {
                    s.append(ReportSVG.rect(x: x + 1.5, y: y + 1.5, w: cellW - 3, h: cellH - 3, fill: "#ffffff", stroke: ChartPalette.grid))
                    s.append(
                        ReportSVG.label(
                            "–", x: x + cellW / 2, y: y + cellH / 2 + 4.5, anchor: "middle", size: 13, fill: ChartPalette.secondary))
                }
            }
        }
        // Legend: the same swatch, number and word.
        var x = labelW
        for (g, word) in [(1, "Outstanding"), (2, "Good"), (3, "Requires improvement"), (4, "Inadequate")] {
            let p = ChartPalette.grade(g)
            s.append(ReportSVG.rect(x: x, y: legendY - 13, w: 20, h: 18, fill: p.fill))
            s.append(ReportSVG.label("\(g)", x: x + 10, y: legendY + 0.5, anchor: "middle", size: 12, weight: "700", fill: p.text))
            s.append(ReportSVG.label(word, x: x + 25, y: legendY))
            x += 25 + ReportSVG.width(word) + 18
        }
        s.append(ReportSVG.label("– not submitted", x: x, y: legendY, fill: ChartPalette.secondary))
        s.append("</svg>")
        return s.joined(separator: "\n")
    }
}
