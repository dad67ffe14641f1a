import CapIndexDomain

/// Access to the fields of the current record.
///
/// Indices at or past ``CSVStreamReader/fieldCount`` read as an empty field,
/// so rows shorter than the header need no special casing.
extension CSVStreamReader {
    /// The raw bytes of field `i` as stored in the file (unquoted, unescaped).
    @inline(__always)
    private func rawField(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(i >= 0, "negative field index")
        guard i < fieldCount else { return UnsafeBufferPointer(start: nil, count: 0) }
        let lower = bounds[2 * i]
        return UnsafeBufferPointer(start: buffer + lower, count: bounds[2 * i + 1] - lower)
    }

    /// Field `i` as a String (transcoded from Windows-1252 if need be).
    public func field(_ i: Int) -> String {
        let raw = rawField(i)
        if encoding == .windows1252 { return Windows1252.string(raw) }
        return String(decoding: raw, as: UTF8.self)
    }

    /// All fields of the current record, materialised as a ``CSVRecord``.
    public var record: CSVRecord {
        CSVRecord(fields: (0..<fieldCount).map(field), line: line, isBlank: isBlank)
    }

    /// Calls `body` with the UTF-8 bytes of field `i`, without allocating
    /// unless a Windows-1252 field has non-ASCII bytes to transcode. The
    /// buffer is only valid inside `body`.
    public func withFieldBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let raw = rawField(i)
        guard encoding == .windows1252, raw.contains(where: { $0 >= 0x80 }) else { return try body(raw) }
        // Every 1252 character takes at most 3 bytes in UTF-8.
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count * 3) { scratch in
            let n = Windows1252.transcode(raw, into: scratch)
            return try body(UnsafeBufferPointer(rebasing: scratch[..<n]))
        }
    }

    /// Field `i` trimmed of blanks (Foundation's `.whitespacesAndNewlines`), nil when
    /// nothing is left: a cell's text. Blank ASCII ends are cut on the bytes, so a String
    /// is made once, only of what is kept.
    public func trimmedField(_ i: Int) -> String? {
        withFieldBytes(i) { raw in
            var lo = 0
            var hi = raw.count
            while lo < hi && BlankText.isBlankByte(raw[lo]) { lo += 1 }
            while hi > lo && BlankText.isBlankByte(raw[hi - 1]) { hi -= 1 }
            if lo == hi { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: raw[lo..<hi]), as: UTF8.self)
            // A non-ASCII end may be a blank of another kind (a no-break space).
            return raw[lo] < 0x80 && raw[hi - 1] < 0x80 ? text : BlankText.cellText(text)
        }
    }

    /// Whether field `i` is exactly `text`, compared byte for byte as UTF-8.
    public func fieldEquals(_ i: Int, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { expected in
            withFieldBytes(i) { actual in actual.elementsEqual(expected) }
        }
    }

    /// Whether field `i` is exactly the UTF-8 bytes `utf8`.
    public func fieldEquals(_ i: Int, _ utf8: [UInt8]) -> Bool {
        withFieldBytes(i) { actual in actual.elementsEqual(utf8) }
    }

    /// Whether field `i` is empty (zero bytes, e.g. `,,` or `""`).
    public func fieldIsEmpty(_ i: Int) -> Bool {
        rawField(i).isEmpty
    }

    /// Field `i` as a number, straight from its bytes: a plain decimal such
    /// as `12`, `-3.25` or `1.5E3`, surrounding spaces allowed. Nil for
    /// anything else, including an empty field, a decimal comma, `NaN` and
    /// infinities.
    public func parseDouble(_ i: Int) -> Double? {
        CSVNumber.parseDouble(rawField(i))
    }

    /// True when every field of the current record is empty or ASCII
    /// whitespace, matching ``CSVRecord/isBlank``.
    public var isBlank: Bool {
        for i in 0..<fieldCount where !rawField(i).allSatisfy(CSVRecord.isBlankByte) {
            return false
        }
        return true
    }
}
