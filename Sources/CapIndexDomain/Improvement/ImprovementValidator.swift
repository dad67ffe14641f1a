import Foundation

/// What checking one improvement file gave: the values that stand, every diagnostic, and
/// how many rows were rejected (each alone: the rest of the file still loads).
public struct ImprovementRows<Value: Sendable>: Sendable {
    /// Values read, in file order.
    public var values: [Value] = []
    /// Errors, warnings and notices, in file order.
    public var diagnostics: [Diagnostic] = []
    /// Rows rejected.
    public var rejected = 0
}

/// Applies SPEC 9's rules to the rows of an outcomes, challenges or actions file from any
/// format, with SPEC 2's codes: E201 LA, E203 theme, E204 rating, E210 missing value, E212
/// year, E217 date; E220 an outcome without a current submission; E221 an action status.
/// A row in error is rejected alone.
public struct ImprovementValidator: Sendable {
    /// The framework the database is bound to.
    public let framework: Framework
    /// Its themes by id and title.
    let themes: ThemeLookup
    /// The LA register.
    public let register: LARegister

    /// A validator for one framework and register.
    public init(framework: Framework, register: LARegister) {
        self.framework = framework
        themes = ThemeLookup(framework)
        self.register = register
    }

    /// Collects the problems of one row; the row stands when it has no error.
    struct RowCheck {
        let row: RawTableRow
        var diagnostics: [Diagnostic] = []
        var laCode: String?
        var year: Int?
        var theme: String?

        var failed: Bool { diagnostics.contains { $0.severity == .error } }

        mutating func add(_ code: DiagnosticCode, _ message: String, column: String, theme: String? = nil) {
            diagnostics.append(
                Diagnostic(
                    code, message, hint: code.hint, at: row.location(of: column), laCode: laCode, year: year, theme: theme ?? self.theme))
        }

        /// The column's text, or E210 when a required value is blank.
        mutating func required(_ column: String) -> String? {
            if let t = row.text(column) { return t }
            add(.e210, "\(column) is blank", column: column)
            return nil
        }
    }

    /// An LA code (3-digit or ONS) resolved, or E201.
    func la(_ check: inout RowCheck, _ column: String, required: Bool = true) -> String? {
        guard let text = required ? check.required(column) : check.row.text(column) else { return nil }
        if let code = register.resolve(text) { return code }
        check.add(.e201, "\(column) '\(text)' is not an LA code of the register", column: column)
        return nil
    }

    /// A theme id or title resolved, or E203.
    func theme(_ check: inout RowCheck, required: Bool = true) -> String? {
        guard let text = required ? check.required("theme") : check.row.text("theme") else { return nil }
        if let i = themes.index(of: text) { return themes.ids[i] }
        check.add(.e203, "theme '\(text)' is not a theme of framework \(framework.id) \(framework.version)", column: "theme")
        return nil
    }

    /// A date (`YYYY-MM-DD` or `DD/MM/YYYY`) as `YYYY-MM-DD`, or E217.
    func date(_ check: inout RowCheck, _ column: String, required: Bool = false) -> String? {
        guard let text = required ? check.required(column) : check.row.text(column) else { return nil }
        if let d = SubmissionValidator.parseDate(text) { return d }
        check.add(.e217, "\(column) '\(text)' is not a real date", column: column)
        return nil
    }

    /// A submission year 2000–2100, or E212.
    func year(_ check: inout RowCheck, _ column: String) -> Int? {
        guard let text = check.required(column) else { return nil }
        if let y = SubmissionValidator.parseYear(text) { return y }
        check.add(.e212, "\(column) '\(text)' is not a whole number from 2000 to 2100", column: column)
        return nil
    }
}
