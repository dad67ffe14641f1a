/// Evidence that may be out of date at report time (SPEC 5, notice I009): the newest
/// Ofsted publication imported is more than six months before the report date, or an
/// indicator's period used for year y is more than two years before y. Each warning
/// says which file to refresh.
public struct FreshnessWarning: Sendable, Codable, Equatable {
    /// The catalogue id, for an indicator; nil for the Ofsted judgements.
    public var indicator: String?
    /// What is old, specific detail first.
    public var message: String
    /// The file(s) to refresh, by name.
    public var files: [String]

    /// Creates a value with every field given.
    public init(indicator: String?, message: String, files: [String]) {
        self.indicator = indicator
        self.message = message
        self.files = files
    }

    /// The notice as the terminal shows it.
    public var diagnostic: Diagnostic {
        Diagnostic(
            .i009, message, hint: "import a newer release of \(files.isEmpty ? "the file" : files.joined(separator: " and "))",
            at: SourceLocation(file: files.first ?? "evidence"))
    }
}

/// The freshness rules, over the evidence index and the report date.
public enum EvidenceFreshness {
    /// Every warning for submission year `year` on `reportDate` (`YYYY-MM-DD`): the Ofsted
    /// one first, then the catalogue's indicators in catalogue order.
    public static func check(_ index: EvidenceIndex, year: Int, reportDate: String) -> [FreshnessWarning] {
        var out: [FreshnessWarning] = []
        let newest = index.allInspections.map(\.publicationDate).max()
        let ofstedFiles = index.sourceFiles.values.filter { $0.layout == nil }.sorted { ($0.importedAt, $0.id) < ($1.importedAt, $1.id) }
        if let newest, ofstedOutOfDate(newest: newest, reportDate: reportDate) {
            out.append(
                FreshnessWarning(
                    indicator: nil,
                    message:
                        "the newest Ofsted judgement imported was published on \(newest), more than six months before the report date \(reportDate): later inspections may be missing",
                    files: ofstedFiles.last.map { [$0.baseName] } ?? []))
        }
        for ind in index.catalogue {
            guard let p = index.periodUsed(indicator: ind.id, year: year), p < year - 2,
                let d = index.distribution(indicator: ind.id, period: p)
            else { continue }
            var byFile: [Int: Int] = [:]
            for r in d.rows.values { if let f = r.sourceFile { byFile[f, default: 0] += 1 } }
            let file = byFile.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.flatMap { index.sourceFiles[$0.key]?.baseName }
            out.append(
                FreshnessWarning(
                    indicator: ind.id,
                    message:
                        "\(ind.title): the latest period imported is \(index.majorityLabel(d, ind)), more than two years before \(year)",
                    files: file.map { [$0] } ?? []))
        }
        return out
    }

    /// True when the newest Ofsted publication imported (`YYYY-MM-DD`) is more than six
    /// months before the report date: the one part of I009 that the report date decides.
    public static func ofstedOutOfDate(newest: String, reportDate: String) -> Bool {
        guard let limit = monthsBefore(reportDate, 6) else { return false }
        return newest < limit
    }

    /// `YYYY-MM-DD` minus `months` months (the day kept, or the month's last day); nil for a malformed date.
    static func monthsBefore(_ date: String, _ months: Int) -> String? {
        let p = date.prefix(10).split(separator: "-")
        guard p.count == 3, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]), (1...12).contains(m) else { return nil }
        var year = y, month = m - months
        while month < 1 {
            month += 12
            year -= 1
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let last = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(min(d, last)))"
    }
}
