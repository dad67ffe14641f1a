/// Why reports cannot be written.
public struct ReportError: Error, Equatable, CustomStringConvertible {
    /// What went wrong, by kind.
    public enum Reason: Equatable, Sendable {
        /// The report date is not a real `YYYY-MM-DD` date.
        case reportDateInvalid
        /// The settings file cannot be read or is not JSON.
        case settingsUnreadable
        /// A settings value is wrong (unknown key, colour, empty title).
        case settingsInvalid
        /// The logo file cannot be read, is too large or is not an image.
        case logoUnusable
        /// The database has no framework yet.
        case notInitialised
    }

    /// The kind of problem.
    public var reason: Reason
    /// The specific detail first, then the rule and the fix.
    public var message: String

    /// An error.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
