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

    /// Bytes inflated per step: small enough that a bomb is stopped within one step of
    /// its limit, large enough that zlib is never the slow part.
    static let chunkSize = 64 << 10

    /// Inflates a raw deflate stream that must produce exactly `size` bytes, a chunk at a
    /// time, recording each chunk in `budget`. Memory never exceeds `size` plus one chunk,
    /// whatever the stream holds: one that goes on past `size` (a bomb declaring a small
    /// size) is stopped there, before the chunk that would pass it is kept.
    static func inflate(_ input: ArraySlice<UInt8>, size: Int, budget: InflateBudget) throws(XLSXError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw XLSXError(.unsupported, "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        out.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var status = Z_OK
        var tooMuch = false
        input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            while status == Z_OK {
                status = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard produced > 0 else { continue }
                guard out.count + produced <= size else {
                    tooMuch = true
                    return
                }
                out.append(contentsOf: chunk[..<produced])
                budget.record(produced)
            }
        }
        if tooMuch {
            throw XLSXError(.damaged, "the compressed data holds more than the \(size) bytes the directory declares")
        }
        if status == Z_STREAM_END {
            guard out.count == size else {
                throw XLSXError(.damaged, "the compressed data does not hold the \(size) bytes the directory declares")
            }
            return out
        }
        if status == Z_BUF_ERROR {
            throw XLSXError(.truncated, "the compressed data ends early (\(out.count) of \(size) bytes)")
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
