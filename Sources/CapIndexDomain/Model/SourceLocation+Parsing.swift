import Foundation

extension SourceLocation {
    /// Reads back a location from its ``description`` and its file: the rest after
    /// `file:` is a line when it is all digits, else a JSON path or a workbook cell.
    public init(parsing description: String, file: String) {
        var rest = ""
        if description.hasPrefix(file + ":") { rest = String(description.dropFirst(file.count + 1)) }
        if !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(rest) {
            self.init(file: file, line: n)
        } else {
            self.init(file: file, path: rest.isEmpty ? nil : rest)
        }
    }

    /// The file part of a stored location written without its file: up to a `:` that
    /// starts a line number, a `$` path or a cell (the file name itself may hold colons).
    static func fileOf(_ description: String) -> String {
        if let r = description.range(of: ":$", options: .backwards) { return String(description[..<r.lowerBound]) }
        if let bang = description.lastIndex(of: "!"), let colon = description[..<bang].lastIndex(of: ":") {
            return String(description[..<colon])
        }
        if let colon = description.lastIndex(of: ":"), description[description.index(after: colon)...].allSatisfy(\.isNumber),
            description.index(after: colon) < description.endIndex
        {
            return String(description[..<colon])
        }
        return description
    }

    /// The workbook sheet and cell of a `Sheet!C7` path, the sheet unquoted.
    public var cell: (sheet: String, cell: String)? {
        guard let path, !path.hasPrefix("$"), let bang = path.lastIndex(of: "!") else { return nil }
        var sheet = String(path[..<bang])
        if sheet.hasPrefix("'") && sheet.hasSuffix("'") && sheet.count >= 2 {
            sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        return (sheet, String(path[path.index(after: bang)...]))
    }
}
