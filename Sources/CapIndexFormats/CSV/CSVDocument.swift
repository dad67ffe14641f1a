/// A whole CSV file read into memory by ``CSVReader/read(fileBytes:delimiter:)``.
public struct CSVDocument: Sendable, Equatable {
    /// Every record in file order, blank ones included (see ``CSVRecord/isBlank``).
    public var records: [CSVRecord]
    /// The encoding the file was recognised as; `.windows1252` warrants W001.
    public var encoding: SourceEncoding
    /// The delimiter that was given or detected from the header.
    public var delimiter: CSVDelimiter

    /// Creates a document.
    public init(records: [CSVRecord], encoding: SourceEncoding, delimiter: CSVDelimiter) {
        self.records = records
        self.encoding = encoding
        self.delimiter = delimiter
    }
}
