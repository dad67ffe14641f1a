import CCrypto
import Foundation

/// SHA-256 from the system's libcrypto (OpenSSL), which every Debian machine with
/// libssl-dev has: no package to build, and the same digest `sha256sum` prints.
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = bytes.withUnsafeBufferPointer { buf in
            digest.withUnsafeMutableBufferPointer { out in
                EVP_Digest(buf.baseAddress, buf.count, out.baseAddress, &length, EVP_sha256(), nil)
            }
        }
        precondition(ok == 1, "EVP_Digest failed")
        return digest.prefix(Int(length)).map { String(format: "%02x", $0) }.joined()
    }

    /// Lower-case hex digest of `data`.
    public static func hex(_ data: Data) -> String { hex([UInt8](data)) }

    /// Lower-case hex digest of the UTF-8 bytes of `text`.
    public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }
}
