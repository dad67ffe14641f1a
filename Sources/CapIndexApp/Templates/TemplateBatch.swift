import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// One template written to disk.
public struct TemplateFile: Sendable, Codable, Equatable {
    /// 3-digit LA code.
    public var laCode: String
    /// LA name as the register has it for the year.
    public var laName: String
    /// Submission year.
    public var year: Int
    /// Where it was written.
    public var path: String
    /// True when last year's values were filled in.
    public var hasLastYear: Bool
}

/// Why templates cannot be written.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    /// The database has no framework yet.
    case notInitialised
    /// An LA code the register does not know.
    case unknownLA(String)
    /// An LA with no register row valid in the year.
    case notValid(String, Int)

    /// The message for the command line.
    public var description: String {
        switch self {
        case .notInitialised: "the database has no framework: run `capindex init` first"
        case .unknownLA(let c): "LA code '\(c)' is not in the register"
        case .notValid(let c, let y): "LA \(c) has no register row valid in \(y)"
        }
    }
}

/// Writes the templates of a year for a list of LAs: the framework the store is bound
/// to, the register's name of each LA, and each LA's current submission of the year
/// before in the grey cells.
public enum TemplateBatch {
    /// Writes one template per LA code (3-digit or ONS) into `directory`, creating it.
    public static func write(store: Store, year: Int, laCodes: [String], to directory: String) throws -> [TemplateFile] {
        guard let bound = try store.currentFramework() else { throw TemplateError.notInitialised }
        let register = try store.loadRegister()
        let previous = Dictionary(try store.currentSubmissions(year: year - 1).map { ($0.laCode, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [RegisterRow] = []
        for code in laCodes {
            guard let la = register.resolve(code) else { throw TemplateError.unknownLA(code) }
            guard register.isValid(la, in: year), let row = register.row(la, in: year) else { throw TemplateError.notValid(la, year) }
            if !rows.contains(where: { $0.laCode == la }) { rows.append(row) }
        }
        try AtomicFile.prepareFolder(directory)
        return try rows.map { row in
            let t = SubmissionTemplate(la: row, year: year, framework: bound.framework, lastYear: previous[row.laCode])
            let path = (directory as NSString).appendingPathComponent(t.fileName)
            try AtomicFile.write(Data(t.workbook()), to: path)
            return TemplateFile(laCode: row.laCode, laName: row.name, year: year, path: path, hasLastYear: t.lastYear != nil)
        }
    }
}
