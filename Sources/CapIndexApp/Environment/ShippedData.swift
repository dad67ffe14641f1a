import CapIndexFormats
import CapIndexResources
import Foundation

/// Where the shipped defaults come from: the copy built into the program (`Data/` at
/// build time), or, file by file, a folder that `CAPINDEX_DATA` names (a region's own
/// register, framework or neighbours), falling back to the built-in copy for any file the
/// folder does not have.
public struct ShippedData: Sendable, Equatable {
    /// The folder that overrides the built-in files, if any.
    public var folder: String?

    /// The built-in files only.
    public static let builtIn = ShippedData(folder: nil)

    /// Built-in files, overridden by a folder.
    public init(folder: String?) { self.folder = folder }

    /// `CAPINDEX_DATA` when it is set, else the built-in files.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ShippedData {
        let folder = environment["CAPINDEX_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        return ShippedData(folder: folder)
    }

    /// The shipped register, framework and neighbour files, as `Data/` names them.
    public static let register = "register.csv"
    /// The shipped framework file.
    public static let framework = "framework.json"
    /// The shipped statistical-neighbour file.
    public static let neighbours = "statistical_neighbours_2025.csv"

    /// The bytes of a file (a path relative to `Data/`) and where they came from.
    public func bytes(_ name: String) throws -> (bytes: [UInt8], source: String) {
        if let folder {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path) {
                do { return (try InputFile.read(path, limit: .submission), path) } catch {
                    throw AppError(.failure, "unreadable_file", "\(path): \(error.message)", hint: error.hint, file: path)
                }
            }
        }
        guard let bytes = ShippedFiles.bytes(name) else {
            throw AppError(.failure, "missing_shipped_file", "the shipped file \(name) is not built into this capindex", file: name)
        }
        return (bytes, name)
    }

    /// A folder on disk holding the shipped folder `relative` (`demo`, `evidence`,
    /// `ofsted`): the override folder's own when it has one, else the built-in files
    /// written under `directory`. Files whose bytes are already there are left alone, so a
    /// cron run over them stays idempotent.
    public func folder(_ relative: String, materialisingUnder directory: String) throws -> String {
        if let folder {
            let own = (folder as NSString).appendingPathComponent(relative)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: own, isDirectory: &isDir), isDir.boolValue { return own }
        }
        let names = ShippedFiles.names(under: relative)
        guard !names.isEmpty else {
            throw AppError(
                .failure, "missing_shipped_file", "the shipped folder \(relative) is not built into this capindex", file: relative)
        }
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            try AtomicFile.prepareFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(Data(ShippedFiles.bytes(name) ?? []), to: path)
        }
        return (directory as NSString).appendingPathComponent(relative)
    }
}
