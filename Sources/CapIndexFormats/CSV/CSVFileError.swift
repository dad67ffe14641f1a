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

    /// Why the file is not one to read, when it was refused before reading.
    public var problem: FileProblem?

    /// Creates a file error for `path` with the given `errno` value.
    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// A file refused before it was read (a FIFO, a device, no permission).
    public init(path: String, problem: FileProblem) {
        self.path = path
        self.problem = problem
        if case .readFailed(let e) = problem { code = e } else { code = EINVAL }
    }

    /// The path with the system's explanation of `code`.
    public var description: String {
        if let problem { return "cannot read \(path): \(problem.message)" }
        return "cannot read \(path): \(String(cString: strerror(code)))"
    }
}
