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
    /// Where its compressed data starts, after the local header (read when the archive is opened).
    var dataOffset = 0
}

/// A read-only ZIP archive in memory: the end record (Zip64 too), the central directory,
/// and, on request, one entry at a time inflated and checked against its CRC. Sizes come
/// from the central directory, so entries written with data descriptors read like any
/// other. Every offset is checked before use: a damaged file is an `XLSXError`, never a
/// trap. Nothing is inflated until asked for, and each part asked for is admitted by, and
/// counted in, one `InflateBudget` under `ZipLimits`, so a ZIP bomb costs at most those
/// limits; entries that share bytes of the file (the overlapping bomb) are refused when
/// the archive is opened.
struct ZipArchive {
    /// The entries in directory order.
    let entries: [ZipEntry]
    /// What has been inflated so far, against the limits.
    let budget: InflateBudget
    private let bytes: [UInt8]

    /// Reads the directory of `bytes`, and checks that no two entries share bytes.
    init(_ bytes: [UInt8], limits: ZipLimits = .submission) throws(XLSXError) {
        self.bytes = bytes
        self.budget = InflateBudget(limits)
        let r = ByteReader(bytes)
        guard bytes.count >= 4, r.u32(0) == 0x0403_4B50 || r.u32(0) == 0x0605_4B50 else {
            throw XLSXError(.notZip, "the file is not a ZIP archive, so not an .xlsx workbook")
        }
        guard bytes.count <= limits.maxArchiveSize else {
            throw XLSXError(
                .tooLarge,
                "the file is \(ZipLimits.bytes(bytes.count)); a workbook may be at most \(ZipLimits.bytes(limits.maxArchiveSize))",
                hint: ZipLimits.fix)
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
        guard count <= limits.maxEntries else {
            throw XLSXError(
                .tooManyEntries,
                "the ZIP directory declares \(ZipLimits.grouped(count)) entries; a workbook may have at most "
                    + "\(ZipLimits.grouped(limits.maxEntries)) (Excel writes about a dozen, one more for each image, chart or sheet)",
                hint: ZipLimits.fix)
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
            guard r.u32(e.localHeaderOffset) == 0x0403_4B50, let localName = r.u16(e.localHeaderOffset + 26),
                let localExtra = r.u16(e.localHeaderOffset + 28),
                r.slice(e.localHeaderOffset + 30 + Int(localName) + Int(localExtra), e.compressedSize) != nil
            else { throw XLSXError(.truncated, "the data of \(e.name) lies outside the file: the file is truncated") }
            e.dataOffset = e.localHeaderOffset + 30 + Int(localName) + Int(localExtra)
            entries.append(e)
            p += 46 + Int(nameLen) + Int(extraLen) + Int(commentLen)
        }
        try ZipArchive.checkNoOverlap(entries)
        self.entries = entries
    }

    /// Bytes inflated so far from this archive, over every part read.
    var inflatedBytes: Int { budget.inflated }

    /// Refuses entries whose bytes (local header and data) overlap: a real archive gives
    /// each entry bytes of its own, while a ZIP bomb points many entries at one deflate
    /// stream so that a few hundred kilobytes ask for gigabytes.
    private static func checkNoOverlap(_ entries: [ZipEntry]) throws(XLSXError) {
        let spans = entries.map { (start: $0.localHeaderOffset, end: $0.dataOffset + $0.compressedSize, name: $0.name) }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        guard var previous = spans.first else { return }
        for s in spans.dropFirst() {
            if s.start < previous.end {
                throw XLSXError(
                    .overlappingEntries,
                    "the entries \(previous.name) and \(s.name) share bytes \(ZipLimits.grouped(s.start))–"
                        + "\(ZipLimits.grouped(min(s.end, previous.end))) of the file; in a workbook every entry has bytes of its own, "
                        + "so this is a ZIP bomb or a damaged file",
                    hint: "send the submission again, saved by Excel or LibreOffice")
            }
            if s.end > previous.end { previous = s }
        }
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

    /// The entry's data, inflated and checked against its CRC-32, counted in the budget.
    /// A declared size over a limit is refused before anything is inflated.
    func contents(of e: ZipEntry) throws(XLSXError) -> [UInt8] {
        let r = ByteReader(bytes)
        guard e.flags & 1 == 0 else {
            throw XLSXError(.unsupported, "\(e.name) is encrypted inside the ZIP (not Excel's password protection)")
        }
        try budget.admit(e.name, size: e.size)
        guard let data = r.slice(e.dataOffset, e.compressedSize) else {
            throw XLSXError(.truncated, "the data of \(e.name) lies outside the file: the file is truncated")
        }
        let out: [UInt8]
        switch e.method {
        case 0:
            guard e.compressedSize == e.size else { throw XLSXError(.damaged, "\(e.name) is stored with two different sizes") }
            budget.record(e.size)
            out = Array(data)
        case 8:
            do { out = try Zlib.inflate(data, size: e.size, budget: budget) } catch {
                throw XLSXError(error.reason, "\(e.name): \(error.message)")
            }
        default:
            throw XLSXError(.unsupported, "\(e.name) uses ZIP compression method \(e.method); only stored and deflate are read")
        }
        guard Zlib.crc32(out[...]) == e.crc32 else {
            throw XLSXError(.badCRC, "\(e.name) fails its CRC check: the file is damaged")
        }
        return out
    }
}
