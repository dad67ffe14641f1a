import CapIndexDomain
import Foundation

/// Turns the bytes of one submission file into raw rows, whatever its format: a workbook
/// (a ZIP under any name, or an OLE file that is an encrypted workbook or an old `.xls`),
/// JSON (by name, or by a first `{` or `[` in a file not named `.csv`), else CSV.
public enum SubmissionFileReader {
    /// Most theme rows read from one file: 200,000, eleven times the whole national set of
    /// ten years (18,264 rows). The file's size limit alone would let a file of tiny rows
    /// hold two million of them, and each row costs far more held than read.
    public static let maxRows = 200_000

    /// The E223 for a file with more than ``maxRows`` rows.
    static func tooManyRows(_ name: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .e223,
            "more than \(ZipLimits.grouped(maxRows)) rows: a submission file holds 12 rows per LA and year "
                + "(the whole national set of ten years is 18,264); it was not read further",
            hint: FileLimit.submission.hint, at: location)
    }

    /// Parses a file by its format: `.json` and `.xlsx` by name, else by a look at the bytes.
    public static func read(_ bytes: [UInt8], name: String) -> RawFile {
        let ext = FileNameParts.lowercasedExtension(name)
        // A ZIP (an .xlsx under any name) or an OLE file (an encrypted workbook, an old .xls).
        if ext == "xlsx" || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: XLSXWorkbook.oleMagic) {
            return XLSXSubmissionReader.read(bytes, name: name)
        }
        let firstByte = bytes.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        ).first
        if ext == "json" || (ext != "csv" && (firstByte == UInt8(ascii: "{") || firstByte == UInt8(ascii: "["))) {
            if let d = try? TextDecoding.decode(bytes), d.encoding != .windows1252 {
                return JSONSubmissionReader.read(d.bytes, name: name)
            }
            var f = RawFile(name: name, format: .json, rows: [], notices: [], fileError: nil)
            f.fileError = Diagnostic(.e216, "not a UTF-8 text file", hint: "save JSON as UTF-8", at: SourceLocation(file: name))
            return f
        }
        return CSVSubmissionReader.read(bytes, name: name)
    }
}
