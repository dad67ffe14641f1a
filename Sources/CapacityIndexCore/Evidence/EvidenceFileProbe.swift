import CCrypto

/// One streaming pass over a file: its SHA-256 and its text encoding, without holding
/// more than one chunk (a 100 MB file must import in well under 150 MB).
struct EvidenceFileProbe {
    /// Lower-case hex SHA-256 of the bytes.
    var sha256: String
    /// The encoding, or nil when the file is not text.
    var encoding: SourceEncoding?
    /// Why it is not text.
    var notText: String?
    /// Size in bytes.
    var size: Int

    /// Reads `path` once.
    static func probe(path: String, chunkSize: Int = 1 << 20) throws -> EvidenceFileProbe {
        var source = try CSVChunkSource(path: path, maxRead: chunkSize)
        defer { source.close() }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        guard let ctx = EVP_MD_CTX_new() else { fatalError("EVP_MD_CTX_new failed") }
        defer { EVP_MD_CTX_free(ctx) }
        precondition(EVP_DigestInit_ex(ctx, EVP_sha256(), nil) == 1, "EVP_DigestInit_ex failed")
        var sniffer = EncodingSniffer()
        var sniffing = true
        var head: [UInt8] = []
        var size = 0
        while true {
            let n = try source.read(into: buffer, count: chunkSize)
            if n == 0 { break }
            size += n
            precondition(EVP_DigestUpdate(ctx, buffer, n) == 1, "EVP_DigestUpdate failed")
            let chunk = UnsafeBufferPointer(start: buffer, count: n)
            if head.count < 3 { head += chunk.prefix(3 - head.count) }
            if sniffing { sniffing = sniffer.feed(chunk) }
        }
        sniffer.finish()
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        precondition(EVP_DigestFinal_ex(ctx, &digest, &length) == 1, "EVP_DigestFinal_ex failed")
        let hex = digest.prefix(Int(length)).map { b in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
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
