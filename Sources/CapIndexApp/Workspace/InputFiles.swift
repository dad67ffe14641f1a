import Foundation

/// One file a command reads, and how it was found.
public struct InputFile: Sendable, Equatable {
    /// The file's path.
    public var path: String
    /// True when it was found by walking a folder, false when it was named itself.
    public var inFolder: Bool
}

/// The files a command reads from the paths it is given: files as given, folders walked
/// (hidden files and Excel's `~$` lock files skipped) for the given extensions, all in
/// file-name order, which is the order SPEC 2 ingests them in.
public enum InputFiles {
    /// Lists the files under `paths`; a path that does not exist throws.
    public static func list(_ paths: [String], extensions: Set<String>) throws -> [String] {
        try found(paths, extensions: extensions).map(\.path)
    }

    /// Lists the files under `paths` with how each was found.
    public static func found(_ paths: [String], extensions: Set<String>) throws -> [InputFile] {
        var out: [InputFile] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { throw IngestError.noSuchPath(p) }
            if !isDir.boolValue {
                out.append(InputFile(path: p, inFolder: false))
                continue
            }
            guard let e = fm.enumerator(atPath: p) else { continue }
            for case let rel as String in e {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasPrefix("~$") { continue }
                guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
                let full = (p as NSString).appendingPathComponent(rel)
                var d: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &d), !d.boolValue { out.append(InputFile(path: full, inFolder: true)) }
            }
        }
        return out.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
