import Foundation

/// Assembles an .xlsx package (content types, relationships, workbook, styles, shared
/// strings, the sheets) into deterministic ZIP bytes: the main sheet first, then any
/// further sheets (the code lists an improvement template's drop-downs read).
enum XLSXPackageWriter {
    /// The workbook's bytes.
    /// - Parameters:
    ///   - sheetName: the tab name.
    ///   - sheet: the worksheet.
    ///   - styles: the `xl/styles.xml` part.
    ///   - printTitleRows: rows repeated on every printed page, e.g. `$8:$8`.
    ///   - lockStructure: stop sheets being added, removed or renamed.
    ///   - moreSheets: further sheets after the first, by tab name.
    static func workbook(
        sheetName: String, sheet: WorksheetBuilder, styles: String, printTitleRows: String? = nil,
        lockStructure: Bool = true, layout: ZipWriter.Layout = .standard, moreSheets: [(name: String, sheet: WorksheetBuilder)] = []
    ) -> [UInt8] {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships"
        let contentTypes =
            head + """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                \(moreSheets.indices.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 2).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
                </Types>
                """
        let rootRels =
            head + """
                <Relationships xmlns="\(pkgRel)">\
                <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """
        let quoted = "'" + sheetName.replacingOccurrences(of: "'", with: "''") + "'"
        var workbook = head + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><workbookPr/>"
        if lockStructure { workbook += "<workbookProtection lockStructure=\"1\"/>" }
        workbook += "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
        workbook += "<sheets><sheet name=\"\(XMLText.escape(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/>"
        for (i, more) in moreSheets.enumerated() {
            workbook += "<sheet name=\"\(XMLText.escape(more.name))\" sheetId=\"\(i + 2)\" r:id=\"rId\(i + 4)\"/>"
        }
        workbook += "</sheets>"
        if let rows = printTitleRows {
            workbook += "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
            workbook += XMLText.escape("\(quoted)!\(rows)") + "</definedName></definedNames>"
        }
        workbook += "</workbook>"
        let workbookRels =
            head + """
                <Relationships xmlns="\(pkgRel)">\
                <Relationship Id="rId1" Type="\(rel)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(rel)/styles" Target="styles.xml"/>\
                <Relationship Id="rId3" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/>\
                \(moreSheets.indices.map { "<Relationship Id=\"rId\($0 + 4)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 2).xml\"/>" }.joined())\
                </Relationships>
                """
        var strings = SharedStringTable()
        let sheetXML = sheet.xml(strings: &strings)
        let moreXML = moreSheets.enumerated().map { ("xl/worksheets/sheet\($0.offset + 2).xml", $0.element.sheet.xml(strings: &strings)) }
        var zip = ZipWriter(layout: layout)
        for (name, text) in [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRels), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRels), ("xl/styles.xml", styles),
            ("xl/sharedStrings.xml", strings.xml), ("xl/worksheets/sheet1.xml", sheetXML),
        ] + moreXML {
            zip.add(name, Array(text.utf8))
        }
        return zip.finish()
    }
}
