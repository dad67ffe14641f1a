/// Reads a big CSV file record by record in fixed-size chunks, without
/// creating a String per field.
///
/// It yields exactly the records ``CSVReader`` would (same quoting rules, same
/// line numbers, same errors) while holding only one chunk plus the current
/// record in memory. Call ``next()`` until it returns false and read the
/// current record with the accessors in `CSVStreamReader+Fields.swift`; their
/// results are valid until the following ``next()``.
///
/// ```swift
/// let reader = try CSVStreamReader(path: path, encoding: try TextDecoding.detectEncoding(atPath: path))
/// while try reader.next() {
///     if reader.isBlank { continue }
///     let value = reader.parseDouble(3)
/// }
/// ```
///
/// The bytes are not validated here: run ``TextDecoding/detectEncoding(atPath:chunkSize:)``
/// first and pass its result, as NUL bytes and invalid text are only caught there.
public final class CSVStreamReader {
    /// How field bytes are turned into text: Windows-1252 is transcoded to
    /// UTF-8 field by field; the UTF-8 cases are used as they are.
    public let encoding: SourceEncoding
    /// The delimiter that was given or detected from the header.
    public private(set) var delimiter: CSVDelimiter
    /// The 1-based physical line the current record starts on (0 before the first record).
    public private(set) var line = 0
    /// The number of fields in the current record (0 before the first record), at most ``maxFields``.
    public private(set) var fieldCount = 0
    /// Fields of the current record past ``maxFields``: counted, not kept.
    public private(set) var droppedFields = 0
    /// Most fields kept of one record: Excel's 16,384 columns. A record of ten million
    /// delimiters costs the same memory as one of 16,384.
    public static let maxFields = 16_384

    private var source: CSVChunkSource
    private let chunkSize: Int
    /// Holds the unconsumed input: `[start, end)` is read but not yet returned.
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var nextLine = 1
    /// Field `i` of the current record is `buffer[bounds[2i] ..< bounds[2i+1]]`.
    private(set) var bounds: UnsafeMutablePointer<Int>
    private var boundsCapacity = 64
    /// Fields whose doubled quotes still need collapsing once the record is complete.
    private var escapedFields: [Int] = []

    /// Opens the file at `path`. `chunkSize` is the most read per `read(2)`;
    /// tests make it tiny to push records across chunk boundaries.
    ///
    /// - Throws: ``CSVFileError`` if the file cannot be opened or read.
    public convenience init(
        path: String, encoding: SourceEncoding = .utf8,
        delimiter: CSVDelimiter? = nil, chunkSize: Int = 1 << 20
    ) throws {
        try self.init(
            source: CSVChunkSource(path: path, maxRead: chunkSize),
            encoding: encoding, delimiter: delimiter, chunkSize: chunkSize)
    }

    /// Streams over bytes already in memory, chunked as if read from a file. With
    /// `skippingBOM` false a leading byte-order mark is data (the text was decoded already).
    public convenience init(
        bytes: [UInt8], encoding: SourceEncoding = .utf8,
        delimiter: CSVDelimiter? = nil, chunkSize: Int = 1 << 20, skippingBOM: Bool = true
    ) throws {
        try self.init(
            source: CSVChunkSource(bytes: bytes, maxRead: chunkSize),
            encoding: encoding, delimiter: delimiter, chunkSize: chunkSize, skippingBOM: skippingBOM)
    }

    private init(
        source: CSVChunkSource, encoding: SourceEncoding,
        delimiter: CSVDelimiter?, chunkSize: Int, skippingBOM: Bool = true
    ) throws {
        self.source = source
        self.encoding = encoding
        self.chunkSize = max(1, chunkSize)
        capacity = max(2 * self.chunkSize, 64)
        buffer = .allocate(capacity: capacity)
        bounds = .allocate(capacity: 2 * boundsCapacity)
        // The class must be fully initialised before it can read, so the
        // delimiter is decided with a placeholder and then fixed below.
        self.delimiter = delimiter ?? .comma
        if encoding != .windows1252 && skippingBOM {
            while end - start < 3 && !atEOF { try refill() }
            if end - start >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { start = 3 }
        }
        if delimiter == nil {
            while true {
                let header = UnsafeBufferPointer(start: buffer + start, count: end - start)
                if let found = CSVDelimiter.detect(in: header, isComplete: atEOF) {
                    self.delimiter = found
                    break
                }
                try refill()
            }
        }
    }

    deinit {
        source.close()
        buffer.deallocate()
        bounds.deallocate()
    }

    /// Closes the file early; ``next()`` then returns false.
    public func close() {
        source.close()
        start = end
        atEOF = true
    }

    /// Moves to the next record. Returns false at the end of the input.
    ///
    /// - Throws: ``CSVError`` for malformed CSV, ``CSVFileError`` if reading fails.
    public func next() throws -> Bool {
        while true {
            if start == end {
                if atEOF {
                    fieldCount = 0
                    droppedFields = 0
                    return false
                }
                try refill()
                continue
            }
            if try scanRecord() { return true }
            // The record runs past the buffered bytes: read more and rescan it
            // from its start. Only the record straddling a chunk boundary pays.
            try refill()
        }
    }

    /// Whether any of the eight bytes of `word` is `a`, `b` or `c`.
    @inline(__always)
    private static func holds(_ a: UInt8, _ b: UInt8, _ c: UInt8, in word: UInt64) -> Bool {
        ByteLanes.has(a, in: word) || ByteLanes.has(b, in: word) || ByteLanes.has(c, in: word)
    }

    /// Parses one record starting at `start`. Returns false, leaving all state
    /// untouched, when the record is not complete in the buffer yet.
    ///
    /// Hot loop: everything it touches lives in locals, because stored
    /// properties of a class pay for exclusivity checks on every access.
    private func scanRecord() throws(CSVError) -> Bool {
        let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let d = delimiter.rawValue
        let base = buffer
        let limit = base + end
        let eof = atEOF
        let recordLine = nextLine
        var p = base + start
        var fields = bounds
        var count = 0
        var dropped = 0  // fields past maxFields: each overwrites the spare slot after the last kept one
        let cap = Self.maxFields
        var breaks = 0  // line breaks inside quoted fields so far
        escapedFields.removeAll(keepingCapacity: true)

        while true {
            if count == boundsCapacity {
                growBounds()
                fields = bounds
            }
            var next: UInt8
            if p < limit && p.pointee == quote {
                let quoteLine = recordLine + breaks
                p += 1
                let contentStart = p
                while true {
                    // Eight bytes at a time past text with no quote and no line break (a
                    // narrative is most of a file's bytes), then byte by byte.
                    while limit - p >= 8 && !Self.holds(quote, cr, lf, in: ByteLanes.load(p)) {
                        p += 8
                    }
                    while p < limit {
                        let byte = p.pointee
                        if byte == quote || byte == cr || byte == lf { break }
                        p += 1
                    }
                    guard p < limit else {
                        if eof { throw CSVError(reason: .unterminatedQuote, recordLine: recordLine, line: quoteLine) }
                        return false
                    }
                    let byte = p.pointee
                    if byte == quote {
                        // A quote that is the last buffered byte is taken as closing;
                        // the check after the field then asks for more input and the
                        // record is rescanned, so a doubled quote is never split.
                        if p + 1 < limit && p[1] == quote {
                            if escapedFields.last != count { escapedFields.append(count) }
                            p += 2
                            continue
                        }
                        break
                    }
                    breaks += 1
                    // A CR at the buffer's end may be half of a CRLF; if so the
                    // record is incomplete anyway and gets rescanned whole.
                    p += (byte == cr && p + 1 < limit && p[1] == lf) ? 2 : 1
                }
                fields[2 * count] = contentStart - base
                fields[2 * count + 1] = p - base
                if count < cap { count += 1 } else { dropped += 1 }
                p += 1
                if p == limit {
                    if eof { break }
                    return false
                }
                next = p.pointee
                if next != d && next != cr && next != lf {
                    throw CSVError(reason: .textAfterClosingQuote, recordLine: recordLine, line: recordLine + breaks)
                }
            } else {
                let fieldStart = p
                while limit - p >= 8 && !Self.holds(d, cr, lf, in: ByteLanes.load(p)) {
                    p += 8
                }
                while p < limit {
                    let byte = p.pointee
                    if byte == d || byte == cr || byte == lf { break }
                    p += 1
                }
                fields[2 * count] = fieldStart - base
                fields[2 * count + 1] = p - base
                if count < cap { count += 1 } else { dropped += 1 }
                if p == limit {
                    if eof { break }
                    return false
                }
                next = p.pointee
            }
            if next == d {
                p += 1
                continue
            }
            // Line end; a CR at the buffer's end needs the next byte to tell CRLF from CR.
            if next == cr {
                if p + 1 == limit && !eof { return false }
                p += (p + 1 < limit && p[1] == lf) ? 2 : 1
            } else {
                p += 1
            }
            breaks += 1
            break
        }

        start = p - base
        nextLine = recordLine + breaks
        line = recordLine
        fieldCount = count
        droppedFields = dropped
        for index in escapedFields where index < count { collapseDoubledQuotes(field: index) }
        return true
    }

    /// Rewrites `""` as `"` in place; safe because the record is complete and
    /// its bytes will not be scanned again.
    private func collapseDoubledQuotes(field index: Int) {
        var read = bounds[2 * index]
        let stop = bounds[2 * index + 1]
        var write = read
        while read < stop {
            let byte = buffer[read]
            buffer[write] = byte
            write += 1
            read += byte == UInt8(ascii: "\"") ? 2 : 1
        }
        bounds[2 * index + 1] = write
    }

    /// Moves the unconsumed tail to the front, grows the buffer if a single
    /// record fills it, and appends at least one chunk.
    ///
    /// An incomplete record is rescanned from its start after every refill.
    /// Once it is large (only malformed files get there: Excel cells hold at
    /// most 32,767 characters), as much again as is pending is read, so the
    /// rescans add up to a small multiple of the record instead of growing
    /// quadratically.
    private func refill() throws(CSVFileError) {
        let pending = end - start
        if start > 0 {
            if pending > 0 { buffer.update(from: buffer + start, count: pending) }
            end = pending
            start = 0
        }
        let wanted = pending >= Self.largeRecord ? max(chunkSize, pending) : chunkSize
        if capacity - end < wanted {
            var larger = capacity * 2
            while larger - end < wanted { larger *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity = larger
        }
        var added = 0
        while added < wanted {
            let n = try source.read(into: buffer + end, count: capacity - end)
            if n == 0 {
                atEOF = true
                break
            }
            end += n
            added += n
        }
    }

    /// Pending bytes from which ``refill()`` reads geometrically.
    private static let largeRecord = 1 << 16

    private func growBounds() {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: 4 * boundsCapacity)
        larger.update(from: bounds, count: 2 * boundsCapacity)
        bounds.deallocate()
        bounds = larger
        boundsCapacity *= 2
    }
}
