/// The cell styles of a submission template, by their index in `cellXfs`. Cells are
/// locked unless their style says otherwise, so only the yellow input styles unlock.
enum TemplateStyle: Int, CaseIterable {
    case plain = 0
    /// The title line.
    case title
    /// The how-to note: italic, wrapped.
    case note
    /// Field labels (header block and header row): bold on light blue.
    case label
    /// Fixed header-block values (LA code, year): bold on grey, locked.
    case fixed
    /// Theme id and title: locked text.
    case theme
    /// An input: unlocked text on yellow.
    case input
    /// The date input: unlocked, shown as `yyyy-mm-dd`, on yellow.
    case dateInput
    /// Last year's values: grey text on grey, locked.
    case lastYear
    /// Explanations beside the header block.
    case comment

    /// Fill colour (ARGB) of input cells.
    static let inputFill = "FFFFF2CC"
    /// Fill colour (ARGB) of last year's locked cells.
    static let greyFill = "FFD9D9D9"

    /// The `xl/styles.xml` part.
    static let xml: String = {
        let font = { (extra: String, size: Int) in "<font>\(extra)<sz val=\"\(size)\"/><name val=\"Calibri\"/><family val=\"2\"/></font>" }
        let fonts = [font("", 11), font("<b/>", 11), font("<b/>", 14), font("<color rgb=\"FF595959\"/>", 10), font("<i/>", 11)]
        let solid = { (rgb: String) in
            "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\(rgb)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        let fills = [
            "<fill><patternFill patternType=\"none\"/></fill>", "<fill><patternFill patternType=\"gray125\"/></fill>",
            solid(greyFill), solid("FFDDEBF7"), solid(inputFill),
        ]
        let side = { (s: String) in "<\(s) style=\"thin\"><color rgb=\"FFBFBFBF\"/></\(s)>" }
        let borders = [
            "<border><left/><right/><top/><bottom/><diagonal/></border>",
            "<border>\(side("left"))\(side("right"))\(side("top"))\(side("bottom"))<diagonal/></border>",
        ]
        // (numFmt, font, fill, border, alignment, unlocked) per style, in case order.
        let top = "<alignment vertical=\"top\" wrapText=\"1\"/>"
        let xfs: [(Int, Int, Int, Int, String, Bool)] = [
            (0, 0, 0, 0, "", false),
            (0, 2, 0, 0, "", false),
            (0, 4, 0, 0, top, false),
            (0, 1, 3, 1, top, false),
            (49, 1, 2, 1, "<alignment horizontal=\"left\" vertical=\"top\"/>", false),
            (49, 0, 0, 1, top, false),
            (49, 0, 4, 1, top, true),
            (164, 0, 4, 1, "<alignment horizontal=\"left\" vertical=\"top\"/>", true),
            (49, 3, 2, 1, top, false),
            (0, 3, 0, 0, "<alignment vertical=\"top\"/>", false),
        ]
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        x += "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        x += "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
        x += "<fonts count=\"\(fonts.count)\">" + fonts.joined() + "</fonts>"
        x += "<fills count=\"\(fills.count)\">" + fills.joined() + "</fills>"
        x += "<borders count=\"\(borders.count)\">" + borders.joined() + "</borders>"
        x += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        x += "<cellXfs count=\"\(xfs.count)\">"
        for (numFmt, font, fill, border, alignment, unlocked) in xfs {
            x += "<xf numFmtId=\"\(numFmt)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
            x += numFmt != 0 ? " applyNumberFormat=\"1\"" : ""
            x += font != 0 ? " applyFont=\"1\"" : ""
            x += fill != 0 ? " applyFill=\"1\"" : ""
            x += border != 0 ? " applyBorder=\"1\"" : ""
            x += alignment.isEmpty ? "" : " applyAlignment=\"1\""
            x += unlocked ? " applyProtection=\"1\">" : ">"
            x += alignment
            x += unlocked ? "<protection locked=\"0\"/>" : ""
            x += "</xf>"
        }
        x += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        x += "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
        return x
    }()
}
