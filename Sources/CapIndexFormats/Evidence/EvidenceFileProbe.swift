/// One streaming pass over a file: its SHA-256 and its text encoding, without holding
/// more than one chunk (a 100 MB file must import in well under 150 MB).
public struct EvidenceFileProbe: Sendable {
    /// Lower-case hex SHA-256 of the bytes.
    public var sha256: String
    /// The encoding, or nil when the file is not text.
    public var encoding: SourceEncoding?
    /// Why it is not text.
    public var notText: String?
    /// Size in bytes.
    public var size: Int

    /// Reads `path` once.
    public static func probe(path: String, chunkSize: Int = 1 << 20) throws -> EvidenceFileProbe {
        var source = try CSVChunkSource(path: path, maxRead: chunkSize)
        defer { source.close() }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var hasher = SHA256.Hasher()
        var sniffer = EncodingSniffer()
        var sniffing = true
        var head: [UInt8] = []
        var size = 0
        while true {
            let n = try source.read(into: buffer, count: chunkSize)
            if n == 0 { break }
            size += n
            let chunk = UnsafeBufferPointer(start: buffer, count: n)
            hasher.update(chunk)
            if head.count < 3 { head += chunk.prefix(3 - head.count) }
            if sniffing { sniffing = sniffer.feed(chunk) }
        }
        sniffer.finish()
        let hex = hasher.finalize()
        var probe = EvidenceFileProbe(sha256: hex, encoding: nil, notText: nil, size: size)
        if let offset = sniffer.firstNUL {
            probe.notText = "a NUL byte at byte \(offset): not a text file"
        } else if sniffer.isValidUTF8 {
            probe.encoding = head == [0xEF, 0xBB, 0xBF] ? .utf8WithBOM : .utf8
        } else if let offset = sniffer.firstUndefined1252 {
            probe.notText = "byte \(offset) is neither UTF-8 nor Windows-1252: not a text file"
        } else {
            probe.encoding = .windows1252
        }
        return probe
    }
}
