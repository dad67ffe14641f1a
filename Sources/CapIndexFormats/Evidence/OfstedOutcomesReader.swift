import CapIndexDomain
import Foundation

/// Reads Ofsted's published ILACS outcomes files (the latest judgements and the history):
/// overall effectiveness and the four sub-judgements per LA, by ONS code (current or
/// previous), with inspection and publication dates. Columns are found by their names.
public enum OfstedOutcomesReader {
    /// What one file holds.
    public struct Outcomes: Sendable {
        /// Each inspection (one per LA and inspection date: the last row wins) with its line.
        public var inspections: [(inspection: OfstedInspection, line: Int)]
        /// Data rows read.
        public var rows: Int
        /// Rows not used, by reason.
        public var ignored: IgnoredRows
        /// The encoding the file was read in (Windows-1252 warrants W001).
        public var encoding: SourceEncoding
    }

    /// Why a file is not an outcomes file at all (W004).
    public struct NotUsable: Error, Sendable {
        /// What is wrong.
        public var message: String
        /// What to do.
        public var hint: String
        /// The line at fault, if any.
        public var line: Int?
        /// The encoding, when the file was text.
        public var encoding: SourceEncoding?
    }

    /// The columns of an outcomes file.
    struct Columns {
        var code: Int
        var name: Int?
        var inspected: Int
        var published: Int
        var type: Int?
        var grades: [(OfstedArea, Int)]

        static func find(_ header: [String]) -> Columns? {
            let h = header.map(Framework.normalise)
            func first(_ test: (String) -> Bool) -> Int? { h.firstIndex(where: test) }
            guard
                let code = first({ $0.contains("area code") })
                    ?? first({ ["la code", "ons code", "la_code", "new_la_code", "local authority code"].contains($0) }),
                let inspected = first({ $0.contains("inspection date") || $0 == "inspection_date" }),
                let published = first({ $0.contains("publication date") || $0 == "publication_date" || $0 == "published" }),
                let overall = first({ $0.contains("overall effectiveness") })
            else { return nil }
            var grades: [(OfstedArea, Int)] = [(.overall, overall)]
            if let i = first({ $0.contains("leaders") }) { grades.append((.leaders, i)) }
            if let i = first({ $0.contains("help and protection") }) { grades.append((.helpProtection, i)) }
            if let i = first({ $0.contains("children in care") }) { grades.append((.childrenInCare, i)) }
            if let i = first({ $0.contains("care leavers") }) { grades.append((.careLeavers, i)) }
            return Columns(
                code: code, name: first({ $0.contains("name") }), inspected: inspected, published: published,
                type: first({ $0.contains("inspection type") }), grades: grades)
        }
    }

    /// Reads the bytes of one file against the register's LAs.
    public static func read(_ bytes: [UInt8], matcher: LAMatcher) -> Result<Outcomes, NotUsable> {
        let doc: CSVDocument
        do { doc = try CSVReader.read(fileBytes: bytes) } catch {
            return .failure(NotUsable(message: "not a readable CSV file (\(error))", hint: "save the outcomes sheet as CSV UTF-8"))
        }
        let records = doc.records.filter { !$0.isBlank }
        guard let header = records.first, let cols = Columns.find(header.fields) else {
            return .failure(
                NotUsable(
                    message:
                        "not an Ofsted ILACS outcomes file: it needs an LA code, the inspection and publication dates and the overall effectiveness",
                    hint: hintForOther(header: records.first?.fields ?? []), line: records.first?.line,
                    encoding: doc.encoding))
        }
        var ignored = IgnoredRows()
        var found: [String: OfstedInspection] = [:]
        var order: [String] = []
        var lines: [String: Int] = [:]
        rows: for r in records.dropFirst() {
            func cell(_ i: Int?) -> String {
                guard let i, i < r.fields.count else { return "" }
                return r.fields[i].trimmingCharacters(in: .whitespaces)
            }
            let code = cell(cols.code)
            guard let la = matcher.resolve(code) else {
                ignored.addUnmatched(code.isEmpty ? "no LA code" : code, line: r.line)
                continue
            }
            guard let inspected = isoDate(cell(cols.inspected)) else {
                ignored.add(.date(cell(cols.inspected)), line: r.line)
                continue
            }
            guard let published = isoDate(cell(cols.published)) else {
                ignored.add(.date(cell(cols.published)), line: r.line)
                continue
            }
            guard published >= inspected else {
                ignored.add(.publishedBeforeInspection, line: r.line)
                continue
            }
            var grades: [OfstedArea: Rating] = [:]
            for (area, i) in cols.grades {
                let text = cell(i)
                if text.isEmpty { continue }
                guard let g = Rating(parsing: text) else {
                    ignored.add(.grade(text), line: r.line)
                    continue rows
                }
                grades[area] = g
            }
            let laCode = matcher.codes[Int(la)]
            let inspection = OfstedInspection(
                laCode: laCode, onsCode: code, laName: cell(cols.name), inspectionDate: inspected, publicationDate: published,
                inspectionType: cols.type.map { cell($0) }.flatMap { $0.isEmpty ? nil : $0 },
                overall: grades[.overall], leaders: grades[.leaders], helpProtection: grades[.helpProtection],
                childrenInCare: grades[.childrenInCare], careLeavers: grades[.careLeavers])
            let key = laCode + "|" + inspected
            if found[key] == nil { order.append(key) } else { ignored.add(.duplicateInspection, line: lines[key]!) }
            found[key] = inspection
            lines[key] = r.line
        }
        return .success(
            Outcomes(
                inspections: order.map { (found[$0]!, lines[$0]!) }, rows: records.count - 1, ignored: ignored,
                encoding: doc.encoding))
    }

    /// What to do with a file that is not an outcomes file: an indicator file or a submission
    /// goes to its own command; anything else is the wrong file.
    static func hintForOther(header: [String]) -> String {
        let h = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if h.starts(with: EvidenceLayout.laitHeader) || h.contains("time_period") {
            return "this looks like a published indicator file: import it with capindex evidence import FILE"
        }
        if h.contains("la_code") && (h.contains("theme") || h.contains("rating")) {
            return "this looks like an LA's self-assessment: ingest it with capindex ingest FILE"
        }
        return "import the published ILACS outcomes file as CSV"
    }

    /// `YYYY-MM-DD` or `DD/MM/YYYY` (as UK Excel writes it) → `YYYY-MM-DD`, for real dates only.
    public static func isoDate(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        var y = 0, m = 0, d = 0
        let parts: [Substring]
        if t.count == 10, t.contains("-") {
            parts = t.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else {
                return nil
            }
            (y, m, d) = (a, b, c)
        } else if t.contains("/") {
            parts = t.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else {
                return nil
            }
            (y, m, d) = (c, b, a)
        } else {
            return nil
        }
        guard (1990...2100).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard d <= days else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
