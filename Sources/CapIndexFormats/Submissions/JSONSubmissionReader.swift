import CapIndexDomain
import Foundation

/// Turns a JSON submission file (an object, or an array of objects, SPEC 2) into raw
/// rows located by JSON path, so the CSV rules apply unchanged.
enum JSONSubmissionReader {
    /// Reads decoded UTF-8 bytes.
    static func read(_ bytes: [UInt8], name: String) -> RawFile {
        var file = RawFile(name: name, format: .json, rows: [], notices: [], fileError: nil)
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            file.fileError = Diagnostic(
                .e214, "malformed JSON at line \(error.line), column \(error.column): \(error.message)",
                hint: DiagnosticCode.e214.hint, at: SourceLocation(file: name, line: error.line))
            return file
        }
        let objects: [(JSONValue, String)]
        switch root {
        case .object: objects = [(root, "$")]
        case .array(let items): objects = items.enumerated().map { ($1, "$[\($0)]") }
        default:
            file.fileError = Diagnostic(
                .e214, "the file holds a single \(kind(root)); a submission is an object or an array of objects",
                hint: DiagnosticCode.e214.hint, at: SourceLocation(file: name, path: "$"))
            return file
        }
        if objects.isEmpty {
            file.notices.append(
                Diagnostic(
                    .i011, "the file is an empty array: no submission in it; nothing to store",
                    hint: "put one object per submission in the array, or leave the file out", at: SourceLocation(file: name)))
            return file
        }
        var ignored = IgnoredColumns(noun: "key")
        for (obj, path) in objects {
            guard case .object(let members) = obj else {
                file.fileError = Diagnostic(
                    .e214, "\(path) is a \(kind(obj)); each submission must be an object",
                    hint: DiagnosticCode.e214.hint, at: SourceLocation(file: name, path: path))
                return file
            }
            // Each key is read once: the first of a key repeated counts, as a lookup finds it.
            var level = RawRow(location: SourceLocation(file: name, path: path))
            var themesMember: (key: String, value: JSONValue)?
            for m in members {
                switch Key(m.key) {
                case .themes: if themesMember == nil { themesMember = m }
                case .field(let f) where f == .laCode || f == .year || SubmissionField.submissionLevel.contains(f):
                    if level[f] == nil {
                        level[f] = RawCell(
                            trimmed: BlankText.cellText(text(m.value)), place: .at(SourceLocation(file: name, path: "\(path).\(m.key)")))
                    }
                case .field: break
                case .unknown: ignored.add(m.key, .unknown, at: SourceLocation(file: name, path: "\(path).\(m.key)"))
                }
            }
            var themeObjects: [JSONValue] = []
            if let t = themesMember {
                guard case .array(let items) = t.value else {
                    if t.value != .null {
                        file.fileError = Diagnostic(
                            .e214, "\(path).\(t.key) is a \(kind(t.value)); it must be an array of theme objects",
                            hint: DiagnosticCode.e214.hint, at: SourceLocation(file: name, path: "\(path).\(t.key)"))
                        return file
                    }
                    file.emptySubmissions.append(level)
                    continue
                }
                themeObjects = items
            }
            if themeObjects.isEmpty {
                file.emptySubmissions.append(level)
                continue
            }
            let tkey = themesMember!.key
            for (i, item) in themeObjects.enumerated() {
                let tp = "\(path).\(tkey)[\(i)]"
                if file.rows.count == SubmissionFileReader.maxRows {
                    file.rows = []
                    file.fileError = SubmissionFileReader.tooManyRows(name, at: SourceLocation(file: name, path: tp))
                    return file
                }
                guard case .object(let tm) = item else {
                    file.fileError = Diagnostic(
                        .e214, "\(tp) is a \(kind(item)); each theme must be an object",
                        hint: DiagnosticCode.e214.hint, at: SourceLocation(file: name, path: tp))
                    return file
                }
                var row = level
                row.location = SourceLocation(file: name, path: tp)
                for m in tm {
                    guard case .field(let f) = Key(m.key), !SubmissionField.submissionLevel.contains(f), f != .laCode, f != .year
                    else {
                        ignored.add(m.key, .unknown, at: SourceLocation(file: name, path: "\(tp).\(m.key)"))
                        continue
                    }
                    row[f] = RawCell(trimmed: BlankText.cellText(text(m.value)), place: .member(m.key))
                }
                file.rows.append(row)
            }
        }
        if let notice = ignored.diagnostic() { file.notices.append(notice) }
        return file
    }

    /// What a member's key names: trimmed of blanks and in any case, as CSV headers are.
    private enum Key {
        case field(SubmissionField)
        case themes
        case unknown

        /// The keys as the format writes them: one hash lookup, where matching a key against
        /// each field's name in turn was 2% of a national ingest.
        private static let exact: [String: Key] = Dictionary(
            uniqueKeysWithValues: SubmissionField.allCases.map { ($0.rawValue, Key.field($0)) } + [("themes", .themes)])

        init(_ key: String) {
            // A key as the format writes it needs no normalising.
            if let k = Self.exact[key] {
                self = k
                return
            }
            let k = ASCIIKey.make(key, collapsing: false) ?? BlankText.trimmedSpaces(key).lowercased()
            if k == "themes" {
                self = .themes
            } else if let f = SubmissionField(rawValue: k) {
                self = .field(f)
            } else {
                self = .unknown
            }
        }
    }

    private static func text(_ v: JSONValue) -> String? {
        switch v {
        case .array: "[…]"
        case .object: "{…}"
        default: v.cellText
        }
    }

    private static func kind(_ v: JSONValue) -> String {
        switch v {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
