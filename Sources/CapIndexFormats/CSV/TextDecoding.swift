import Foundation

/// Decides how an input file is encoded and turns it into UTF-8.
///
/// The rules follow SPEC section 2: a NUL byte anywhere means the input is not
/// text; otherwise a file that is valid UTF-8 as a whole is UTF-8 (a leading
/// byte order mark is dropped); otherwise it is Windows-1252 unless it contains
/// one of the five bytes 1252 leaves undefined, in which case it is not text.
public enum TextDecoding {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Detects the encoding of `bytes` and returns them as UTF-8 without a BOM.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
        var sniffer = EncodingSniffer()
        bytes.withUnsafeBufferPointer { _ = sniffer.feed($0) }
        sniffer.finish()
        let hasBOM = bytes.starts(with: byteOrderMark)
        let lineOf = { (offset: Int) in
            bytes.withUnsafeBufferPointer { buffer in
                var counter = LineBreakCounter()
                counter.feed(UnsafeBufferPointer(rebasing: buffer[..<offset]))
                return counter.line
            }
        }
        switch try verdict(sniffer, hasBOM: hasBOM, lineOf: lineOf) {
        case .utf8:
            return DecodedText(bytes: bytes, encoding: .utf8)
        case .utf8WithBOM:
            return DecodedText(bytes: Array(bytes.dropFirst(3)), encoding: .utf8WithBOM)
        case .windows1252:
            let utf8 = bytes.withUnsafeBufferPointer { Windows1252.toUTF8($0) }
            return DecodedText(bytes: utf8, encoding: .windows1252)
        }
    }

    /// Detects the encoding of `data` and returns it as UTF-8 without a BOM.
    public static func decode(_ data: Data) throws(TextDecodingError) -> DecodedText {
        try decode([UInt8](data))
    }

    /// Scans the file at `path` in chunks and returns its encoding without
    /// loading it whole, so a caller can pick the encoding for
    /// ``CSVStreamReader``.
    ///
    /// - Throws: ``TextDecodingError`` when the file is not text, or
    ///   ``CSVFileError`` when it cannot be read.
    public static func detectEncoding(atPath path: String, chunkSize: Int = 1 << 20) throws -> SourceEncoding {
        let size = max(1, chunkSize)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        defer { buffer.deallocate() }
        var source = try CSVChunkSource(path: path, maxRead: size)
        defer { source.close() }
        var sniffer = EncodingSniffer()
        var head: [UInt8] = []
        while true {
            let n = try source.read(into: buffer.baseAddress!, count: size)
            if n == 0 { break }
            let chunk = UnsafeBufferPointer(rebasing: buffer[..<n])
            if head.count < 3 { head += chunk.prefix(3 - head.count) }
            if !sniffer.feed(chunk) { break }
        }
        sniffer.finish()
        return try verdict(sniffer, hasBOM: head == byteOrderMark) { offset in
            // Errors are rare, so the line is found by reading the file again
            // rather than counting lines on the fast path.
            (try? lineOf(offset: offset, path: path, chunkSize: size)) ?? 0
        }
    }

    /// Applies the decision rules to a completed scan.
    private static func verdict(
        _ sniffer: EncodingSniffer, hasBOM: Bool,
        lineOf: (Int) -> Int
    ) throws(TextDecodingError) -> SourceEncoding {
        if let offset = sniffer.firstNUL {
            throw .nulByte(offset: offset, line: lineOf(offset))
        }
        if sniffer.isValidUTF8 { return hasBOM ? .utf8WithBOM : .utf8 }
        if let offset = sniffer.firstUndefined1252 {
            throw .notText(offset: offset, line: lineOf(offset))
        }
        return .windows1252
    }

    /// The physical line of byte `offset` of the file at `path`.
    private static func lineOf(offset: Int, path: String, chunkSize: Int) throws -> Int {
        var source = try CSVChunkSource(path: path, maxRead: chunkSize)
        defer { source.close() }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var counter = LineBreakCounter()
        var remaining = offset
        while remaining > 0 {
            let n = try source.read(into: buffer.baseAddress!, count: min(remaining, chunkSize))
            if n == 0 { break }
            counter.feed(UnsafeBufferPointer(rebasing: buffer[..<n]))
            remaining -= n
        }
        return counter.line
    }
}
