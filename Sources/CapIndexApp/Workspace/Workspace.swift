import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// Finds the shipped `Data/` folder and opens or initialises a store.
public enum Workspace {
    /// The folder of shipped defaults: `$CAPINDEX_DATA`, `./Data`, or a `Data/` above the executable.
    public static func dataDirectory() -> String? {
        let fm = FileManager.default
        func ok(_ d: String) -> Bool { fm.fileExists(atPath: (d as NSString).appendingPathComponent("framework.json")) }
        if let env = ProcessInfo.processInfo.environment["CAPINDEX_DATA"], ok(env) { return env }
        let cwd = (fm.currentDirectoryPath as NSString).appendingPathComponent("Data")
        if ok(cwd) { return cwd }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let d = dir.appendingPathComponent("Data").path
            if ok(d) { return d }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// The default database path: `$CAPINDEX_DB` or `./capindex.sqlite`.
    public static func defaultDatabasePath() -> String {
        ProcessInfo.processInfo.environment["CAPINDEX_DB"] ?? "capindex.sqlite"
    }

    /// The current time as ISO 8601 UTC, or `$CAPINDEX_NOW` (for reproducible runs and tests).
    public static func now() -> String {
        if let fixed = ProcessInfo.processInfo.environment["CAPINDEX_NOW"], !fixed.isEmpty { return fixed }
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }

    /// Loads the register and binds the framework: the shipped defaults or given files.
    public static func initialise(_ store: Store, registerPath: String?, frameworkPath: String?, now: String) throws -> InitSummary {
        let data = dataDirectory()
        func shipped(_ name: String) throws -> String {
            guard let data else { throw WorkspaceError.noDataDirectory(name) }
            return (data as NSString).appendingPathComponent(name)
        }
        let regPath = try registerPath ?? shipped("register.csv")
        let fwPath = try frameworkPath ?? shipped("framework.json")
        let register = try LARegister.load(path: regPath)
        let (fw, hash, bytes) = try Framework.load(path: fwPath)
        let previous = try store.currentFramework()
        try store.saveRegister(register)
        try store.saveFramework(fw, bytes: bytes, hash: hash, sourceFile: (fwPath as NSString).lastPathComponent, at: now)
        var problems: [Diagnostic] = []
        if let previous, previous.hash != hash {
            problems = FrameworkChange.revalidate(try store.currentSubmissions(), against: fw)
        }
        return InitSummary(
            registerRows: register.rows.count, las: register.allCodes.count, frameworkID: fw.id,
            frameworkVersion: fw.version, frameworkHash: hash, themes: fw.themes.count,
            indicators: fw.indicators.count,
            changedFrom: previous.flatMap { $0.hash == hash ? nil : "\($0.framework.id) \($0.framework.version)" },
            problems: problems)
    }

    /// Opens the store, initialising it with the defaults when it has no framework yet.
    public static func openInitialised(path: String, now: String) throws -> Store {
        let store = try Store(path: path)
        if !store.isInitialised { _ = try initialise(store, registerPath: nil, frameworkPath: nil, now: now) }
        return store
    }

    /// Opens an existing store; fails when the file does not exist.
    public static func openExisting(path: String) throws -> Store {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else { throw WorkspaceError.noDatabase(path) }
        let store = try Store(path: path)
        guard store.isInitialised else { throw WorkspaceError.noDatabase(path) }
        return store
    }
}

/// What `init` loaded.
public struct InitSummary: Sendable, Codable, Equatable {
    public var registerRows: Int
    public var las: Int
    public var frameworkID: String
    public var frameworkVersion: String
    public var frameworkHash: String
    public var themes: Int
    public var indicators: Int
    /// The framework the database was bound to before, when this init changed it.
    public var changedFrom: String?
    /// Current submissions that do not satisfy the new framework.
    public var problems: [Diagnostic]
}

/// Why the workspace cannot be opened.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case noDataDirectory(String)
    case noDatabase(String)

    public var description: String {
        switch self {
        case .noDataDirectory(let f): "cannot find the shipped \(f): run from the capindex folder or set CAPINDEX_DATA to its Data folder"
        case .noDatabase(let p): "\(p): no capindex database here; run `capindex init` or `capindex ingest` first, or give --db"
        }
    }
}
