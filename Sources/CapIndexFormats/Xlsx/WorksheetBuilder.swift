/// Builds one worksheet's SpreadsheetML: cells with styles, column widths, row heights,
/// merged ranges, a frozen header, protection and data validations, each element in the
/// order the schema requires (Excel "repairs" a file that breaks it).
struct WorksheetBuilder {
    /// A value to write.
    enum Value: Equatable {
        case text(String)
        case number(Int)
    }

    /// A data validation rule over a range.
    struct Validation: Equatable {
        /// `list`, `textLength`, `date`, `whole`, ….
        var type: String
        /// `between`, `lessThanOrEqual`, … (nil for lists).
        var op: String? = nil
        /// First formula: the quoted list, or a bound.
        var formula1: String
        /// Second bound for `between`.
        var formula2: String? = nil
        /// The cells it covers, e.g. `C9:C20`.
        var range: String
        /// Title of the input message (at most 32 characters).
        var promptTitle: String
        /// The input message shown when the cell is selected (at most 255 characters).
        var prompt: String
        /// The error message when a value is refused (at most 255 characters).
        var error: String
    }

    private var cells: [Int: [Int: (value: Value?, style: Int)]] = [:]
    /// Column widths in characters, by column number.
    var columnWidths: [Int: Double] = [:]
    /// Row heights in points, by row number.
    var rowHeights: [Int: Double] = [:]
    /// Merged ranges such as `A2:P2`.
    var merges: [String] = []
    /// Data validations.
    var validations: [Validation] = []
    /// Rows frozen at the top.
    var frozenRows = 0
    /// Protect the sheet (no password): only unlocked cells can change.
    var protected = false
    /// Print in landscape, one page wide.
    var landscape = false
    /// The sheet shown when the workbook opens (the first; a workbook's other sheets are not).
    var tabSelected = true

    /// Sets a cell (a nil value writes a styled empty cell).
    mutating func set(row: Int, column: Int, _ value: Value?, style: Int) {
        cells[row, default: [:]][column] = (value, style)
    }

    /// The worksheet part, adding its strings to `strings`.
    func xml(strings: inout SharedStringTable) -> String {
        let ns =
            "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet \(ns)>"
        if landscape { x += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        let lastRow = cells.keys.max() ?? 1
        let lastCol = cells.values.flatMap(\.keys).max() ?? 1
        x += "<dimension ref=\"A1:\(CellReference(column: lastCol, row: lastRow).a1)\"/>"
        x += "<sheetViews><sheetView\(tabSelected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\">"
        if frozenRows > 0 {
            let top = CellReference(column: 1, row: frozenRows + 1).a1
            x += "<pane ySplit=\"\(frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            x += "<selection pane=\"bottomLeft\" activeCell=\"C\(frozenRows + 1)\" sqref=\"C\(frozenRows + 1)\"/>"
        }
        x += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !columnWidths.isEmpty {
            x += "<cols>"
            for (c, w) in columnWidths.sorted(by: { $0.key < $1.key }) {
                x += "<col min=\"\(c)\" max=\"\(c)\" width=\"\(w)\" customWidth=\"1\"/>"
            }
            x += "</cols>"
        }
        x += "<sheetData>"
        for r in Set(cells.keys).union(rowHeights.keys).sorted() {
            x += "<row r=\"\(r)\""
            if let h = rowHeights[r] { x += " ht=\"\(h)\" customHeight=\"1\"" }
            x += ">"
            for (c, cell) in (cells[r] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let ref = CellReference(column: c, row: r).a1
                let style = cell.style == 0 ? "" : " s=\"\(cell.style)\""
                switch cell.value {
                case .text(let s)?: x += "<c r=\"\(ref)\"\(style) t=\"s\"><v>\(strings.index(s))</v></c>"
                case .number(let n)?: x += "<c r=\"\(ref)\"\(style)><v>\(n)</v></c>"
                case nil: x += "<c r=\"\(ref)\"\(style)/>"
                }
            }
            x += "</row>"
        }
        x += "</sheetData>"
        if protected {
            // No password: the LA can see why a cell is locked, and nothing is hidden from them.
            x += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>"
        }
        if !merges.isEmpty {
            x += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        if !validations.isEmpty {
            x += "<dataValidations count=\"\(validations.count)\">"
            for v in validations {
                x += "<dataValidation type=\"\(v.type)\"" + (v.op.map { " operator=\"\($0)\"" } ?? "")
                x += " allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
                x += " errorTitle=\"\(XMLText.escape(v.promptTitle))\" error=\"\(XMLText.escape(v.error))\""
                x += " promptTitle=\"\(XMLText.escape(v.promptTitle))\" prompt=\"\(XMLText.escape(v.prompt))\" sqref=\"\(v.range)\">"
                x += "<formula1>\(XMLText.escape(v.formula1))</formula1>"
                if let f2 = v.formula2 { x += "<formula2>\(XMLText.escape(f2))</formula2>" }
                x += "</dataValidation>"
            }
            x += "</dataValidations>"
        }
        x += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        if landscape { x += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>" }
        return x + "</worksheet>"
    }
}

/// The shared string table of a workbook being written, in first-use order.
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var index: [String: Int] = [:]
    private var uses = 0

    /// The index of `s`, adding it when new.
    mutating func index(_ s: String) -> Int {
        uses += 1
        if let i = index[s] { return i }
        strings.append(s)
        index[s] = strings.count - 1
        return strings.count - 1
    }

    /// The `xl/sharedStrings.xml` part.
    var xml: String {
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        x += "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for s in strings {
            let keep = s.first?.isWhitespace == true || s.last?.isWhitespace == true || s.contains("\n")
            x += "<si><t\(keep ? " xml:space=\"preserve\"" : "")>\(XMLText.escapeCellText(s))</t></si>"
        }
        return x + "</sst>"
    }
}
