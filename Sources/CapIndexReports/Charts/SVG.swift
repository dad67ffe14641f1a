import Foundation

/// Small helpers for writing SVG by hand: numbers with a fixed format, escaped text.
enum ReportSVG {
    /// A coordinate with at most one decimal place, no trailing `.0`.
    static func n(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        if r == r.rounded() { return String(Int(r)) }
        return String(format: "%.1f", r)
    }

    /// Text content or attribute value, escaped.
    static func text(_ s: String) -> String { HTMLEscaping.plain(s) }

    /// A `<text>` element.
    static func label(
        _ s: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, weight: String? = nil,
        fill: String = ChartPalette.text, extra: String = ""
    ) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" font-size=\"\(n(size))\""
            + (weight.map { " font-weight=\"\($0)\"" } ?? "") + " fill=\"\(fill)\"\(extra)>\(text(s))</text>"
    }

    /// A label on a white ground, so a grid line behind it never crosses the text.
    static func haloLabel(_ s: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, weight: String? = nil) -> String {
        let factor: Double = weight == nil ? 1.0 : 1.08
        let w: Double = width(s, size: size) * factor + 4.0
        var left: Double = x - 2.0
        if anchor == "end" { left = x - w + 2.0 } else if anchor == "middle" { left = x - w / 2.0 }
        let ground: String = rect(x: left, y: y - size * 0.85, w: w, h: size * 1.15, fill: "#ffffff")
        let text: String = label(s, x: x, y: y, anchor: anchor, size: size, weight: weight)
        return ground + "\n" + text
    }

    /// A `<rect>` element.
    static func rect(x: Double, y: Double, w: Double, h: Double, fill: String, stroke: String? = nil, extra: String = "") -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\"" } ?? "") + "\(extra)/>"
    }

    /// A `<line>` element.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(n(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    /// The opening tag of a chart: scalable, labelled by the figure's caption and summary.
    static func open(width: Double, height: Double, labelledBy: String, cls: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(cls)\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(labelledBy)\" "
            + "font-family=\"Arial, 'Liberation Sans', Helvetica, sans-serif\">"
    }

    /// Rough width of a text in pixels at `size` (Arial averages about 0.55 em).
    static func width(_ s: String, size: Double = 12) -> Double { Double(s.count) * size * 0.55 }
}

/// Chart colours: GOV.UK palette, every text colour ≥ 4.5:1 on its background and every
/// bar ≥ 3:1 on white. Colour always repeats what a number or word already says.
enum ChartPalette {
    static let text = "#0b0c0c"
    static let secondary = "#505a5f"
    static let grid = "#b1b4b6"
    static let positive = "#1d70b8"
    static let negative = "#b52a15"

    /// Fill and text colour of a grade 1–4.
    static func grade(_ g: Int) -> (fill: String, text: String) {
        switch g {
        case 1: ("#005a30", "#ffffff")
        case 2: ("#85c29f", "#0b0c0c")
        case 3: ("#ffdd00", "#0b0c0c")
        default: ("#b52a15", "#ffffff")
        }
    }

    /// Bar colour of a capacity band by position, best first.
    static func band(_ i: Int) -> String { ["#00703c", "#1d70b8", "#b35f00", "#b52a15"][max(0, min(3, i))] }
}
