/// Malformed CSV (the caller reports E213).
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong with the record.
    public enum Reason: String, Sendable {
        /// A quoted field is still open at the end of the file.
        case unterminatedQuote
        /// A closing quote is followed by something other than a delimiter or
        /// a line end, as in `"abc"x,`.
        case textAfterClosingQuote
    }

    /// What is wrong.
    public var reason: Reason
    /// The physical line the offending record starts on.
    public var recordLine: Int
    /// The physical line of the problem: where the unterminated quoted field
    /// opened, or where the stray text after a closing quote is.
    public var line: Int

    /// Creates a CSV error.
    public init(reason: Reason, recordLine: Int, line: Int) {
        self.reason = reason
        self.recordLine = recordLine
        self.line = line
    }

    /// A human-readable explanation with both line numbers.
    public var description: String {
        switch reason {
        case .unterminatedQuote:
            return "malformed CSV: quoted field opened on line \(line) is never closed "
                + "(record starting on line \(recordLine))"
        case .textAfterClosingQuote:
            return "malformed CSV: text after a closing quote on line \(line) "
                + "(record starting on line \(recordLine))"
        }
    }
}
