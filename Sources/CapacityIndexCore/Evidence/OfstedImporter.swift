import CapIndexDomain
import Foundation

/// Reads Ofsted's published ILACS outcomes files (the latest judgements and the history):
/// overall effectiveness and the four sub-judgements per LA, by ONS code (current or
/// previous), with inspection and publication dates. Columns are found by their names.
public struct OfstedImporter {
    /// The store written to.
    public let store: Store
    /// ISO 8601 time stamp of this import.
    public var now: String

    /// An importer on a store bound to a register.
    public init(store: Store, now: String) {
        self.store = store
        self.now = now
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

    /// Imports each file in the order given.
    public func importFiles(_ paths: [String]) throws -> EvidenceImportReport {
        guard try store.currentFramework() != nil else { throw IngestError.notInitialised }
        let matcher = LAMatcher(register: try store.loadRegister())
        var report = EvidenceImportReport()
        for path in try EvidenceImporter.inputFiles(paths) {
            let (result, ds) = try importFile(path, matcher: matcher)
            report.files.append(result)
            report.diagnostics += ds
        }
        return report
    }

    func importFile(_ path: String, matcher: LAMatcher) throws -> (EvidenceFileResult, [Diagnostic]) {
        let at = SourceLocation(file: path)
        var ds: [Diagnostic] = []
        func reject(_ message: String, hint: String, sha: String, line: Int? = nil) -> (EvidenceFileResult, [Diagnostic]) {
            ds.append(
                Diagnostic(.w004, message + "; nothing was imported from it", hint: hint, at: SourceLocation(file: path, line: line)))
            return (EvidenceFileResult(file: path, status: .rejected, sha256: sha), ds)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return reject("cannot read the file", hint: "check the path and its permissions", sha: "")
        }
        let bytes = [UInt8](data)
        let sha = SHA256.hex(bytes)
        if try store.evidenceFileImported(sha256: sha) {
            ds.append(Diagnostic(.i001, "file content already imported (SHA-256 \(sha.prefix(12))…); nothing changed", at: at))
            return (EvidenceFileResult(file: path, status: .unchanged, sha256: sha), ds)
        }
        let doc: CSVDocument
        do { doc = try CSVReader.read(fileBytes: bytes) } catch {
            return reject("not a readable CSV file (\(error))", hint: "save the outcomes sheet as CSV UTF-8", sha: sha)
        }
        if doc.encoding == .windows1252 {
            ds.append(Diagnostic(.w001, "file read as Windows-1252: it is not valid UTF-8", hint: "save it as CSV UTF-8", at: at))
        }
        let records = doc.records.filter { !$0.isBlank }
        guard let header = records.first, let cols = Columns.find(header.fields) else {
            return reject(
                "not an Ofsted ILACS outcomes file: it needs an LA code, the inspection and publication dates and the overall effectiveness",
                hint: "import the published ILACS outcomes file as CSV", sha: sha, line: records.first?.line)
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
            guard let inspected = OfstedImporter.isoDate(cell(cols.inspected)) else {
                ignored.add(.date(cell(cols.inspected)), line: r.line)
                continue
            }
            guard let published = OfstedImporter.isoDate(cell(cols.published)) else {
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
        let inspections = order.map { (found[$0]!, lines[$0]!) }
        let counts = try store.saveOfstedImport(
            inspections, file: path, sha256: sha, rows: records.count - 1,
            ignored: ignored.total, at: now)
        var result = EvidenceFileResult(file: path, status: .imported, sha256: sha)
        result.rows = records.count - 1
        result.valuesNew = counts.new
        result.valuesChanged = counts.changed
        result.valuesUnchanged = counts.unchanged
        result.ignored = ignored.entries
        for i in result.ignored {
            ds.append(
                Diagnostic(
                    .i005, "\(i.count) row\(i.count == 1 ? "" : "s") ignored: \(i.reason)", hint: i.hint,
                    at: SourceLocation(file: path, line: i.firstLine)))
        }
        let las = Set(inspections.map(\.0.laCode)).count
        ds.append(
            Diagnostic(
                .i007,
                "Ofsted ILACS outcomes, \(records.count - 1) rows: \(inspections.count) inspection\(inspections.count == 1 ? "" : "s") of \(las) LA\(las == 1 ? "" : "s") "
                    + "(\(counts.new) new, \(counts.changed) changed, \(counts.unchanged) unchanged)", at: at))
        return (result, ds)
    }

    /// `YYYY-MM-DD` or `DD/MM/YYYY` (as UK Excel writes it) → `YYYY-MM-DD`, for real dates only.
    static func isoDate(_ text: String) -> String? {
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
