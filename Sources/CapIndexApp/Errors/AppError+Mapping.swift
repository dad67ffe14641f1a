import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

extension AppError {
    /// Any error a use case throws, as the error the command ends with. The errors of
    /// the other layers keep their own types (compared by value in tests); this is where
    /// each gets its exit code, its stable name and its hint.
    public static func from(_ error: Error) -> AppError {
        switch error {
        case let e as AppError:
            return e
        case let e as StoreError:
            switch e {
            case .notADatabase: return AppError(.failure, "not_a_database", e.message, hint: e.hint, file: e.file)
            case .foreignDatabase: return AppError(.failure, "foreign_database", e.message, hint: e.hint, file: e.file)
            case .newerSchema: return AppError(.failure, "newer_schema", e.message, hint: e.hint, file: e.file)
            case .unreadable: return AppError(.failure, "unreadable_database", e.message, hint: e.hint, file: e.file)
            case .resultsIncomplete: return AppError(.failure, "results_incomplete", e.message, hint: e.hint)
            case .corrupt: return AppError(.failure, "corrupt_database", e.message, hint: e.hint, file: e.file)
            case .needsUpgrade: return AppError(.failure, "database_needs_upgrade", e.message, hint: e.hint, file: e.file)
            }
        case let e as DatabaseError:
            let words = e.plainWords
            return AppError(.failure, words.name, words.message, hint: words.hint, file: e.file)
        case let e as WorkspaceError:
            switch e {
            case .noDatabase(let p):
                return AppError(
                    .failure, "no_database", "\(p): no capindex database here",
                    hint: "run `capindex init` or `capindex ingest` first, or give --db", file: p)
            }
        case let e as IngestError:
            switch e {
            case .noSuchPath(let p): return AppError(.failure, "no_such_path", "\(p): no such file or folder", file: p)
            case .unreadable(let p): return AppError(.failure, "unreadable_file", "\(p): cannot read the file", file: p)
            case .notInitialised:
                return AppError(.failure, "not_initialised", "the database has no framework", hint: "run `capindex init` first")
            }
        case let e as WriteLockError:
            switch e {
            case .busy(let p, let holder, let waited):
                let who = holder.map { "another capindex command, \($0.description)," } ?? "another capindex command"
                return AppError(
                    .failure, "lock_held",
                    "\(who) is writing to \(p); waited \(waitedWords(waited)) for it, then gave up: nothing was done",
                    hint: "run the command again when it has finished (CAPINDEX_LOCK_WAIT sets how many seconds to wait)", file: p)
            case .cannotOpen(let p, let code):
                let words =
                    code == EACCES || code == EPERM
                    ? "permission denied to the account capindex runs as"
                    : code == ENOENT ? "its folder does not exist" : String(cString: strerror(code))
                return AppError(
                    .failure, "database_cannot_open", "\(p): cannot open or create the database: \(words)",
                    hint: "check the path given to --db (or CAPINDEX_DB) and its folder's permissions", file: p)
            }
        case let e as OutputError:
            return AppError(.failure, "cannot_write", e.message, hint: e.hint, file: e.path)
        case let e as FileProblem:
            return AppError(.failure, "unreadable_file", e.message, hint: e.hint)
        case let e as ReportError:
            let usage: Set<ReportError.Reason> = [.reportDateInvalid, .settingsUnreadable, .settingsInvalid, .logoUnusable]
            return AppError(usage.contains(e.reason) ? .usage : .failure, "report_settings", e.message)
        case let e as ExplainError:
            switch e {
            case .unknownLA(let c): return AppError(.usage, "unknown_la", "LA '\(c)' is not in the register")
            case .noSubmission(let c, let y):
                return AppError(.noData, "no_submissions", "\(c) has no current submission for \(y): nothing to explain")
            }
        case let e as TemplateError:
            return AppError(e == .notInitialised ? .failure : .usage, "template", e.description)
        case let e as FrameworkError:
            return AppError(.failure, "framework_file", e.description, file: e.file)
        case let e as RegisterError:
            return AppError(.failure, "register_file", e.description, file: e.location.file)
        case let e as EvidenceError:
            return AppError(.failure, "evidence_file", e.description, file: e.location.file)
        case let e as CocoaError:
            // Foundation's own errors print as `NSCocoaErrorDomain Code=512 "(null)"`: say
            // what failed on which file instead.
            let path = e.filePath ?? e.userInfo[NSFilePathErrorKey] as? String
            let code = (e.underlying as? POSIXError).map { Int($0.code.rawValue) } ?? (e.userInfo[NSUnderlyingErrorKey] as? NSError)?.code
            if let path, let code {
                let out = OutputError(path: path, action: .write, errno: Int32(code))
                return AppError(.failure, "file_error", out.message, hint: out.hint, file: path)
            }
            return AppError(
                .failure, "file_error", "\(path ?? "a file"): the operation failed (\(e.code.rawValue))",
                hint: "check the path, its permissions and the free space on the disk", file: path)
        default:
            return AppError(.failure, "error", "\(error)")
        }
    }

    /// `1 s`, `0.2 s`, `60 s`.
    private static func waitedWords(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
    }
}
