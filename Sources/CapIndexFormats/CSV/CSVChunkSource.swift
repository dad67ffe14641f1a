#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the streaming reader and the encoding sniffer get their bytes from:
/// a file read with `read(2)`, or an in-memory array (used by tests to drive
/// the same chunking code without touching the disk).
///
/// `maxRead` caps every read so tests can force records across chunk
/// boundaries with reads of a few bytes.
struct CSVChunkSource {
    private enum Backing {
        case file(fd: Int32, path: String)
        case memory([UInt8], position: Int)
        case closed
    }

    private var backing: Backing
    let maxRead: Int

    /// Opens `path` for reading: a regular file only, opened without blocking (a FIFO
    /// or a device is refused, never waited on or read forever).
    init(path: String, maxRead: Int) throws(CSVFileError) {
        let fd: Int32
        do { fd = try InputFile.openChecked(path) } catch { throw CSVFileError(path: path, problem: error) }
        backing = .file(fd: fd, path: path)
        self.maxRead = max(1, maxRead)
    }

    /// Serves `bytes` as if they were a file.
    init(bytes: [UInt8], maxRead: Int) {
        backing = .memory(bytes, position: 0)
        self.maxRead = max(1, maxRead)
    }

    /// Reads up to `min(count, maxRead)` bytes into `destination`; 0 means end
    /// of input.
    mutating func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(CSVFileError) -> Int {
        let wanted = min(count, maxRead)
        switch backing {
        case .file(let fd, let path):
            while true {
                let n = posixRead(fd, destination, wanted)
                if n >= 0 { return n }
                // A signal can interrupt a read before any data arrives; that is not an error.
                if errno != EINTR { throw CSVFileError(path: path, code: errno) }
            }
        case .memory(let bytes, let position):
            let n = min(wanted, bytes.count - position)
            if n > 0 {
                bytes.withUnsafeBufferPointer { src in
                    destination.update(from: src.baseAddress! + position, count: n)
                }
            }
            backing = .memory(bytes, position: position + n)
            return n
        case .closed:
            return 0
        }
    }

    /// Releases the file descriptor; later reads report end of input.
    mutating func close() {
        if case .file(let fd, _) = backing { posixClose(fd) }
        backing = .closed
    }
}

// File-scope wrappers, because inside `CSVChunkSource` the names `read` and
// `close` refer to its own methods.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}

private func posixClose(_ fd: Int32) {
    _ = close(fd)
}
