import Foundation

/// What a submission file's name says about whose it is: `capindex template` names each
/// LA's workbook `CODE-name-YEAR.xlsx`, and LAs keep the name when they send it back. A
/// file that cannot be read at all (a damaged workbook, a CSV without its header) names
/// no LA inside, so its errors are put to the LA and year its name gives, and reach that
/// LA's row of the status board and its feedback page.
public enum SubmissionFileName {
    /// The LA (3-digit code the register knows) that the name starts with, and a year
    /// 2000–2100 standing on its own in the name; either may be nil.
    public static func laAndYear(_ path: String, register: LARegister) -> (laCode: String?, year: Int?) {
        let base = (path as NSString).lastPathComponent
        let runs = base.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init)
        var la: String?
        if let first = runs.first, first.count == 3, base.hasPrefix(first), let code = register.resolve(first) { la = code }
        let year = runs.lazy.filter { $0.count == 4 }.compactMap { Int($0) }.first { (2000...2100).contains($0) }
        return (la, year)
    }

    /// `diagnostics` with a missing LA or year filled in from the file's name, where it gives one.
    public static func attribute(_ diagnostics: [Diagnostic], file: String, register: LARegister) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.laCode == nil || $0.year == nil }) else { return diagnostics }
        let (la, year) = laAndYear(file, register: register)
        guard la != nil || year != nil else { return diagnostics }
        return diagnostics.map { d in
            var d = d
            if d.laCode == nil { d.laCode = la }
            if d.year == nil && d.laCode == la { d.year = year }
            return d
        }
    }
}
