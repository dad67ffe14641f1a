import CCrypto
import Foundation

/// SHA-256 from the system's libcrypto (OpenSSL), which every Debian machine with
/// libssl-dev has: no package to build, and the same digest `sha256sum` prints.
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        var h = Hasher()
        bytes.withUnsafeBufferPointer { h.update($0) }
        return h.finalize()
    }

    /// Lower-case hex digest of `data`.
    public static func hex(_ data: Data) -> String { hex([UInt8](data)) }

    /// Lower-case hex digest of the UTF-8 bytes of `text`.
    public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }

    /// A digest fed in chunks, for files too big to hold (evidence files stream through it).
    public struct Hasher: ~Copyable {
        private let ctx: OpaquePointer

        /// A fresh SHA-256 context. libcrypto only fails here when out of memory.
        public init() {
            guard let c = EVP_MD_CTX_new(), EVP_DigestInit_ex(c, EVP_sha256(), nil) == 1 else {
                preconditionFailure("libcrypto could not start a SHA-256 digest (out of memory)")
            }
            ctx = c
        }

        /// Adds bytes.
        public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            _ = EVP_DigestUpdate(ctx, base, bytes.count)
        }

        /// The lower-case hex digest of everything added.
        public consuming func finalize() -> String {
            var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
            var length: UInt32 = 0
            _ = EVP_DigestFinal_ex(ctx, &digest, &length)
            let hexDigits = Array("0123456789abcdef".utf8)
            var out = [UInt8]()
            out.reserveCapacity(Int(length) * 2)
            for b in digest.prefix(Int(length)) {
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 15)])
            }
            return String(decoding: out, as: UTF8.self)
        }

        deinit { EVP_MD_CTX_free(ctx) }
    }
}
