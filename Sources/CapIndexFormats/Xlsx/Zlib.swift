import CZlib

/// Raw deflate and CRC-32 from the system zlib (zlib1g-dev), which a ZIP needs and
/// every Debian machine has: no package to build.
enum Zlib {
    /// CRC-32 of `bytes`, as ZIP records it.
    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: uLong = CZlib.crc32(0, nil, 0)
        bytes.withUnsafeBufferPointer { buf in
            var p = buf.baseAddress
            var left = buf.count
            while left > 0, let base = p {
                let n = min(left, Int(UInt32.max >> 1))
                crc = CZlib.crc32(crc, base, uInt(n))
                p = base + n
                left -= n
            }
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    /// Inflates a raw deflate stream that must produce exactly `size` bytes.
    static func inflate(_ input: ArraySlice<UInt8>, size: Int) throws(XLSXError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw XLSXError(.unsupported, "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        // One spare byte tells "more data than declared" from "exactly right".
        var out = [UInt8](repeating: 0, count: size + 1)
        let status: Int32 = input.withUnsafeBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        let produced = Int(stream.total_out)
        if status == Z_STREAM_END && produced == size {
            out.removeLast()
            return out
        }
        if produced > size || status == Z_STREAM_END {
            throw XLSXError(.damaged, "the compressed data does not hold the \(size) bytes the directory declares")
        }
        if status == Z_OK || status == Z_BUF_ERROR {
            throw XLSXError(.truncated, "the compressed data ends early (\(produced) of \(size) bytes)")
        }
        throw XLSXError(.damaged, "the compressed data is damaged (zlib error \(status))")
    }

    /// Deflates `bytes` as a raw stream at the default level: the same input gives the same output.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            preconditionFailure("zlib deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        var out = [UInt8](repeating: 0, count: bound)
        let status: Int32 = bytes.withUnsafeBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                return CZlib.deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "deflateBound was too small")
        out.removeSubrange(Int(stream.total_out)...)
        return out
    }
}
