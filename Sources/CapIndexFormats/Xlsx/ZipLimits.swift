/// How much of a ZIP archive capindex will read. A submission workbook is a few dozen
/// kilobytes holding a dozen parts of which capindex reads five or six; these limits are
/// a thousand times that, and still stop a ZIP bomb long before it costs real memory or
/// time. Breaking any of them makes the file an E218 that names the limit and the numbers.
///
/// There is no compression-ratio rule: deflate cannot pass ~1,032 to 1, which the caps
/// below already bound (50 MiB out of a 50 KB bomb is harmless), while a sheet of empty
/// formatted rows honestly reaches a few hundred to 1, so a ratio rule would only refuse
/// real workbooks.
struct ZipLimits: Sendable, Equatable {
    /// Most bytes of the archive file itself (the compressed workbook).
    var maxArchiveSize: Int
    /// Most entries the central directory may declare. Excel writes about a dozen; one per
    /// image, chart or extra sheet more.
    var maxEntries: Int
    /// Most bytes one part may inflate to (declared or actual).
    var maxPartSize: Int
    /// Most bytes all the parts read from one workbook may inflate to together.
    var maxTotalInflated: Int

    /// The limits for submission workbooks: 50 MiB file, 1,000 entries, 32 MiB a part,
    /// 50 MiB in all.
    static let submission = ZipLimits(
        maxArchiveSize: 50 << 20, maxEntries: 1_000, maxPartSize: 32 << 20, maxTotalInflated: 50 << 20)

    /// The fix for a workbook over a limit, shown as the diagnostic's hint.
    static let fix =
        "a submission workbook is a few dozen kilobytes: copy the answers into the template capindex sent "
        + "(capindex template) or save just the submission sheet as a new workbook, and send that"

    /// `209,715,200 bytes (200 MiB)`: the exact count, then a size a person can picture.
    static func bytes(_ n: Int) -> String {
        let mib = Double(n) / Double(1 << 20)
        let picture =
            n >= 1 << 30
            ? " (\(Int((Double(n) / Double(1 << 30)).rounded())) GiB)"
            : n >= 1 << 20 ? " (\(Int(mib.rounded())) MiB)" : ""
        return grouped(n) + " bytes" + picture
    }

    /// `30,000`.
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n.magnitude))
        var out = n < 0 ? "-" : ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }
}

/// The bytes inflated from one archive, against its limits. Each part is admitted by its
/// declared size before a byte of it is inflated, and inflation stops as soon as a stream
/// would give more than it declared (`Zlib.inflate`), so neither a part nor the workbook
/// can grow past its limit: at most one part's declared size plus one chunk is in memory
/// for it. A class because every part read from the archive draws on the same budget.
final class InflateBudget {
    /// The limits being enforced.
    let limits: ZipLimits
    /// Bytes inflated (or copied, for stored entries) so far, over all parts.
    private(set) var inflated = 0

    /// A budget with nothing spent.
    init(_ limits: ZipLimits) { self.limits = limits }

    /// Refuses `part` before it is inflated when its declared `size` is over the part
    /// limit, or would take the workbook over its total.
    func admit(_ part: String, size: Int) throws(XLSXError) {
        guard size >= 0, size <= limits.maxPartSize else {
            throw XLSXError(
                .tooLarge,
                "\(part) would inflate to \(ZipLimits.bytes(size)); one part of a workbook may hold at most "
                    + ZipLimits.bytes(limits.maxPartSize),
                hint: ZipLimits.fix)
        }
        guard inflated + size <= limits.maxTotalInflated else {
            throw XLSXError(
                .totalTooLarge,
                "\(part) would inflate to \(ZipLimits.bytes(size)), taking the parts read to \(ZipLimits.bytes(inflated + size)); "
                    + "a workbook may inflate to at most \(ZipLimits.bytes(limits.maxTotalInflated)) in all",
                hint: ZipLimits.fix)
        }
    }

    /// Counts `n` bytes just inflated.
    func record(_ n: Int) { inflated += n }
}
