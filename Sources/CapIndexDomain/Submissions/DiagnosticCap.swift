/// At most ``limit`` diagnostics of one code for one submission (or for the rows of one
/// file that belong to no submission): the rest are counted and said in ONE more of the
/// same code, so a file of two million copies of one row says so in a hundred lines, not
/// two million, and its memory and its diagnostics log stay in proportion (issue 17). The
/// code, and so the verdict and the exit code, are the same as without the cap.
struct DiagnosticCap {
    /// Diagnostics listed of each code.
    static let limit = 100

    private var listed: [DiagnosticCode: Int] = [:]
    private var more: [DiagnosticCode: (count: Int, first: Diagnostic)] = [:]
    private var order: [DiagnosticCode] = []

    /// Adds `d` to `out` unless its code has reached the limit; then only counts it.
    mutating func add(_ d: Diagnostic, to out: inout [Diagnostic]) {
        let n = listed[d.code, default: 0]
        if n < Self.limit {
            listed[d.code] = n + 1
            out.append(d)
        } else if let m = more[d.code] {
            more[d.code] = (m.count + 1, m.first)
        } else {
            more[d.code] = (1, d)
            order.append(d.code)
        }
    }

    /// One diagnostic per capped code, at the first one not listed.
    func summaries() -> [Diagnostic] {
        order.map { code in
            let (count, first) = more[code]!
            var d = first
            d.message = "and \(count) more \(code.rawValue) like the \(Self.limit) above (only the first \(Self.limit) are listed)"
            return d
        }
    }
}
