import Foundation

/// Who holds a database's write lock: from the holder's note beside the database, or,
/// when there is none (a hard link, a folder that cannot be written), from the kernel's
/// own list of locks (`/proc/locks`).
public struct WriteLockHolder: Sendable, Equatable, Codable {
    /// The holder's process id.
    public var pid: Int32
    /// Its command, `capindex run`.
    public var command: String
    /// When it took the lock (ISO 8601), when known.
    public var since: String?

    /// The note's text: one `key value` line each.
    var noteText: String { "pid \(pid)\ncommand \(command)\nsince \(since ?? "")\n" }

    /// `pid 4711 (capindex run, since 2026-11-23 09:00:00 UTC)`.
    public var description: String {
        var s = "pid \(pid) (\(command)"
        if let since, since.count >= 19 {
            s += ", since \(since.prefix(10)) \(since.dropFirst(11).prefix(8)) UTC"
        }
        return s + ")"
    }

    /// The holder of the lock on `database`, if it can be found.
    static func find(database: String) -> WriteLockHolder? {
        if let note = fromNote(WriteLock.realPath(database) + ".lock"), kill(note.pid, 0) == 0 || errno == EPERM { return note }
        return fromKernel(database)
    }

    static func fromNote(_ path: String) -> WriteLockHolder? {
        guard let data = FileManager.default.contents(atPath: path), data.count < 4096 else { return nil }
        var fields: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let pid = fields["pid"].flatMap({ Int32($0) }), let command = fields["command"] else { return nil }
        return WriteLockHolder(pid: pid, command: command, since: fields["since"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The process with an exclusive `flock` on the database's inode, from `/proc/locks`
    /// (`1: FLOCK ADVISORY WRITE 4711 08:01:123456 0 EOF`), and its command line.
    static func fromKernel(_ database: String) -> WriteLockHolder? {
        var st = stat()
        guard stat(database, &st) == 0, let locks = FileManager.default.contents(atPath: "/proc/locks") else { return nil }
        let dev = UInt64(st.st_dev)
        let major = ((dev >> 8) & 0xFFF) | ((dev >> 32) & ~0xFFF)
        let minor = (dev & 0xFF) | ((dev >> 12) & ~0xFF)
        let inode = "\(String(major, radix: 16, uppercase: false).leftPadded(2)):\(String(minor, radix: 16).leftPadded(2)):\(st.st_ino)"
        for line in String(decoding: locks, as: UTF8.self).split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            guard f.count >= 6, f[1] == "FLOCK", f[3] == "WRITE", f[5] == inode, let pid = Int32(f[4]) else { continue }
            let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline").map {
                $0.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            }
            let words = (cmdline ?? []).prefix(2).map { ($0 as NSString).lastPathComponent }
            return WriteLockHolder(pid: pid, command: words.isEmpty ? "capindex" : words.joined(separator: " "), since: nil)
        }
        return nil
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
