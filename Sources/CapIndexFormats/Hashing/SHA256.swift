import CCrypto
import Foundation

/// SHA-256 from the system's libcrypto (OpenSSL), which every Debian machine with
/// libssl-dev has: no package to build, and the same digest `sha256sum` prints. It is
/// linked statically (Package.swift): loading the shared library cost every command 0.6 ms
/// before `main`, a tenth of what `capindex --version` takes.
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
        private var ctx = SHA256_CTX()

        /// A fresh SHA-256 context.
        public init() {
            SHA256_Init(&ctx)
        }

        /// Adds bytes.
        public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            SHA256_Update(&ctx, base, bytes.count)
        }

        /// The lower-case hex digest of everything added.
        public consuming func finalize() -> String {
            var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
            SHA256_Final(&digest, &ctx)
            let hexDigits = Array("0123456789abcdef".utf8)
            var out = [UInt8]()
            out.reserveCapacity(digest.count * 2)
            for b in digest {
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 15)])
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
