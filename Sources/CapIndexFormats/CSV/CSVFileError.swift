#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file could not be opened or read while detecting its encoding or
/// streaming its records.
public struct CSVFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path that was being opened or read.
    public var path: String
    /// The `errno` value reported by the operating system.
    public var code: Int32

    /// Creates a file error for `path` with the given `errno` value.
    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// The path with the system's explanation of `code`.
    public var description: String {
        "cannot read \(path): \(String(cString: strerror(code)))"
    }
}
