import Foundation

/// An exclusive lock beside the database (`DB.lock`), so two runs never work on one
/// store at once. `flock` is released by the kernel when the process ends, even on
/// `kill -9`, so a crashed run never leaves a stale lock behind.
public final class RunLock {
    private let fd: Int32
    /// The lock file.
    public let path: String

    /// Takes the lock or throws `RunLockError.busy` at once (no waiting).
    public init(databasePath: String) throws {
        path = databasePath + ".lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunLockError.cannotOpen(path, String(cString: strerror(errno))) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buf = [UInt8](repeating: 0, count: 64)
            let n = pread(fd, &buf, 63, 0)
            let holder = n > 0 ? String(decoding: buf.prefix(n), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
            close(fd)
            throw RunLockError.busy(path, holder)
        }
        let pid = "\(getpid())\n"
        ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// Why a run could not take the lock.
public enum RunLockError: Error, Equatable, CustomStringConvertible {
    case busy(String, String)
    case cannotOpen(String, String)

    public var description: String {
        switch self {
        case .busy(let p, let pid): "another capindex run (pid \(pid)) holds \(p); nothing was done — try again when it has finished"
        case .cannotOpen(let p, let why): "cannot open the lock file \(p): \(why)"
        }
    }
}
