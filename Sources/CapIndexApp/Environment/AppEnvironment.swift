import Foundation

/// What a command runs with, decided once: the clock (an ISO 8601 time stamp for
/// everything it records), the shipped data, and the default database. The command line
/// builds it from the process environment; tests build their own.
public struct AppEnvironment: Sendable {
    /// The time stamp recorded for this invocation (`CAPINDEX_NOW`, else the clock).
    public var now: String
    /// The shipped register, framework, neighbours and demo data.
    public var data: ShippedData
    /// The database when `--db` is not given (`CAPINDEX_DB`, else `./capindex.sqlite`).
    public var defaultDatabasePath: String
    /// How long a writing command waits for another to let the database go, in seconds
    /// (`CAPINDEX_LOCK_WAIT`, else a minute: longer than a national run takes).
    public var lockWait: Double

    /// The default wait for the write lock.
    public static let defaultLockWait = 60.0

    /// An environment.
    public init(now: String, data: ShippedData, defaultDatabasePath: String = "capindex.sqlite", lockWait: Double = defaultLockWait) {
        self.now = now
        self.data = data
        self.defaultDatabasePath = defaultDatabasePath
        self.lockWait = lockWait
    }

    /// The environment of this process: `CAPINDEX_NOW`, `CAPINDEX_DATA`, `CAPINDEX_DB` and `CAPINDEX_LOCK_WAIT`.
    public static func current(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> AppEnvironment {
        AppEnvironment(
            now: clock(environment), data: .fromEnvironment(environment),
            defaultDatabasePath: environment["CAPINDEX_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "capindex.sqlite",
            lockWait: environment["CAPINDEX_LOCK_WAIT"].flatMap { Double($0) }.map { max(0, $0) } ?? defaultLockWait)
    }

    /// `CAPINDEX_NOW` when set (reproducible runs and tests), else the current time in UTC.
    public static func clock(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let fixed = environment["CAPINDEX_NOW"], !fixed.isEmpty { return fixed }
        return UTCTime.now()
    }
}
