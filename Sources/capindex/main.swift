import ArgumentParser
import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import CapIndexApp
import Foundation

// SPEC 7 exit codes: 0 success, 1 validation errors, 2 usage error, 3 anything else.
// The argument parser's own codes (64 for usage) are mapped onto these.
do {
    var command = try CapIndex.parseAsRoot()
    try command.run()
} catch let exit as ExitCode where exit == .success || [1, 2, 3].contains(exit.rawValue) {
    Foundation.exit(exit.rawValue)
} catch {
    let code = CapIndex.exitCode(for: error)
    if code == .success {
        CapIndex.exit(withError: error)  // --help, --version: prints and exits 0
    }
    let message = CapIndex.fullMessage(for: error)
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    let isUsage = code == .validationFailure || error is ValidationError
    Foundation.exit(isUsage ? 2 : 3)
}
