import CapIndexDomain
import CapIndexFormats
import Foundation

/// How a region's reports look: a title, an introduction, a logo and an accent colour,
/// read from a small JSON file so the look changes without recompiling
/// (`Data/report-settings.example.json`; README "Reports").
public struct ReportSettings: Sendable, Codable, Equatable {
    /// Programme title at the top of every page; `{region}` and `{year}` are filled in.
    public var title: String
    /// A paragraph on the index page; `{region}` and `{year}` are filled in.
    public var introduction: String
    /// PNG, SVG or JPEG file, embedded in every HTML page as a data: URI. After `load`
    /// it is an absolute path (a relative one is read from the settings file's folder).
    public var logoPath: String?
    /// Text alternative of the logo; empty (the default) marks it decorative, since the
    /// title beside it already names the programme.
    public var logoAlt: String?
    /// `#rrggbb`: page header, links and rules. Must have a contrast of at least 4.5:1
    /// with white (WCAG 2.2 AA), as white text sits on it and it colours links.
    public var accentColour: String
    /// Short theme names for chart labels and narrow table columns, by theme id;
    /// themes not listed use built-in ones or the title up to its first colon or comma.
    public var themeShortTitles: [String: String]?
    /// The submission deadline day of each year (SPEC 2 "Submission window"): a version
    /// stored after the end of that day is late. Keys are years, values `YYYY-MM-DD`.
    public var deadlines: [String: String]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, introduction
        case logoPath = "logo"
        case logoAlt = "logo_alt"
        case accentColour = "accent_colour"
        case themeShortTitles = "theme_short_titles"
        case deadlines
    }

    /// The submission window the deadlines make (no deadline, nothing late).
    public var window: SubmissionWindow {
        var d: [Int: String] = [:]
        for (k, v) in deadlines ?? [:] { if let y = Int(k) { d[y] = v } }
        return SubmissionWindow(deadlines: d)
    }

    /// Settings.
    public init(
        title: String, introduction: String, logoPath: String? = nil, logoAlt: String? = nil,
        accentColour: String, themeShortTitles: [String: String]? = nil, deadlines: [String: String]? = nil
    ) {
        self.title = title
        self.introduction = introduction
        self.logoPath = logoPath
        self.logoAlt = logoAlt
        self.accentColour = accentColour
        self.themeShortTitles = themeShortTitles
        self.deadlines = deadlines
    }

    /// The look when no settings file is given: GOV.UK blue, no logo.
    public static let `default` = ReportSettings(
        title: "{region}: children's services sector-led improvement",
        introduction: "These reports bring together the {year} self-assessments of the local authorities of {region}: "
            + "who has submitted, the questions for the challenge event, the regional capacity index and the support "
            + "that authorities can offer one another.",
        accentColour: "#1d70b8")

    /// Reads and checks a settings file. Keys not given keep their default.
    public static func load(path: String) throws -> ReportSettings {
        let data: Data
        do {
            // A settings file is a few hundred bytes; the logo's limit is far more than enough.
            data = Data(try InputFile.read(path, limit: .logo))
        } catch {
            throw ReportError(
                .settingsUnreadable, "\(path): cannot read the report settings file (\(error.message)) — check the path given to --settings"
            )
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ReportError(
                .settingsUnreadable, "\(path): not valid JSON — check for a missing comma or quote (\(error.localizedDescription))")
        }
        guard let dict = object as? [String: Any] else {
            throw ReportError(.settingsInvalid, "\(path): the settings must be one JSON object {\"title\": …, \"accent_colour\": …}")
        }
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        for key in dict.keys.sorted() where !known.contains(key) {
            let hint =
                key == "accent_color" ? " — did you mean 'accent_colour'?" : " — the keys are \(known.sorted().joined(separator: ", "))"
            throw ReportError(.settingsInvalid, "\(path): unknown key '\(key)'\(hint)")
        }
        var s = ReportSettings.default
        func text(_ key: CodingKeys) throws -> String? {
            guard let v = dict[key.rawValue], !(v is NSNull) else { return nil }
            guard let t = v as? String else {
                throw ReportError(.settingsInvalid, "\(path): '\(key.rawValue)' must be text in double quotes")
            }
            return t
        }
        if let t = try text(.title) { s.title = t }
        if let t = try text(.introduction) { s.introduction = t }
        if let t = try text(.accentColour) { s.accentColour = t }
        if let t = try text(.logoAlt) { s.logoAlt = t }
        if let t = try text(.logoPath), !t.trimmingCharacters(in: .whitespaces).isEmpty {
            let base = (path as NSString).deletingLastPathComponent
            s.logoPath = t.hasPrefix("/") ? t : ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(t)
        }
        if let v = dict[CodingKeys.themeShortTitles.rawValue], !(v is NSNull) {
            guard let m = v as? [String: String] else {
                throw ReportError(.settingsInvalid, "\(path): 'theme_short_titles' must map theme ids to text, e.g. {\"send\": \"SEND\"}")
            }
            s.themeShortTitles = m
        }
        if let v = dict[CodingKeys.deadlines.rawValue], !(v is NSNull) {
            guard let m = v as? [String: String] else {
                throw ReportError(
                    .settingsInvalid, "\(path): 'deadlines' must map years to dates, e.g. {\"2026\": \"2026-11-28\"}")
            }
            s.deadlines = m
        }
        try s.validate(source: path)
        return s
    }

    /// Checks the values: a title, a usable accent colour, a readable logo.
    public func validate(source: String = "report settings") throws {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ReportError(.settingsInvalid, "\(source): 'title' is empty — give the programme's name")
        }
        guard let rgb = ReportColour(hex: accentColour) else {
            throw ReportError(
                .settingsInvalid,
                "\(source): accent_colour '\(accentColour)' is not a colour — write it as #rrggbb, e.g. #1d70b8")
        }
        let contrast = rgb.contrast(with: ReportColour.white)
        if contrast < 4.5 {
            throw ReportError(
                .settingsInvalid,
                "\(source): accent_colour '\(accentColour)' has a contrast of \(String(format: "%.1f", contrast)):1 with white; "
                    + "reports need at least 4.5:1 (WCAG 2.2 AA) — choose a darker colour, e.g. #1d70b8")
        }
        if let logoPath { _ = try ReportLogo.load(path: logoPath) }
        for (year, day) in (deadlines ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let y = Int(year), (2000...2100).contains(y) else {
                throw ReportError(
                    .settingsInvalid, "\(source): deadlines: '\(year)' is not a year — write the submission year, e.g. \"2026\"")
            }
            guard SubmissionValidator.parseDate(day) == day else {
                throw ReportError(
                    .settingsInvalid,
                    "\(source): deadlines: '\(day)' for \(year) is not a date — write it as YYYY-MM-DD, e.g. \"\(y)-11-28\"")
            }
        }
    }

    /// Title with `{region}` and `{year}` filled in.
    func title(region: String, year: Int) -> String { Self.fill(title, region: region, year: year) }

    /// Introduction with `{region}` and `{year}` filled in.
    func introduction(region: String, year: Int) -> String { Self.fill(introduction, region: region, year: year) }

    private static func fill(_ t: String, region: String, year: Int) -> String {
        t.replacingOccurrences(of: "{region}", with: region).replacingOccurrences(of: "{year}", with: String(year))
    }
}

/// A logo read from a file, ready to inline.
public struct ReportLogo: Sendable, Equatable {
    /// `image/png`, `image/svg+xml` or `image/jpeg`.
    var mediaType: String
    /// The file's bytes.
    var data: Data

    /// The `data:` URI for an `<img src>`.
    var dataURI: String { "data:\(mediaType);base64,\(data.base64EncodedString())" }

    /// Largest logo accepted: every page carries a copy.
    static let maxBytes = 512 * 1024

    /// Reads a PNG, SVG or JPEG logo, recognised by its content.
    /// Its size is checked before a byte is read: a logo path that names a huge file
    /// (or `/dev/zero`) costs nothing.
    public static func load(path: String) throws -> ReportLogo {
        let data: Data
        do {
            data = Data(try InputFile.read(path, limit: .logo))
        } catch .tooLarge(let size, _, _) {
            throw ReportError(
                .logoUnusable,
                "\(path): the logo is \(size / 1024) KB; every page carries a copy, so it may be at most \(maxBytes / 1024) KB — save a smaller PNG or an SVG"
            )
        } catch {
            throw ReportError(
                .logoUnusable,
                "\(path): cannot read the logo file (\(error.message)) — check 'logo' in the report settings (a path relative to the settings file)"
            )
        }
        let bytes = [UInt8](data.prefix(512))
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return ReportLogo(mediaType: "image/png", data: data) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return ReportLogo(mediaType: "image/jpeg", data: data) }
        if let head = String(bytes: bytes, encoding: .utf8) ?? String(bytes: bytes.dropLast(3), encoding: .utf8),
            head.contains("<svg") || (head.contains("<?xml") && path.lowercased().hasSuffix(".svg"))
        {
            return ReportLogo(mediaType: "image/svg+xml", data: data)
        }
        throw ReportError(.logoUnusable, "\(path): the logo is not a PNG, SVG or JPEG image — export it from the design file as PNG or SVG")
    }
}

/// An sRGB colour, for the accent and the chart palette's contrast checks.
struct ReportColour: Sendable, Equatable {
    var r: Int, g: Int, b: Int

    static let white = ReportColour(r: 255, g: 255, b: 255)

    /// Reads `#rrggbb` or `#rgb`.
    init?(hex: String) {
        var h = hex.trimmingCharacters(in: .whitespaces)
        guard h.hasPrefix("#") else { return nil }
        h.removeFirst()
        if h.count == 3 { h = h.map { "\($0)\($0)" }.joined() }
        guard h.count == 6, let v = Int(h, radix: 16) else { return nil }
        r = (v >> 16) & 0xFF
        g = (v >> 8) & 0xFF
        b = v & 0xFF
    }

    init(r: Int, g: Int, b: Int) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// `#rrggbb`, lower case.
    var hex: String {
        "#"
            + [r, g, b].map { v in
                let s = String(v, radix: 16)
                return s.count == 1 ? "0" + s : s
            }.joined()
    }

    /// WCAG relative luminance.
    var luminance: Double {
        func channel(_ c: Int) -> Double {
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// WCAG contrast ratio, 1…21.
    func contrast(with other: ReportColour) -> Double {
        let a = luminance, b = other.luminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
