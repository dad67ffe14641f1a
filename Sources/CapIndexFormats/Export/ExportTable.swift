import Foundation

/// A cell of an export, typed so each format writes it correctly.
public enum ExportValue: Sendable, Equatable {
    /// Free text from people (names, narratives, messages): guarded against spreadsheet formulas in CSV.
    case text(String)
    /// A code or id (theme id, band, missing code): written as is.
    case code(String)
    /// A number at full precision.
    case number(Double)
    /// A whole number.
    case int(Int)
    /// Blank / null.
    case null
}

/// One export file: a name, columns and rows (SPEC 6).
public struct ExportTable: Sendable, Equatable {
    /// File stem, e.g. `la_scores`.
    public var name: String
    /// Column names, in order.
    public var columns: [String]
    /// Rows, each as long as `columns`.
    public var rows: [[ExportValue]]
    /// Columns the JSON form carries and the CSV file leaves out, so that a CSV keeps the
    /// columns the spec fixes (e.g. the LA names beside the codes of `matches`).
    public var jsonOnly: Set<String>

    /// A table.
    public init(name: String, columns: [String], rows: [[ExportValue]], jsonOnly: Set<String> = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.jsonOnly = jsonOnly
    }

    /// CSV: UTF-8 with BOM, LF, header row, RFC 4180 quoting, shortest round-trip numbers,
    /// blank for none, a leading `'` on free text beginning with `=`, `+`, `-` or `@`, and
    /// no bidirectional controls (Excel would obey them; the database keeps the text as sent).
    public func csv() -> String { String(decoding: csvBytes(), as: UTF8.self) }

    /// ``csv()`` as the bytes of the file, built in one buffer: an export writes ~23,000
    /// rows, and a String per cell and per row was a sixth of its time (issue 16).
    public func csvBytes() -> [UInt8] {
        let keep = columns.indices.filter { !jsonOnly.contains(columns[$0]) }
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(64 + rows.count * max(keep.count, 1) * 12)
        for (i, c) in keep.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            CSVBytes.appendQuoted(columns[c], to: &out)
        }
        out.append(UInt8(ascii: "\n"))
        for row in rows {
            if jsonOnly.isEmpty {
                for i in row.indices { CSVBytes.append(row[i], first: i == 0, to: &out) }
            } else {
                for (i, k) in keep.enumerated() { CSVBytes.append(row[k], first: i == 0, to: &out) }
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// JSON: an array of objects, numbers as numbers, blank as null, no `'` prefix.
    public func json() -> String {
        var out = "[\n"
        for (i, r) in rows.enumerated() {
            let members = zip(columns, r).map { c, v -> String in
                let value: String
                switch v {
                case .text(let s), .code(let s): value = ExportTable.jsonString(s)
                case .number(let d): value = ExportTable.format(d)
                case .int(let n): value = String(n)
                case .null: value = "null"
                }
                return "\(ExportTable.jsonString(c)): \(value)"
            }
            out += "  {" + members.joined(separator: ", ") + "}" + (i == rows.count - 1 ? "\n" : ",\n")
        }
        return out + "]\n"
    }

    /// The shortest decimal that reads back as the same double (`18.0`, `77.77777777777777`).
    public static func format(_ d: Double) -> String { d == 0 ? "0.0" : "\(d)" }

    /// `s` as a JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
