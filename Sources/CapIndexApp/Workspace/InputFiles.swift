import CapIndexFormats
import Foundation

/// One file a command will read, or one it cannot (issue 17): either way it has its place
/// in file-name order, so its diagnostic comes where the file is.
public struct InputEntry: Sendable, Equatable {
    /// The path as given or found (a name that is not UTF-8 shows its bytes as `\xNN`).
    public var path: String
    /// Why it cannot be read, when it cannot; found from its type and name, not by reading it.
    public var problem: FileProblem?
    /// True when it was found by walking a folder, false when it was named itself (a file
    /// named on the command line is never skipped as a stray).
    public var inFolder: Bool

    /// An entry.
    public init(path: String, problem: FileProblem? = nil, inFolder: Bool) {
        self.path = path
        self.problem = problem
        self.inFolder = inFolder
    }
}

/// The files a command reads from the paths it is given: files as given, folders walked
/// (hidden files and Excel's `~$` lock files skipped) for the given extensions, all in
/// file-name order, which is the order SPEC 2 ingests them in. The walk itself cannot be
/// made to hang or fail by what is in the folder: a FIFO, a device, a broken link, a link
/// back up the tree or a name that is not UTF-8 is an entry with its problem, and the
/// other files are still listed. Folder links are followed, each folder once per branch.
public enum InputFiles {
    /// Lists the files under `paths`; a path given that does not exist throws.
    public static func list(_ paths: [String], extensions: Set<String>) throws -> [InputEntry] {
        var out: [InputEntry] = []
        for p in paths {
            var st = stat()
            guard stat(p, &st) == 0 || lstat(p, &st) == 0 else { throw IngestError.noSuchPath(p) }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(Array(p.utf8), display: p, ancestors: [FileID(st)], extensions: extensions, into: &out)
            } else {
                out.append(entry(p, inFolder: false))
            }
        }
        return sortedByName(out)
    }

    /// Entries in byte order of their paths (memcmp on UTF-8: comparing the strings' UTF-8
    /// views element by element was 4% of a national ingest).
    static func sortedByName(_ entries: [InputEntry]) -> [InputEntry] {
        let keyed = entries.map { (key: Array($0.path.utf8), entry: $0) }
        return keyed.sorted { a, b in
            let n = min(a.key.count, b.key.count)
            if n == 0 { return a.key.count < b.key.count }
            let c = a.key.withUnsafeBufferPointer { x in b.key.withUnsafeBufferPointer { y in memcmp(x.baseAddress!, y.baseAddress!, n) } }
            return c != 0 ? c < 0 : a.key.count < b.key.count
        }.map(\.entry)
    }

    /// Throws ``IngestError/noSuchPath(_:)`` for the first path given that does not
    /// exist, as ``list(_:extensions:)`` would, without walking any folder.
    public static func requireExisting(_ paths: [String]) throws {
        for p in paths {
            var st = stat()
            guard stat(p, &st) == 0 || lstat(p, &st) == 0 else { throw IngestError.noSuchPath(p) }
        }
    }

    /// A file given or found: its problem, if its type shows one (nothing is opened).
    static func entry(_ path: String, inFolder: Bool) -> InputEntry {
        do {
            var st = stat()
            guard stat(path, &st) == 0 else { throw InputFile.problemOpening(path, errno: errno) }
            try InputFile.checkType(st, path: path)
            return InputEntry(path: path, inFolder: inFolder)
        } catch let e as FileProblem {
            return InputEntry(path: path, problem: e, inFolder: inFolder)
        } catch {
            return InputEntry(path: path, problem: .readFailed(errno: EINVAL), inFolder: inFolder)
        }
    }

    /// Device and inode: a folder's identity, to see a link lead back up the tree.
    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }

    private static func walk(
        _ folder: [UInt8], display: String, ancestors: [FileID], extensions: Set<String>, into out: inout [InputEntry]
    ) {
        guard let listed = entries(of: folder) else {
            out.append(InputEntry(path: display, problem: InputFile.problemOpening(display, errno: errno), inFolder: true))
            return
        }
        for (name, regular) in listed {
            guard name.first != UInt8(ascii: "."), !name.starts(with: Array("~$".utf8)) else { continue }
            let utf8 = String(validating: name, as: UTF8.self)
            let wanted = extensions.contains(pathExtension(name))
            // The folder itself says this name is a regular file (not a link, not anything
            // that could block): nothing to look at before it is read, where it is checked
            // again. The usual case, and two system calls a file fewer (issue 16).
            if regular {
                if !wanted { continue }
                let shown = display + "/" + (utf8 ?? escaped(name))
                out.append(
                    utf8 == nil ? InputEntry(path: shown, problem: .nameNotUTF8, inFolder: true) : InputEntry(path: shown, inFolder: true))
                continue
            }
            let full = folder + [UInt8(ascii: "/")] + name
            let shown = display + "/" + (utf8 ?? escaped(name))
            var st = stat()
            guard full.withCString({ stat($0, &st) }) == 0 else {
                // A broken or looping link: worth a word only where a file was expected.
                let e = errno
                if wanted { out.append(InputEntry(path: shown, problem: InputFile.problemOpening(shown, errno: e), inFolder: true)) }
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                if let loop = ancestors.firstIndex(of: FileID(st)) {
                    let to = ancestorName(display, ancestors.count - 1 - loop)
                    out.append(InputEntry(path: shown, problem: .folderLoop(to: to), inFolder: true))
                } else if utf8 == nil {
                    out.append(InputEntry(path: shown, problem: .nameNotUTF8, inFolder: true))
                } else {
                    walk(full, display: shown, ancestors: ancestors + [FileID(st)], extensions: extensions, into: &out)
                }
                continue
            }
            guard wanted else { continue }
            if utf8 == nil {
                out.append(InputEntry(path: shown, problem: .nameNotUTF8, inFolder: true))
            } else {
                out.append(entry(shown, inFolder: true))
            }
        }
    }

    /// The names in a folder, as bytes (a name need not be UTF-8), each with whether the
    /// folder says it is a regular file (`d_type`; file systems that do not say give
    /// `DT_UNKNOWN`, and those names are looked at); nil when it cannot be listed.
    private static func entries(of folder: [UInt8]) -> [(name: [UInt8], regular: Bool)]? {
        guard let dir = folder.withCString({ opendir($0) }) else { return nil }
        defer { closedir(dir) }
        var names: [(name: [UInt8], regular: Bool)] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] {
                names.append((name, e.pointee.d_type == UInt8(DT_REG)))
            }
        }
        return names
    }

    /// The lower-case extension of a name's bytes.
    static func pathExtension(_ name: [UInt8]) -> String {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }

    /// A name with every byte that is not part of valid UTF-8 shown as `\xNN`.
    static func escaped(_ name: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < name.count {
            var matched = false
            for length in (1...4).reversed() where i + length <= name.count {
                if let s = String(validating: name[i..<(i + length)], as: UTF8.self), s.unicodeScalars.count == 1 {
                    out += s
                    i += length
                    matched = true
                    break
                }
            }
            if !matched {
                out += "\\x" + String(name[i], radix: 16, uppercase: true).leftPadded(2)
                i += 1
            }
        }
        return out
    }

    /// The folder `levels` above the walk's current one, as shown.
    private static func ancestorName(_ display: String, _ levels: Int) -> String {
        var s = display
        for _ in 0..<levels { s = (s as NSString).deletingLastPathComponent }
        return s
    }
}

extension [UInt8] {
    /// Calls `body` with the bytes as a NUL-terminated C string.
    fileprivate func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        (self + [0]).withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { body($0) } }
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
