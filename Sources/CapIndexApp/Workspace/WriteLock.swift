import Foundation

/// The database's write lock (issue 17): one writing command at a time per database
/// FILE, whatever name it is reached by. The lock is `flock` on the database file itself,
/// so a symbolic link, a relative path and a hard link all meet the same lock (a lock
/// file beside each name would not: a hard link has a name of its own). The kernel drops
/// it when the process ends, even on `kill -9`, so a crash never leaves a stale lock.
/// SQLite itself locks with `fcntl`, which does not meet `flock` on a local disk.
///
/// The holder writes who it is (process id, command, since when) beside the file's real
/// path (`DB.lock`), so a command that gives up waiting can say who holds it; the note goes
/// when the lock does. Commands that only read never take the lock.
public final class WriteLock {
    private var fd: Int32
    /// The holder's note beside the database's real path.
    public let notePath: String

    private init(fd: Int32, notePath: String) {
        self.fd = fd
        self.notePath = notePath
    }

    /// Takes the lock of the database at `path` (creating an empty file when there is none
    /// yet), waiting up to `wait` seconds for a holder to finish; then throws
    /// ``WriteLockError/busy`` naming the holder.
    public static func acquire(database path: String, command: String, wait: Double) throws -> WriteLock {
        let deadline = Date().addingTimeInterval(max(0, wait))
        while true {
            var fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 && errno == ENOENT { fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
            guard fd >= 0 else { throw WriteLockError.cannotOpen(database: path, errno: errno) }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                // The name may have been given to another file while this one waited (a backup
                // restored by renaming it over the old one): lock the file the name has now.
                if sameFile(fd, path) {
                    let lock = WriteLock(fd: fd, notePath: realPath(path) + ".lock")
                    lock.writeNote(command: command)
                    return lock
                }
                close(fd)
                continue
            }
            close(fd)
            if Date() >= deadline {
                throw WriteLockError.busy(database: path, holder: WriteLockHolder.find(database: path), waited: wait)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Lets the lock go (after the database connection is closed); the note goes first.
    public func release() {
        guard fd >= 0 else { return }
        unlink(notePath)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }

    private func writeNote(command: String) {
        let note = WriteLockHolder(pid: getpid(), command: command, since: Self.now())
        let text = Array(note.noteText.utf8)
        let out = open(notePath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        // A folder that cannot be written keeps no note; the lock holds all the same.
        guard out >= 0 else { return }
        _ = text.withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
        close(out)
    }

    /// The real time (not `CAPINDEX_NOW`): the note is about live processes.
    static func now() -> String { UTCTime.now() }

    static func sameFile(_ fd: Int32, _ path: String) -> Bool {
        var a = stat(), b = stat()
        return fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// `path` with every symbolic link and `..` resolved.
    static func realPath(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }
}

/// Why a writing command could not take the lock.
public enum WriteLockError: Error, Equatable {
    /// Another command held it for longer than the wait.
    case busy(database: String, holder: WriteLockHolder?, waited: Double)
    /// The database file could not be opened or created (`errno`).
    case cannotOpen(database: String, errno: Int32)
}
