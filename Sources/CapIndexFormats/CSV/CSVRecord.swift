/// One record of a CSV file, as produced by ``CSVReader``.
public struct CSVRecord: Sendable, Equatable {
    /// The field values, unquoted and unescaped, exactly as many as the record
    /// has (trailing empty columns included). Header text keeps its case.
    public var fields: [String]
    /// The 1-based physical line the record starts on (the header is line 1).
    public var line: Int
    /// True when every field is empty or only whitespace, e.g. an empty line or
    /// a row of delimiters only; callers skip such records.
    public var isBlank: Bool

    /// Creates a record, working out ``isBlank`` from the fields.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
        self.isBlank = fields.allSatisfy { field in field.utf8.allSatisfy(Self.isBlankByte) }
    }

    /// Creates a record with an explicit ``isBlank`` flag.
    public init(fields: [String], line: Int, isBlank: Bool) {
        self.fields = fields
        self.line = line
        self.isBlank = isBlank
    }

    /// The whitespace that ``isBlank`` ignores: ASCII space, tab, line feed,
    /// vertical tab, form feed and carriage return. Only ASCII counts, so both
    /// readers can decide it on raw bytes in either supported encoding.
    @inline(__always)
    static func isBlankByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
