import CapIndexDomain
import CapIndexFormats
import CapIndexStore
import Foundation

/// Opens and initialises the database: the one place that decides what a new database
/// holds (the register, the framework and the statistical neighbours) and where the
/// shipped defaults come from.
public enum Workspace {
    /// Loads the register and binds the framework (the shipped defaults or given files),
    /// and loads the shipped statistical neighbours when none are stored: every database
    /// capindex creates has them, so packs show the neighbours' mean from the first run.
    public static func initialise(
        _ store: Store, registerPath: String?, frameworkPath: String?, now: String, data: ShippedData = .fromEnvironment()
    ) throws -> InitSummary {
        let register =
            try registerPath.map { try LARegister.load(path: $0) }
            ?? LARegister.parse(try data.bytes(ShippedData.register).bytes, file: ShippedData.register)
        let (fw, hash, bytes) =
            try frameworkPath.map { try Framework.load(path: $0) }
            ?? Framework.parse(try data.bytes(ShippedData.framework).bytes, file: ShippedData.framework)
        let previous = try store.currentFramework()
        try store.saveRegister(register)
        try store.saveFramework(
            fw, bytes: bytes, hash: hash, sourceFile: ((frameworkPath ?? ShippedData.framework) as NSString).lastPathComponent, at: now)
        var problems: [Diagnostic] = []
        if let previous, previous.hash != hash {
            problems = FrameworkChange.revalidate(try store.currentSubmissions(), against: fw)
        }
        let neighbours = try loadShippedNeighboursIfNone(store, data: data)
        return InitSummary(
            registerRows: register.rows.count, las: register.allCodes.count, frameworkID: fw.id,
            frameworkVersion: fw.version, frameworkHash: hash, themes: fw.themes.count,
            indicators: fw.indicators.count,
            changedFrom: previous.flatMap { $0.hash == hash ? nil : "\($0.framework.id) \($0.framework.version)" },
            neighbourRows: neighbours, problems: problems)
    }

    /// Loads the shipped statistical neighbours when none are stored; returns the rows
    /// stored, or nil when some were there already.
    @discardableResult
    public static func loadShippedNeighboursIfNone(_ store: Store, data: ShippedData) throws -> Int? {
        guard try !store.hasStatisticalNeighbours() else { return nil }
        let (bytes, source) = try data.bytes(ShippedData.neighbours)
        return try store.saveStatisticalNeighbours(
            try StatisticalNeighbours.parse(bytes, file: source), sourceFile: ShippedData.neighbours)
    }

    /// Opens the database, creating and initialising it with the shipped defaults when it
    /// has no framework yet (`ingest`, `evidence`, `run`, `demo`).
    public static func openInitialised(path: String, now: String, data: ShippedData = .fromEnvironment()) throws -> Store {
        let store = try Store(path: path)
        if !store.isInitialised { _ = try initialise(store, registerPath: nil, frameworkPath: nil, now: now, data: data) }
        return store
    }

    /// Opens an existing, initialised database for writing; fails when there is none at `path`.
    public static func openExisting(path: String) throws -> Store {
        guard path == ":memory:" || FileManager.default.fileExists(atPath: path) else { throw WorkspaceError.noDatabase(path) }
        let store = try Store(path: path)
        guard store.isInitialised else { throw WorkspaceError.noDatabase(path) }
        return store
    }

    /// Opens an existing, initialised database read-only; fails when there is none at `path`.
    public static func openReading(path: String) throws -> Store {
        guard FileManager.default.fileExists(atPath: path) else { throw WorkspaceError.noDatabase(path) }
        let store = try Store(readingPath: path)
        guard store.isInitialised else { throw WorkspaceError.noDatabase(path) }
        return store
    }
}

/// What `init` loaded.
public struct InitSummary: Sendable, Codable, Equatable {
    /// Register rows and the LAs they describe.
    public var registerRows: Int
    /// The LAs the register describes.
    public var las: Int
    /// The framework bound, with its file's SHA-256.
    public var frameworkID: String
    /// The framework's version.
    public var frameworkVersion: String
    /// SHA-256 of the framework file.
    public var frameworkHash: String
    /// Its themes and catalogue indicators.
    public var themes: Int
    /// Catalogue indicators.
    public var indicators: Int
    /// The framework the database was bound to before, when this init changed it.
    public var changedFrom: String?
    /// Statistical-neighbour rows loaded (nil when some were stored already).
    public var neighbourRows: Int?
    /// Current submissions that do not satisfy the new framework.
    public var problems: [Diagnostic]
}

/// Why the database cannot be opened.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    /// No capindex database at the path.
    case noDatabase(String)

    public var description: String {
        switch self {
        case .noDatabase(let p): "\(p): no capindex database here; run `capindex init` or `capindex ingest` first, or give --db"
        }
    }
}
