import CapIndexDomain
import Foundation

extension Framework {
    /// Reads and checks a framework JSON file; returns it with its bytes' SHA-256.
    public static func load(path: String) throws -> (framework: Framework, hash: String, bytes: [UInt8]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FrameworkError(file: path, message: "cannot read the file")
        }
        return try parse(Array(data), file: path)
    }

    /// Reads and checks the bytes of a framework JSON file; returns it with their SHA-256.
    public static func parse(_ bytes: [UInt8], file: String) throws -> (framework: Framework, hash: String, bytes: [UInt8]) {
        (try decode(bytes, file: file), SHA256.hex(bytes), bytes)
    }
}
