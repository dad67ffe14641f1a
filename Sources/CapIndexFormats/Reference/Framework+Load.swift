import CapIndexDomain
import Foundation

extension Framework {
    /// Reads and checks a framework JSON file; returns it with its bytes' SHA-256.
    public static func load(path: String) throws -> (framework: Framework, hash: String, bytes: [UInt8]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FrameworkError(file: path, message: "cannot read the file")
        }
        let fw = try decode(Array(data), file: path)
        return (fw, SHA256.hex(data), Array(data))
    }
}
