import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore

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
        case let e as RunLockError:
            switch e {
            case .busy(let p, let pid):
                return AppError(
                    .failure, "lock_held", "another capindex run (pid \(pid)) holds \(p); nothing was done",
                    hint: "try again when it has finished", file: p)
            case .cannotOpen(let p, let why):
                return AppError(.failure, "lock_unavailable", "cannot open the lock file \(p): \(why)", file: p)
            }
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
        default:
            return AppError(.failure, "error", "\(error)")
        }
    }
}
