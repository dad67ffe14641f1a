import Foundation

/// The non-empty cells of one worksheet, by row and column.
struct XLSXSheet: Sendable {
    /// The sheet's name as the workbook gives it.
    var name: String
    /// Row number → column number → cell.
    var rows: [Int: [Int: XLSXCell]] = [:]

    /// The cell at a place, if any.
    func cell(row: Int, column: Int) -> XLSXCell? { rows[row]?[column] }

    /// Row numbers that hold a cell, in order.
    var rowNumbers: [Int] { rows.keys.sorted() }

    /// `Sheet1!C7`, or `'My sheet'!C7` when the name needs quoting as Excel does.
    func reference(row: Int, column: Int) -> String {
        let plain =
            !name.isEmpty
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." }
            && !("0"..."9").contains(name.unicodeScalars.first!)
        let sheet = plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        return sheet + "!" + CellReference(column: column, row: row).a1
    }
}

/// Streams a worksheet part into an `XLSXSheet`: `<row>`/`<c>` with or without `r`
/// references, shared strings by index, inline strings and rich-text runs (phonetic runs
/// left out), numbers, booleans, errors, ISO dates and cached formula results.
final class XLSXSheetReader: XMLPartHandler {
    /// Most cells read from one sheet; a submission has about a hundred.
    static let maxCells = 2_000_000

    private var sheet: XLSXSheet
    private let sharedStrings: [String]
    private var cells = 0
    private var inSheetData = false
    private var rowNumber = 0
    private var column = 0
    // The cell being read.
    private var cellType: String?
    private var inCell = false
    private var inValue = false
    private var inInline = false
    private var inText = false
    private var phoneticDepth = 0
    private var value = ""
    private var inline = ""

    private init(name: String, sharedStrings: [String]) {
        self.sheet = XLSXSheet(name: name)
        self.sharedStrings = sharedStrings
    }

    /// Reads the worksheet part `bytes`.
    static func read(_ bytes: [UInt8], part: String, name: String, sharedStrings: [String]) throws(XLSXError) -> XLSXSheet {
        let reader = XLSXSheetReader(name: name, sharedStrings: sharedStrings)
        try XMLPartReader.parse(bytes, part: part, handler: reader)
        return reader.sheet
    }

    func start(_ name: String, _ attributes: [String: String]) throws(XLSXError) {
        switch name {
        case "sheetData": inSheetData = true
        case "row" where inSheetData:
            if let r = attributes["r"] {
                guard let n = Int(r), (1...CellReference.maxRow).contains(n) else {
                    throw XLSXError(.malformedXML, "row number '\(r)' is not a row of a sheet")
                }
                rowNumber = n
            } else {
                rowNumber += 1
            }
            column = 0
        case "c" where inSheetData:
            if let r = attributes["r"] {
                guard let ref = CellReference(r) else { throw XLSXError(.malformedXML, "cell reference '\(r)' is not A1 style") }
                (rowNumber, column) = (ref.row, ref.column)
            } else {
                column += 1
                guard column <= CellReference.maxColumn, rowNumber >= 1 else {
                    throw XLSXError(.malformedXML, "a cell without a reference lies outside the sheet")
                }
            }
            inCell = true
            cellType = attributes["t"]
            value = ""
            inline = ""
        case "v" where inCell: inValue = true
        case "is" where inCell: inInline = true
        case "rPh" where inInline: phoneticDepth += 1
        case "t" where inInline: inText = true
        default: break
        }
    }

    func end(_ name: String) throws(XLSXError) {
        switch name {
        case "sheetData": inSheetData = false
        case "v": inValue = false
        case "is": inInline = false
        case "rPh" where phoneticDepth > 0: phoneticDepth -= 1
        case "t": inText = false
        case "c" where inCell:
            inCell = false
            if let cell = try finishCell() {
                cells += 1
                guard cells <= XLSXSheetReader.maxCells else {
                    throw XLSXError(.tooLarge, "the sheet has more than \(XLSXSheetReader.maxCells) cells")
                }
                sheet.rows[rowNumber, default: [:]][column] = cell
            }
        default: break
        }
    }

    func text(_ text: String) {
        if inValue { value += text } else if inText && phoneticDepth == 0 { inline += text }
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool { CharacterSet.whitespacesAndNewlines.contains(c) }

    private func finishCell() throws(XLSXError) -> XLSXCell? {
        // A value is nearly always a bare number or index: trim only when there is something to trim.
        let blankEnds =
            value.unicodeScalars.first.map(XLSXSheetReader.isBlank) == true
            || value.unicodeScalars.last.map(XLSXSheetReader.isBlank) == true
        let v = blankEnds ? value.trimmingCharacters(in: .whitespacesAndNewlines) : value
        switch cellType ?? "n" {
        case "inlineStr":
            return inline.isEmpty ? nil : .text(XMLText.decodeCellText(inline))
        case "s":
            guard !v.isEmpty else { return nil }
            guard let i = Int(v), sharedStrings.indices.contains(i) else {
                throw XLSXError(
                    .malformedXML,
                    "cell \(CellReference(column: column, row: rowNumber).a1) refers to shared string \(v), but the table has \(sharedStrings.count)"
                )
            }
            return .text(sharedStrings[i])
        case "b":
            guard !v.isEmpty else { return nil }
            return v == "1" || v.lowercased() == "true" ? .bool(true) : v == "0" || v.lowercased() == "false" ? .bool(false) : .text(v)
        case "e": return v.isEmpty ? nil : .error(v)
        case "d": return v.isEmpty ? nil : .isoDate(v)
        case "n":
            guard !v.isEmpty else { return nil }
            if let d = Double(v), d.isFinite { return .number(d, raw: v) }
            return .text(v)
        default:  // "str" (a formula's text result) and anything unknown: the value as text
            return value.isEmpty ? nil : .text(XMLText.decodeCellText(value))
        }
    }
}
