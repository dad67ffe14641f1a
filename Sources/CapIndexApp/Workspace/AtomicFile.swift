import Foundation

/// Writes files so a reader never sees half of one, and so nothing is left behind
/// (issue 17): the bytes go to a temporary beside the file, named `.capindex-tmp-PID-…`,
/// and the temporary is renamed over the file. A process killed mid-write leaves only such
/// a temporary, which the next command that writes into the folder removes
/// (``sweep(_:)``). Foundation's `.atomic` writing is not used: its own temporaries
/// (`.dat.nosync…`) have names nothing would clean up.
///
/// Against a power cut, a run flushes its whole output once (``flushToDisk(_:)``, one
/// `syncfs`) before it writes its record, which is written `durable`: 376 separate
/// `fsync`s cost 1–2 s on this machine's disk, one `syncfs` a few tens of milliseconds.
public enum AtomicFile {
    /// The start of every temporary's name.
    public static let temporaryPrefix = ".capindex-tmp-"

    /// Writes `text` (UTF-8) to `path` atomically; unchanged content is not rewritten.
    @discardableResult
    public static func write(_ text: String, to path: String) throws -> Bool {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically; returns false when the file already held it.
    /// `durable` flushes the bytes to the disk before the rename.
    @discardableResult
    public static func write(_ data: Data, to path: String, durable: Bool = false) throws -> Bool {
        if let old = FileManager.default.contents(atPath: path), old == data { return false }
        let folder = (path as NSString).deletingLastPathComponent
        let name = String((path as NSString).lastPathComponent.suffix(160))
        let tmp = (folder.isEmpty ? "." : folder) + "/" + temporaryPrefix + "\(getpid())-\(UInt32.random(in: .min ... .max))-" + name
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError(path: path, action: .write, errno: errno) }
        do {
            try writeAll([UInt8](data), to: fd, path: path)
            // On the disk before the rename, so a power cut leaves the old file or the new one.
            if durable && fsync(fd) != 0 { throw OutputError(path: path, action: .write, errno: errno) }
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        close(fd)
        guard rename(tmp, path) == 0 else {
            let e = errno
            unlink(tmp)
            throw OutputError(path: path, action: .write, errno: e)
        }
        return true
    }

    /// Writes every byte to `fd` (the file being written as `path`, for messages).
    public static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(OutputError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(path: path, action: .write, errno: errno)
            }
            done += n
        }
    }

    /// Flushes everything written to the file system that holds `folder` to the disk.
    public static func flushToDisk(_ folder: String) throws(OutputError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: folder, action: .write, errno: errno) }
        defer { close(fd) }
        if syncFileSystem(fd) != 0 { throw OutputError(path: folder, action: .write, errno: errno) }
    }

    /// Linux's `syncfs(2)` (Glibc's module does not declare it), else `sync(2)`.
    private static func syncFileSystem(_ fd: Int32) -> Int32 {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            sync()
            return 0
        }
        return unsafeBitCast(symbol, to: SyncFS.self)(fd)
    }

    /// Creates `path` and the folders above it as needed (`mkdir -p`), with failures in
    /// plain words, and removes the temporaries a killed process left in it.
    public static func prepareFolder(_ path: String) throws(OutputError) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST { throw OutputError(path: built, action: .createFolder, errno: errno) }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputError(path: path, action: .createFolder, errno: ENOTDIR)
        }
        sweep(path)
    }

    /// Removes from `folder` the temporaries of capindex processes that no longer run,
    /// and those older versions left (`page.html.tmp-PID`, Foundation's `.dat.nosync…`).
    public static func sweep(_ folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where isLeftover(name) {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    /// Sweeps `folder` and the folders under it, `depth` levels down (a run's output:
    /// `OUT`, `OUT/exports`, `OUT/<region>/<year>`).
    public static func sweepTree(_ folder: String, depth: Int = 3) {
        sweep(folder)
        guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let sub = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: sub, isDirectory: &isFolder), isFolder.boolValue {
                sweepTree(sub, depth: depth - 1)
            }
        }
    }

    /// True for a temporary whose writer is gone.
    static func isLeftover(_ name: String) -> Bool {
        if name.hasPrefix(".dat.nosync") { return true }
        if name.hasPrefix(temporaryPrefix) {
            let pid = name.dropFirst(temporaryPrefix.count).prefix { $0.isNumber }
            return Int32(pid).map { !isRunning($0) } ?? true
        }
        // `summit.html.tmp-4711`, as capindex wrote before.
        if let r = name.range(of: ".tmp-", options: .backwards), let pid = Int32(name[r.upperBound...]) {
            return !isRunning(pid)
        }
        return false
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }
}

/// A file or folder capindex could not write, in plain words with the path.
public struct OutputError: Error, Equatable, CustomStringConvertible {
    /// What was being done.
    public enum Action: Sendable, Equatable {
        case write, createFolder
    }

    /// The file or folder.
    public var path: String
    /// Writing a file or creating a folder.
    public var action: Action
    /// The system's `errno`.
    public var errno: Int32

    /// `/srv/reports/summit.html: the disk is full; …`.
    public var message: String {
        let what = action == .write ? "cannot write the file" : "cannot create the folder"
        switch errno {
        case ENOSPC, EDQUOT: return "\(path): \(what): the disk is full (or the account's quota is used up); nothing of it was written"
        case EACCES, EPERM: return "\(path): \(what): permission denied to the account capindex runs as"
        case EROFS: return "\(path): \(what): the disk is read-only"
        case ENOTDIR: return "\(path): \(what): part of the path is a file, not a folder"
        case ENOENT: return "\(path): \(what): the folder it goes in does not exist"
        case EIO: return "\(path): \(what): the disk reported an error"
        default: return "\(path): \(what): \(String(cString: strerror(errno)))"
        }
    }

    /// What to do.
    public var hint: String {
        switch errno {
        case ENOSPC, EDQUOT: "free some space on that disk and run the command again; files already there are as they were"
        case EACCES, EPERM, EROFS: "give --out a folder that the account capindex runs as can write, or change the folder's permissions"
        case ENOTDIR, ENOENT: "check the path given to --out"
        default: "check the disk and the path, and run the command again"
        }
    }

    public var description: String { "\(message) — \(hint)" }
}
