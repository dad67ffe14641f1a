import CapIndexApp
import CapIndexDomain
import Foundation

/// The one printer of the command line (STYLE 19): diagnostics and errors go to standard
/// error, results to standard output; with `--json` one JSON document goes to standard
/// output for a result and for an error alike (keys in snake_case, as in the exports) and
/// nothing else is printed; with `--quiet` only errors are.
struct DiagnosticPrinter {
    /// `--json`.
    let json: Bool
    /// `--quiet`.
    let quiet: Bool

    /// A printer for the global options.
    init(_ global: GlobalOptions) {
        json = global.json
        quiet = global.quiet
    }

    /// A printer for explicit flags.
    init(json: Bool, quiet: Bool) {
        self.json = json
        self.quiet = quiet
    }

    /// Compiler-style diagnostics, `file:line: error: E204 … — hint`, on standard error;
    /// `stage` prefixes each with `[stage]`. With `--quiet`, errors only.
    func diagnostics(_ ds: [Diagnostic], stage: String? = nil) {
        guard !json else { return }
        for d in ds where !quiet || d.severity == .error {
            Self.standardError((stage.map { "[\($0)] " } ?? "") + d.rendered)
        }
    }

    /// A line of the result, on standard output (not with `--json` or `--quiet`).
    func line(_ s: String) {
        guard !json && !quiet else { return }
        print(s)
        // Flushed line by line, so that in a log written through a pipe the stage lines
        // stand between the diagnostics of the stages (standard error is not buffered).
        fflush(nil)
    }

    /// The result as one JSON document on standard output, when `--json` was given.
    func document<T: Encodable>(_ value: T) {
        if json { print(Self.encode(value)) }
    }

    /// A failure: `error: message — hint` on standard error, with the usage line of the
    /// subcommand for a usage error; with `--json`, `{"error": {…}}` on standard output.
    func error(_ e: AppError, usage: String?) {
        if json {
            print(Self.encode(ErrorDocument(error: ErrorBody(e))))
            return
        }
        Self.standardError("error: " + e.description)
        if let usage {
            let command = (["capindex"] + [Self.commandPath(usage)].filter { !$0.isEmpty }).joined(separator: " ")
            Self.standardError("Usage: \(usage)\n  See '\(command) --help' for more information.")
        }
    }

    /// `capindex report` → `report` (the words of a usage line before its options).
    static func commandPath(_ usage: String) -> String {
        usage.split(separator: " ").dropFirst().prefix { !$0.hasPrefix("-") && !$0.hasPrefix("[") && !$0.hasPrefix("<") }
            .joined(separator: " ")
    }

    /// A line on standard error.
    static func standardError(_ s: String) {
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    /// Pretty, key-sorted JSON with snake_case keys.
    static func encode<T: Encodable>(_ value: T) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.keyEncodingStrategy = .convertToSnakeCase
        guard let d = try? e.encode(value) else { return "{}" }
        return String(decoding: d, as: UTF8.self)
    }
}

/// `{"error": {…}}`: an error as `--json` prints it.
struct ErrorDocument: Encodable {
    var error: ErrorBody
}

/// The fields of an error: its stable code, the message and hint, the file and stage it
/// is about, and the exit code the command ends with.
struct ErrorBody: Encodable {
    var code: String
    var message: String
    var hint: String?
    var file: String?
    var stage: String?
    var exitCode: Int32

    init(_ e: AppError) {
        code = e.code
        message = e.message
        hint = e.hint
        file = e.file
        stage = e.stage
        exitCode = e.exitCode
    }
}
