import Foundation

/// Writes files so a reader never sees half of one: temporary file, then rename.
public enum AtomicFile {
    /// Writes `text` (UTF-8) to `path` atomically; unchanged content is not rewritten.
    @discardableResult
    public static func write(_ text: String, to path: String) throws -> Bool {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically; returns false when the file already held it.
    @discardableResult
    public static func write(_ data: Data, to path: String) throws -> Bool {
        if let old = FileManager.default.contents(atPath: path), old == data { return false }
        let tmp = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: tmp, contents: data) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        if rename(tmp, path) != 0 {
            unlink(tmp)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        return true
    }
}
