import ArgumentParser
import CapIndexApp
import Foundation

// SPEC 7 exit codes: 0 success, 1 validation errors or nothing to do, 2 usage error,
// 3 anything else. The argument parser's own codes (64 for usage) are mapped onto these,
// and its messages go through the one printer, with the usage line of the subcommand
// that failed and the nearest names on a typo.
let arguments = Array(CommandLine.arguments.dropFirst())
let printer = DiagnosticPrinter(json: arguments.contains("--json"), quiet: false)

var parsed = false
do {
    var command = try CapIndex.parseAsRoot(arguments)
    parsed = true
    try command.run()
} catch let code as ExitCode where [0, 1, 2, 3].contains(code.rawValue) {
    exit(code.rawValue)
} catch {
    // Only arguments the parser refused are looked at for a typo: building every usage
    // and help text to look for one cost 4 ms of every command (issue 16).
    if !parsed, let typo = CommandTypo.find(in: arguments) {
        printer.error(typo.error, usage: typo.usage)
        exit(2)
    }
    if CapIndex.exitCode(for: error) == .success {
        CapIndex.exit(withError: error)  // --help, --version: prints and exits 0
    }
    let full = CapIndex.fullMessage(for: error)
    let usageLine = full.split(separator: "\n").first { $0.hasPrefix("Usage: ") }.map { String($0.dropFirst("Usage: ".count)) }
    var message = CapIndex.message(for: error)
    if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
    printer.error(AppError(.usage, "usage", message), usage: usageLine)
    exit(2)
}
