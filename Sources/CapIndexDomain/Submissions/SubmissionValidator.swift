import Foundation

/// The verdict on one LA-year group of rows.
public enum SubmissionVerdict: Sendable {
    /// Valid: store it. Warnings are attached.
    case accepted(ValidSubmission, warnings: [Diagnostic])
    /// Rejected: nothing of it is stored.
    case rejected(laCode: String, year: Int, diagnostics: [Diagnostic])
}

/// Applies SPEC 2's value rules to raw rows from any format, groups them by LA and
/// year, and says which submissions stand and which are rejected.
public struct SubmissionValidator: Sendable {
    /// The framework the store is bound to.
    public let framework: Framework
    /// The LA register.
    public let register: LARegister
    /// The framework's themes by every spelling a row may name them with, found once.
    private let themes: ThemeLookup

    /// A validator for one framework and register.
    public init(framework: Framework, register: LARegister) {
        self.framework = framework
        self.register = register
        themes = ThemeLookup(framework)
    }

    /// An LA and year: the key rows are grouped by.
    private struct LAYear: Hashable {
        let la: String
        let year: Int
    }

    /// Validates a file's rows. Rows whose LA or year cannot be read belong to no
    /// submission and come back in `orphans`.
    public func validate(_ file: RawFile, sha256: String) -> (verdicts: [SubmissionVerdict], orphans: [Diagnostic]) {
        var orphans: [Diagnostic] = []
        var cap = DiagnosticCap()
        var groups: [LAYear: Int] = [:]
        var order: [(key: LAYear, rows: [RawRow])] = []
        var found: [Diagnostic] = []
        var lastLA: (text: String, code: String?)?
        for list in [file.rows, file.emptySubmissions] {
            for row in list {
                found.removeAll(keepingCapacity: true)
                let identified = identify(row, lastLA: &lastLA, into: &found)
                for d in found { cap.add(d, to: &orphans) }
                guard let (la, year) = identified else { continue }
                let key = LAYear(la: la, year: year)
                if let g = groups[key] {
                    order[g].rows.append(row)
                } else {
                    groups[key] = order.count
                    order.append((key, [row]))
                }
            }
        }
        let emptyLocations = file.emptySubmissions.isEmpty ? [] : Set(file.emptySubmissions.map(\.location))
        let verdicts = order.map { g -> SubmissionVerdict in
            let rows = emptyLocations.isEmpty ? g.rows : g.rows.filter { !emptyLocations.contains($0.location) || $0[.theme] != nil }
            return validateGroup(la: g.key.la, year: g.key.year, rows: rows, first: g.rows[0], file: file, sha256: sha256)
        }
        return (verdicts, orphans + cap.summaries())
    }

    /// Reads the LA and year of a row, or reports why not (E201, E210, E212). `lastLA` is
    /// the LA text of the row before and what it resolved to: a file's rows nearly always
    /// name one LA, resolved once.
    private func identify(_ row: RawRow, lastLA: inout (text: String, code: String?)?, into out: inout [Diagnostic]) -> (String, Int)? {
        var ok = true
        var la: String?
        var year: Int?
        if let code = row.text(.laCode) {
            if let last = lastLA, last.text == code {
                la = last.code
            } else {
                la = register.resolve(code)
                lastLA = (code, la)
            }
            if la == nil {
                out.append(
                    Diagnostic(
                        .e201, "LA code '\(code)' is not in the register", hint: DiagnosticCode.e201.hint,
                        at: row.location(of: .laCode)))
                ok = false
            }
        } else {
            out.append(
                Diagnostic(
                    .e210, "la_code is blank; the row belongs to no submission",
                    hint: SubmissionHints.blank(.laCode, at: row.location(of: .laCode)), at: row.location(of: .laCode)))
            ok = false
        }
        if let y = row.text(.year) {
            year = SubmissionValidator.parseYear(y)
            if year == nil {
                out.append(
                    Diagnostic(
                        .e212, "year '\(y)' is not a whole number from 2000 to 2100",
                        hint: DiagnosticCode.e212.hint, at: row.location(of: .year), laCode: la))
                ok = false
            }
        } else {
            out.append(
                Diagnostic(
                    .e210, "year is blank; the row belongs to no submission",
                    hint: SubmissionHints.blank(.year, at: row.location(of: .year)), at: row.location(of: .year), laCode: la))
            ok = false
        }
        guard ok, let la, let year else { return nil }
        return (la, year)
    }

    /// A whole number 2000–2100 (`2026.0` as Excel writes it counts).
    static func parseYear(_ text: String) -> Int? {
        var t = Substring(text)
        if t.hasSuffix(".0") { t = t.dropLast(2) }
        guard let y = Int(t), (2000...2100).contains(y) else { return nil }
        return y
    }

    private func validateGroup(
        la: String, year: Int, rows: [RawRow], first: RawRow, file: RawFile,
        sha256: String
    ) -> SubmissionVerdict {
        var ds: [Diagnostic] = []
        var cap = DiagnosticCap()
        // Themes named by a diagnostic, kept apart so that capping the list loses none.
        var namedThemes = Set<String>()
        var themeUnreadable = false
        func add(_ code: DiagnosticCode, _ message: String, _ at: SourceLocation, theme: String? = nil, hint: String? = nil) {
            if let theme { namedThemes.insert(theme) }
            if code == .e203 || (code == .e210 && message.hasPrefix("theme")) { themeUnreadable = true }
            cap.add(Diagnostic(code, message, hint: hint ?? code.hint, at: at, laCode: la, year: year, theme: theme), to: &ds)
        }
        if !register.isValid(la, in: year) {
            let name = register.row(la, in: year)?.name ?? la
            add(.e202, "\(name) (\(la)) has no register row valid in \(year)", first.location(of: .laCode))
        }
        // Submission-level fields: the first non-blank value counts; a different later one
        // warns. (Kept in locals: a dictionary keyed by the field hashed its name for every
        // row, 1% of a national ingest.)
        func firstValue(_ f: SubmissionField) -> (text: String, at: SourceLocation)? {
            var first: (text: String, at: SourceLocation)?
            for r in rows {
                guard let t = r.text(f) else { continue }
                if let firstCell = first {
                    if firstCell.text != t {
                        add(
                            .w002, "\(f.rawValue) '\(t)' differs from '\(firstCell.text)' given at \(firstCell.at); the first counts",
                            r.location(of: f))
                    }
                } else {
                    first = (t, r.location(of: f))
                }
            }
            return first
        }
        let submittedOnCell = firstValue(.submittedOn)
        let signoffCell = firstValue(.cxSignoff)
        var submittedOn: String?
        if let c = submittedOnCell {
            submittedOn = SubmissionValidator.parseDate(c.text)
            if submittedOn == nil { add(.e217, "submitted_on '\(c.text)' is not a real date", c.at) }
        }
        // By the theme's position in the framework.
        var entries = [ThemeEntry?](repeating: nil, count: themes.themes.count)
        var firstRow = [SourceLocation?](repeating: nil, count: themes.themes.count)
        for (position, r) in rows.enumerated() {
            guard let themeText = r.text(.theme) else {
                add(.e210, "theme is blank", r.location(of: .theme), hint: SubmissionHints.blank(.theme, at: r.location(of: .theme)))
                continue
            }
            guard let index = themes.index(of: themeText, expected: position) else {
                add(
                    .e203, "theme '\(themeText)' is not a theme of framework \(framework.id) \(framework.version)",
                    r.location(of: .theme))
                continue
            }
            let themeID = themes.ids[index]
            let title = themes.themes[index].title
            if let earlier = firstRow[index] {
                add(.e209, "\(title) appears again (first at \(earlier))", r.location(of: .theme), theme: themeID)
                continue
            }
            firstRow[index] = r.location
            entries[index] = entry(r, theme: themeID, title: title, report: { add($0, $1, $2, theme: themeID, hint: $3) })
        }
        // Themes whose row was there but had bad values are not "missing"; and when a row's
        // theme could not be read, E203/E210 already says what is wrong with it.
        let missing = themes.ids.indices.filter { entries[$0] == nil && !namedThemes.contains(themes.ids[$0]) }
            .map { themes.ids[$0] }
        if !missing.isEmpty && !themeUnreadable {
            // Titles first: the LA knows its themes by their titles; the id is what a row may carry.
            let named = missing.map { id in "\(framework.theme(id: id)?.title ?? id) (\(id))" }
            add(
                .e211,
                "missing theme\(missing.count == 1 ? "" : "s") \(named.joined(separator: "; ")): every theme of the framework needs a row",
                first.location, theme: missing.count == 1 ? missing[0] : nil)
        }
        ds += cap.summaries()
        if ds.contains(where: { $0.severity == .error }) {
            return .rejected(laCode: la, year: year, diagnostics: ds)
        }
        var sub = ValidSubmission(
            laCode: la, year: year, submittedOn: submittedOn, cxSignoff: signoffCell?.text,
            themes: entries.compactMap { $0 }, sourceFile: file.name,
            sourceSHA256: sha256, format: file.format, location: first.location)
        sub.signoffLocation = Self.signoffLocation(signoffCell?.at, rows: rows, first: first.location)
        return .accepted(sub, warnings: ds)
    }

    /// Where the sign-off is: its cell when given, else a blank sign-off cell, else (JSON)
    /// the submission object, whose theme path the first row carries (`$[0].themes[0]` → `$[0]`).
    static func signoffLocation(_ given: SourceLocation?, rows: [RawRow], first: SourceLocation) -> SourceLocation {
        if let at = given ?? rows.lazy.compactMap({ $0[.cxSignoff] == nil ? nil : $0.location(of: .cxSignoff) }).first { return at }
        guard let path = first.path, let cut = path.range(of: ".themes[", options: [.caseInsensitive, .backwards]) else { return first }
        return SourceLocation(file: first.file, line: first.line, path: String(path[..<cut.lowerBound]))
    }

    /// Reads one theme row's values; reports each bad value.
    private func entry(
        _ r: RawRow, theme: String, title: String,
        report: (DiagnosticCode, String, SourceLocation, String?) -> Void
    ) -> ThemeEntry? {
        func add(_ c: DiagnosticCode, _ m: String, _ at: SourceLocation, hint: String? = nil) {
            report(c, m, at, hint ?? SubmissionHints.value(c, at: at))
        }
        var bad = false
        var rating: Rating?
        if let t = r.text(.rating) {
            rating = Rating(parsing: t)
            if rating == nil { add(.e204, "rating '\(t)' is not a rating", r.location(of: .rating)); bad = true }
        } else {
            add(
                // The title, as the LA knows its themes (the feedback page and the board quote
                // this message beside the title; an id would read as a code to them).
                .e210, "the rating is blank for \(title)", r.location(of: .rating),
                hint: SubmissionHints.blank(.rating, at: r.location(of: .rating)))
            bad = true
        }
        func yesNo(_ f: SubmissionField) -> Bool {
            guard let t = r.text(f) else { return false }
            if let v = parseYesNo(t) { return v }
            add(.e208, "\(f.rawValue) '\(t)' is not a yes/no value", r.location(of: f)); bad = true
            return false
        }
        func level(_ f: SubmissionField, _ code: DiagnosticCode) -> Int {
            guard let t = r.text(f) else { return 0 }
            if let v = parseLevel(t) { return v }
            add(code, "\(f.rawValue) '\(t)' is not a whole number from 0 to 3", r.location(of: f)); bad = true
            return 0
        }
        let strength = yesNo(.strength)
        let development = yesNo(.development)
        let offer = level(.offer, .e205)
        let need = level(.need, .e206)
        var confidence = Confidence.medium
        if let t = r.text(.confidence) {
            if let c = Confidence(parsing: t) {
                confidence = c
            } else {
                add(.e207, "confidence '\(t)' is not high, medium or low", r.location(of: .confidence)); bad = true
            }
        }
        let narrative = r.text(.narrative) ?? ""
        // No text has more code points than UTF-8 bytes: count only a long one.
        let length = narrative.utf8.count > framework.effectiveNarrativeLimit ? narrative.unicodeScalars.count : 0
        if length > framework.effectiveNarrativeLimit {
            add(
                .e215, "narrative has \(length) characters; the limit is \(framework.effectiveNarrativeLimit)",
                r.location(of: .narrative))
            bad = true
        }
        guard !bad, let rating else { return nil }
        return ThemeEntry(
            theme: theme, rating: rating, strength: strength, development: development, offer: offer,
            need: need, confidence: confidence, narrative: narrative, location: r.location)
    }

    /// The usual case on the bytes: ten characters `dddd-dd-dd`, a real date from 1900 to
    /// 2100, which is its own canonical form. Nil for anything else (the general path decides).
    private static func isoDate(_ text: String) -> String? {
        guard text.utf8.count == 10 else { return nil }
        var parts = (0, 0, 0)
        for (i, b) in text.utf8.enumerated() {
            if i == 4 || i == 7 {
                guard b == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (0x30...0x39).contains(b) else { return nil }
            let digit = Int(b - 0x30)
            if i < 4 {
                parts.0 = parts.0 * 10 + digit
            } else if i < 7 {
                parts.1 = parts.1 * 10 + digit
            } else {
                parts.2 = parts.2 * 10 + digit
            }
        }
        let (y, m, d) = parts
        guard (1...12).contains(m), (1900...2100).contains(y), d >= 1, d <= daysIn(m, y) else { return nil }
        return text
    }

    /// Days in month `m` of year `y`.
    private static func daysIn(_ m: Int, _ y: Int) -> Int {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// `YYYY-MM-DD` or `DD/MM/YYYY` (as UK Excel writes it), checked to be a real date.
    public static func parseDate(_ text: String) -> String? {
        if let iso = isoDate(text) { return iso }
        let t = BlankText.trimmedSpaces(text)
        var y = 0, m = 0, d = 0
        let dash = t.split(separator: "-", omittingEmptySubsequences: false)
        let slash = t.split(separator: "/", omittingEmptySubsequences: false)
        if dash.count == 3, dash[0].count == 4, dash[1].count == 2, dash[2].count == 2,
            let a = Int(dash[0]), let b = Int(dash[1]), let c = Int(dash[2])
        {
            (y, m, d) = (a, b, c)
        } else if slash.count == 3, (1...2).contains(slash[0].count), (1...2).contains(slash[1].count), slash[2].count == 4,
            let a = Int(slash[0]), let b = Int(slash[1]), let c = Int(slash[2])
        {
            (y, m, d) = (c, b, a)
        } else {
            return nil
        }
        guard (1...12).contains(m), y >= 1900, y <= 2100 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return nil }
        // As `%04d-%02d-%02d` (y is 1900–2100), without Foundation's formatter.
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
