import CapIndexDomain

/// Why a workbook cannot be read at all: the file becomes one file-level E218 or E219.
public struct XLSXError: Error, Equatable, CustomStringConvertible {
    /// What kind of damage.
    public enum Reason: String, Sendable, Equatable {
        /// The bytes are not a ZIP archive (nor an OLE file).
        case notZip
        /// The archive ends early or its directory points outside the file.
        case truncated
        /// An entry's CRC-32 does not match its data.
        case badCRC
        /// An entry's compressed data is damaged or does not match its declared size.
        case damaged
        /// A compression method or feature other than stored/deflate, or ZIP encryption.
        case unsupported
        /// The file, or one part of it, is too large to be a submission (a guard against ZIP bombs).
        case tooLarge
        /// The parts read inflate to more than a workbook may hold in all.
        case totalTooLarge
        /// The ZIP directory declares more entries than a workbook has.
        case tooManyEntries
        /// Two entries claim the same bytes of the file: a ZIP bomb, or a damaged file.
        case overlappingEntries
        /// A part is not well-formed UTF-8 XML, or says something impossible.
        case malformedXML
        /// A required part (workbook, worksheet) is missing.
        case missingPart
        /// A password-protected workbook (an OLE2 file holding an EncryptedPackage).
        case encrypted
    }

    /// What kind of damage.
    public var reason: Reason
    /// The specific detail, for the diagnostic.
    public var message: String
    /// The package part concerned (`xl/worksheets/sheet1.xml`), when there is one.
    public var part: String?
    /// The fix, when it is not the usual one for the code (a workbook over a limit).
    public var hint: String?

    /// An error of `reason` with the detail `message`.
    public init(_ reason: Reason, _ message: String, part: String? = nil, hint: String? = nil) {
        self.reason = reason
        self.message = message
        self.part = part
        self.hint = hint
    }

    /// E219 for an encrypted workbook, E218 for everything else.
    public var code: DiagnosticCode { reason == .encrypted ? .e219 : .e218 }

    /// The part, if any, then the detail.
    public var description: String { (part.map { "\($0): " } ?? "") + message }
}
