#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Reading one input file without being fooled by it: its type is looked at before it is
/// opened (a FIFO would block, `/dev/zero` never ends), it is opened non-blocking and its
/// type checked again on the open descriptor (the name may have changed hands meanwhile),
/// and its size is checked against the limit before a byte is read, so memory follows
/// the file's real size and never a hostile one.
public enum InputFile {
    /// The size of the regular file at `path`, or why it is not one to read.
    public static func check(_ path: String, limit: FileLimit) throws(FileProblem) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { throw problemOpening(path, errno: errno) }
        try checkType(st, path: path)
        let size = Int(st.st_size)
        if size > limit.bytes { throw FileProblem.tooLarge(size: size, limit: limit.bytes, kind: limit) }
        return size
    }

    /// The whole file, at most `limit` bytes. `typeChecked`: the caller has looked at the
    /// file's type already (an ingest's file list has), so it is not looked at twice before
    /// it is opened; the open descriptor's type is checked all the same.
    public static func read(_ path: String, limit: FileLimit, typeChecked: Bool = false) throws(FileProblem) -> [UInt8] {
        if !typeChecked { _ = try check(path, limit: limit) }
        var st = stat()
        let fd = try openChecked(path, stat: &st)
        defer { close(fd) }
        let expected = Int(st.st_size)
        if expected > limit.bytes { throw FileProblem.tooLarge(size: expected, limit: limit.bytes, kind: limit) }
        // Read straight into the array, one byte past the size to see a file that grew; it
        // is not zeroed first (a 64 KB zeroed buffer per file was a tenth of a small ingest).
        let first = min(expected, limit.bytes) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in
            count = 0
            while count < first {
                let n = readBytes(fd, buffer.baseAddress! + count, first - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                count += n
            }
        }
        if failure != 0 { throw FileProblem.readFailed(errno: failure) }
        if bytes.count > limit.bytes {
            throw FileProblem.tooLarge(size: max(expected, bytes.count), limit: limit.bytes, kind: limit)
        }
        if bytes.count < first { return bytes }
        // The size changed while it is read: never more than the limit.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileProblem.readFailed(errno: errno)
            }
            if n == 0 { break }
            if bytes.count + n > limit.bytes {
                throw FileProblem.tooLarge(size: max(expected, bytes.count + n), limit: limit.bytes, kind: limit)
            }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// A read-only descriptor of the regular file at `path`, opened without blocking and
    /// checked to be a regular file once open.
    public static func openChecked(_ path: String) throws(FileProblem) -> Int32 {
        var st = stat()
        return try openChecked(path, stat: &st)
    }

    /// As ``openChecked(_:)``, and what `fstat` said of the open file in `st`. The
    /// descriptor stays non-blocking: a regular file's reads never block, so taking the flag
    /// off again (two `fcntl` calls a file) changed nothing.
    public static func openChecked(_ path: String, stat st: inout stat) throws(FileProblem) -> Int32 {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw problemOpening(path, errno: errno) }
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw FileProblem.readFailed(errno: e)
        }
        do { try checkType(st, path: path) } catch {
            close(fd)
            throw error
        }
        return fd
    }

    /// Throws unless `st` is a regular file's (`path` names a link's target in the message).
    public static func checkType(_ st: stat, path: String) throws(FileProblem) {
        switch st.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFIFO: throw FileProblem.fifo
        case S_IFCHR, S_IFBLK: throw FileProblem.device(target: linkTarget(path))
        case S_IFSOCK: throw FileProblem.socket
        case S_IFDIR: throw FileProblem.folder
        default: throw FileProblem.readFailed(errno: EINVAL)
        }
    }

    /// Why `path` could not be opened or looked at, in the terms of ``FileProblem``.
    public static func problemOpening(_ path: String, errno e: Int32) -> FileProblem {
        switch e {
        case EACCES, EPERM: return .noPermission
        case ELOOP: return .linkLoop
        case ENXIO: return .socket
        case ENOENT:
            if let target = linkTarget(path) { return .brokenLink(target: target) }
            return .vanished
        default: return .readFailed(errno: e)
        }
    }

    /// The target of a symbolic link, or nil when `path` is not one.
    public static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

// Inside `InputFile` the name `read` is its own method.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
