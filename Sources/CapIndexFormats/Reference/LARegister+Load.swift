import CapIndexDomain
import Foundation

extension LARegister {
    /// Reads a register CSV: `old_la_code, new_la_code, la_name, region, from_year, to_year`.
    public static func load(path: String) throws -> LARegister {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RegisterError(location: SourceLocation(file: path), message: "cannot read the file")
        }
        return try parse([UInt8](data), file: path)
    }

    /// Reads the bytes of a register CSV; `file` names it in errors.
    public static func parse(_ bytes: [UInt8], file path: String) throws -> LARegister {
        let doc: CSVDocument
        do { doc = try CSVReader.read(fileBytes: bytes) } catch {
            throw RegisterError(location: SourceLocation(file: path), message: "not a readable CSV file (\(error))")
        }
        let records = doc.records.filter { !$0.isBlank }
        guard let header = records.first else {
            throw RegisterError(location: SourceLocation(file: path, line: 1), message: "the file is empty")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ n: String) throws -> Int {
            guard let i = names.firstIndex(of: n) else {
                throw RegisterError(
                    location: SourceLocation(file: path, line: header.line),
                    message: "column '\(n)' missing; a register has old_la_code, new_la_code, la_name, region, from_year, to_year")
            }
            return i
        }
        let cCode = try column("old_la_code"), cONS = try column("new_la_code"), cName = try column("la_name")
        let cRegion = try column("region"), cFrom = try column("from_year"), cTo = try column("to_year")
        var rows: [RegisterRow] = []
        for r in records.dropFirst() {
            func cell(_ i: Int) -> String { i < r.fields.count ? r.fields[i].trimmingCharacters(in: .whitespaces) : "" }
            let at = SourceLocation(file: path, line: r.line)
            let code = cell(cCode)
            guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw RegisterError(location: at, message: "old_la_code '\(code)' is not a 3-digit DfE code")
            }
            func year(_ i: Int) throws -> Int? {
                let t = cell(i)
                if t.isEmpty { return nil }
                guard let y = Int(t), (2000...2100).contains(y) else {
                    throw RegisterError(location: at, message: "year '\(t)' is not a year from 2000 to 2100 or blank")
                }
                return y
            }
            guard !cell(cName).isEmpty, !cell(cRegion).isEmpty else {
                throw RegisterError(location: at, message: "la_name and region must not be blank")
            }
            let row = RegisterRow(
                laCode: code, onsCode: cell(cONS), name: cell(cName), region: cell(cRegion),
                fromYear: try year(cFrom), toYear: try year(cTo))
            if let f = row.fromYear, let t = row.toYear, f > t {
                throw RegisterError(location: at, message: "from_year \(f) is after to_year \(t)")
            }
            rows.append(row)
        }
        return LARegister(rows: rows)
    }
}
