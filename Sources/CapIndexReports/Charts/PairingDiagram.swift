import Foundation

/// Suggested support pairings as a matrix: receiving LAs as rows, providing LAs as
/// columns, and in each filled cell the numbers of the pairings of the table beside it.
/// A matrix stays readable with thirty pairs, where lines between two columns tangle.
enum PairingDiagram {
    static func svg(_ d: PairingData, labelledBy: String) -> String {
        let width = 760.0
        let labelW = min(210, max(120, (d.receivers.map { ReportSVG.width($0) }.max() ?? 100) + 16))
        let longest = d.providers.map { ReportSVG.width($0, size: 11.5) }.max() ?? 60
        let angle = 50.0 * Double.pi / 180
        let rightPad = max(20, longest * cos(angle) - 10)
        let n = Double(max(1, d.providers.count))
        let cellW = min(48, (width - labelW - rightPad) / n)
        let cellH = 26.0
        let headerH = longest * sin(angle) + 18
        let gridH = Double(d.receivers.count) * cellH
        let legendY = headerH + gridH + 22
        let height = legendY + 10
        var cells: [String: String] = [:]
        for l in d.links { cells["\(l.receiver)|\(l.provider)"] = l.label }
        var s = [ReportSVG.open(width: width, height: height, labelledBy: labelledBy, cls: "chart pairing")]
        s.append(ReportSVG.label("Receives support ↓", x: labelW - 8, y: headerH - 8, anchor: "end", size: 11.5, weight: "700"))
        for (j, p) in d.providers.enumerated() {
            let cx = labelW + (Double(j) + 0.5) * cellW
            s.append(
                "<text transform=\"translate(\(ReportSVG.n(cx - 3)) \(ReportSVG.n(headerH - 8))) rotate(-50)\" font-size=\"11.5\" fill=\"\(ChartPalette.text)\">\(ReportSVG.text(p))</text>"
            )
        }
        for (i, r) in d.receivers.enumerated() {
            let y = headerH + Double(i) * cellH
            s.append(ReportSVG.label(r, x: labelW - 8, y: y + cellH / 2 + 4, anchor: "end"))
            for (j, p) in d.providers.enumerated() {
                let x = labelW + Double(j) * cellW
                if let label = cells["\(r)|\(p)"] {
                    let size = min(12, (cellW - 4) / (Double(label.count) * 0.58))
                    s.append(ReportSVG.rect(x: x + 1, y: y + 1, w: cellW - 2, h: cellH - 2, fill: ChartPalette.positive))
                    s.append(
                        ReportSVG.label(
                            label, x: x + cellW / 2, y: y + cellH / 2 + size * 0.36, anchor: "middle", size: size,
                            weight: "700", fill: "#ffffff"))
                } else {
                    s.append(ReportSVG.rect(x: x + 1.5, y: y + 1.5, w: cellW - 3, h: cellH - 3, fill: "#ffffff", stroke: "#dcdcdc"))
                }
            }
        }
        s.append(
            ReportSVG.label(
                "Rows receive support; columns give it. The numbers are the pairings of the table.", x: labelW, y: legendY,
                size: 11.5, fill: ChartPalette.secondary))
        s.append("</svg>")
        return s.joined(separator: "\n")
    }
}
