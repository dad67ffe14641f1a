import Foundation

/// Display rounding on the terminal: one decimal place (exports carry full precision).
enum Fmt {
    static func one(_ d: Double) -> String { String(format: "%.1f", d) }
    static func signed(_ d: Double) -> String { (d >= 0 ? "+" : "") + String(format: "%.1f", d) }
    static func two(_ d: Double) -> String { String(format: "%.2f", d) }
}
