import ArgumentParser
import CapIndexApp

/// Runs one subcommand's body: builds the application over this process's environment,
/// calls the body, prints a failure through the one printer and ends with SPEC 7's exit
/// code (0 success, 1 validation errors or nothing to do, 2 usage, 3 anything else).
enum CommandRunner {
    /// `body` returns the exit code of a command that ran (0, or 1 for rejected input).
    static func run<C: ParsableCommand>(
        _ command: C.Type, _ global: GlobalOptions, _ body: (Application, DiagnosticPrinter) throws -> Int32
    ) throws {
        let printer = DiagnosticPrinter(global)
        let code: Int32
        do {
            code = try body(Application(environment: .current()), printer)
        } catch let e as ExitCode {
            throw e
        } catch {
            let e = AppError.from(error)
            printer.error(e, usage: e.kind == .usage ? CapIndex.usageString(for: command) : nil)
            throw ExitCode(e.exitCode)
        }
        if code != 0 { throw ExitCode(code) }
    }
}
