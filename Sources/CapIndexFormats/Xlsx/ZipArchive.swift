/// One file in a ZIP archive, as the central directory describes it.
struct ZipEntry: Sendable, Equatable {
    /// Name as stored (`xl/workbook.xml`).
    var name: String
    /// 0 stored, 8 deflate; anything else is refused.
    var method: UInt16
    /// General-purpose flags (bit 0: encrypted; bit 3: sizes in a data descriptor).
    var flags: UInt16
    /// CRC-32 of the uncompressed data.
    var crc32: UInt32
    /// Bytes of compressed data.
    var compressedSize: Int
    /// Bytes once inflated.
    var size: Int
    /// Where the entry's local header starts.
    var localHeaderOffset: Int
}

/// A read-only ZIP archive in memory: the end record (Zip64 too), the central directory,
/// and each entry inflated and checked against its CRC. Sizes come from the central
/// directory, so entries written with data descriptors read like any other. Every
/// offset is checked before use: a damaged file is an `XLSXError`, never a trap.
struct ZipArchive {
    /// Largest part inflated: far beyond any submission, small enough to stop a ZIP bomb.
    static let maxEntrySize = 128 << 20
    /// Most entries read from a directory.
    static let maxEntries = 20_000

    /// The entries in directory order.
    let entries: [ZipEntry]
    private let bytes: [UInt8]

    /// Reads the directory of `bytes`.
    init(_ bytes: [UInt8]) throws(XLSXError) {
        self.bytes = bytes
        let r = ByteReader(bytes)
        guard bytes.count >= 4, r.u32(0) == 0x0403_4B50 || r.u32(0) == 0x0605_4B50 else {
            throw XLSXError(.notZip, "the file is not a ZIP archive, so not an .xlsx workbook")
        }
        guard let eocd = ZipArchive.findEndRecord(r) else {
            throw XLSXError(.truncated, "the ZIP archive has no end record: the file is truncated")
        }
        var count = Int(r.u16(eocd + 10)!)
        var cdSize = Int(r.u32(eocd + 12)!)
        var cdOffset = Int(r.u32(eocd + 16)!)
        // A Zip64 locator right before the end record points at the 64-bit end record.
        if eocd >= 20, r.u32(eocd - 20) == 0x0706_4B50 {
            guard let at64 = r.int64(eocd - 12), r.u32(at64) == 0x0606_4B50,
                let c = r.int64(at64 + 32), let s = r.int64(at64 + 40), let o = r.int64(at64 + 48)
            else { throw XLSXError(.truncated, "the ZIP archive's Zip64 end record is missing or damaged") }
            (count, cdSize, cdOffset) = (c, s, o)
        }
        guard cdOffset >= 0, cdSize >= 0, cdOffset <= bytes.count, cdSize <= bytes.count - cdOffset else {
            throw XLSXError(.truncated, "the ZIP directory lies outside the file: the file is truncated")
        }
        guard count <= ZipArchive.maxEntries else {
            throw XLSXError(.tooLarge, "the ZIP archive declares \(count) entries")
        }
        var entries: [ZipEntry] = []
        var p = cdOffset
        for _ in 0..<count {
            guard r.u32(p) == 0x0201_4B50, let nameLen = r.u16(p + 28), let extraLen = r.u16(p + 30),
                let commentLen = r.u16(p + 32), let nameBytes = r.slice(p + 46, Int(nameLen)),
                let extra = r.slice(p + 46 + Int(nameLen), Int(extraLen))
            else { throw XLSXError(.truncated, "the ZIP directory is damaged at entry \(entries.count + 1)") }
            var e = ZipEntry(
                name: String(decoding: nameBytes, as: UTF8.self), method: r.u16(p + 10)!, flags: r.u16(p + 8)!,
                crc32: r.u32(p + 16)!, compressedSize: Int(r.u32(p + 20)!), size: Int(r.u32(p + 24)!),
                localHeaderOffset: Int(r.u32(p + 42)!))
            try ZipArchive.applyZip64(extra, to: &e)
            entries.append(e)
            p += 46 + Int(nameLen) + Int(extraLen) + Int(commentLen)
        }
        self.entries = entries
    }

    /// The last end-of-central-directory record whose comment fits in the file.
    private static func findEndRecord(_ r: ByteReader) -> Int? {
        let n = r.bytes.count
        guard n >= 22 else { return nil }
        var p = n - 22
        let lowest = max(0, n - 22 - 0xFFFF)
        while p >= lowest {
            if r.u32(p) == 0x0605_4B50, let comment = r.u16(p + 20), p + 22 + Int(comment) <= n { return p }
            p -= 1
        }
        return nil
    }

    /// Replaces the 32-bit fields marked 0xFFFFFFFF by the Zip64 extra field's values.
    private static func applyZip64(_ extra: ArraySlice<UInt8>, to e: inout ZipEntry) throws(XLSXError) {
        let r = ByteReader(Array(extra))
        var p = 0
        while p + 4 <= r.bytes.count {
            let id = r.u16(p)!, len = Int(r.u16(p + 2)!)
            if id == 0x0001 {
                var q = p + 4
                func next() throws(XLSXError) -> Int {
                    guard q + 8 <= p + 4 + len, let v = r.int64(q) else {
                        throw XLSXError(.truncated, "the Zip64 field of \(e.name) is too short")
                    }
                    q += 8
                    return v
                }
                if e.size == 0xFFFF_FFFF { e.size = try next() }
                if e.compressedSize == 0xFFFF_FFFF { e.compressedSize = try next() }
                if e.localHeaderOffset == 0xFFFF_FFFF { e.localHeaderOffset = try next() }
                return
            }
            p += 4 + len
        }
    }

    /// The entry of a package part, compared as OPC does: any case, `\` as `/`, no leading `/`.
    func entry(named part: String) -> ZipEntry? {
        let key = ZipArchive.partKey(part)
        return entries.first { ZipArchive.partKey($0.name) == key }
    }

    /// Normalised part name for lookups.
    static func partKey(_ name: String) -> String {
        var k = name.replacingOccurrences(of: "\\", with: "/").lowercased()
        while k.hasPrefix("/") { k.removeFirst() }
        return k
    }

    /// The entry's data, inflated and checked against its CRC-32.
    func contents(of e: ZipEntry) throws(XLSXError) -> [UInt8] {
        let r = ByteReader(bytes)
        guard e.flags & 1 == 0 else {
            throw XLSXError(.unsupported, "\(e.name) is encrypted inside the ZIP (not Excel's password protection)")
        }
        guard e.size <= ZipArchive.maxEntrySize, e.size >= 0 else {
            throw XLSXError(.tooLarge, "\(e.name) would inflate to \(e.size) bytes; the limit is \(ZipArchive.maxEntrySize)")
        }
        guard r.u32(e.localHeaderOffset) == 0x0403_4B50, let nameLen = r.u16(e.localHeaderOffset + 26),
            let extraLen = r.u16(e.localHeaderOffset + 28),
            let data = r.slice(e.localHeaderOffset + 30 + Int(nameLen) + Int(extraLen), e.compressedSize)
        else { throw XLSXError(.truncated, "the data of \(e.name) lies outside the file: the file is truncated") }
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedSize == e.size else { throw XLSXError(.damaged, "\(e.name) is stored with two different sizes") }
            out = Array(data)
        case 8:
            do { out = try Zlib.inflate(data, size: e.size) } catch { throw XLSXError(error.reason, "\(e.name): \(error.message)") }
        default:
            throw XLSXError(.unsupported, "\(e.name) uses ZIP compression method \(e.method); only stored and deflate are read")
        }
        guard Zlib.crc32(out[...]) == e.crc32 else {
            throw XLSXError(.badCRC, "\(e.name) fails its CRC check: the file is damaged")
        }
        return out
    }
}
