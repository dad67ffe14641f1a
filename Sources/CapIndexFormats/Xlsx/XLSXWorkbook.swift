import Foundation

/// An .xlsx workbook opened for reading: its worksheets in workbook order, the date
/// system and the shared strings. Parts are found through the package relationships
/// (not fixed names), so files from Excel, LibreOffice, Google Sheets and Numbers read
/// alike. Only the parts capindex needs are inflated, each when it is needed, and each
/// is checked against its CRC; the rest of the archive (images, thumbnails, other
/// sheets' drawings) is never inflated, so it can neither cost memory nor stop a
/// submission whose own parts are sound.
struct XLSXWorkbook {
    /// A worksheet and the part that holds it.
    struct Sheet: Sendable, Equatable {
        /// Name on the tab.
        var name: String
        /// Package part, e.g. `xl/worksheets/sheet1.xml`.
        var part: String
        /// False for hidden and very hidden sheets.
        var visible: Bool
    }

    /// OLE2 compound file magic: an encrypted workbook, or a pre-2007 .xls.
    static let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Worksheets in workbook order (chart and dialog sheets left out).
    let sheets: [Sheet]
    /// True when dates count from 1904-01-01 (`<workbookPr date1904="1"/>`).
    let date1904: Bool
    /// The shared string table.
    let sharedStrings: [String]
    /// The archive, whose budget counts what has been inflated.
    let zip: ZipArchive

    /// Opens a workbook from its bytes, within the submission limits.
    init(_ bytes: [UInt8]) throws(XLSXError) {
        if bytes.starts(with: XLSXWorkbook.oleMagic) {
            // Excel's password protection wraps the whole package in an OLE file with an
            // "EncryptedPackage" stream; any other OLE file is an old binary workbook.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if XLSXWorkbook.contains(bytes, marker) {
                throw XLSXError(.encrypted, "the workbook is password-protected (encrypted), so its contents cannot be read")
            }
            throw XLSXError(.notZip, "the file is an Excel 97–2003 workbook (.xls) or another OLE file, not an .xlsx workbook")
        }
        try self.init(ZipArchive(bytes))
    }

    /// Opens a workbook from an archive already read; what it inflates is counted in `zip.budget`.
    init(_ zip: ZipArchive) throws(XLSXError) {
        self.zip = zip
        let root = try XLSXWorkbook.relationships(of: "", in: zip)
        let workbookPart =
            root.first { $0.type.hasSuffix("/officeDocument") }?.target
            ?? (zip.entry(named: "xl/workbook.xml") != nil ? "xl/workbook.xml" : nil)
        guard let workbookPart, let workbookXML = try XLSXWorkbook.part(workbookPart, in: zip) else {
            throw XLSXError(.missingPart, "the archive has no workbook part: it is not an Excel workbook")
        }
        let info = WorkbookHandler()
        try XMLPartReader.parse(workbookXML, part: workbookPart, handler: info)
        self.date1904 = info.date1904
        let rels = try XLSXWorkbook.relationships(of: workbookPart, in: zip)
        var sheets: [Sheet] = []
        for s in info.sheets {
            guard let rel = rels.first(where: { $0.id == s.relID }), rel.type.hasSuffix("/worksheet") else { continue }
            guard zip.entry(named: rel.target) != nil else {
                throw XLSXError(.missingPart, "sheet '\(s.name)' points at \(rel.target), which is not in the archive")
            }
            sheets.append(Sheet(name: s.name, part: rel.target, visible: s.visible))
        }
        guard !sheets.isEmpty else { throw XLSXError(.missingPart, "the workbook has no worksheet") }
        self.sheets = sheets
        if let ss = rels.first(where: { $0.type.hasSuffix("/sharedStrings") }), let data = try XLSXWorkbook.part(ss.target, in: zip) {
            let h = SharedStringsHandler()
            try XMLPartReader.parse(data, part: ss.target, handler: h)
            self.sharedStrings = h.strings
        } else {
            self.sharedStrings = []
        }
    }

    /// Bytes inflated so far from this workbook (the parts read, nothing else).
    var inflatedBytes: Int { zip.inflatedBytes }

    /// The cells of a worksheet, inflated now and not kept.
    func read(_ sheet: Sheet) throws(XLSXError) -> XLSXSheet {
        guard let data = try XLSXWorkbook.part(sheet.part, in: zip) else { throw XLSXError(.missingPart, "\(sheet.part) is missing") }
        return try XLSXSheetReader.read(data, part: sheet.part, name: sheet.name, sharedStrings: sharedStrings)
    }

    /// The inflated bytes of a package part, or nil when the archive has no such part.
    static func part(_ name: String, in zip: ZipArchive) throws(XLSXError) -> [UInt8]? {
        guard let e = zip.entry(named: name), !e.name.hasSuffix("/") else { return nil }
        return try zip.contents(of: e)
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var i = 0
        while let j = bytes[i...].firstIndex(of: first) {
            if bytes[j...].starts(with: needle) { return true }
            i = j + 1
        }
        return false
    }

    /// One relationship of a part, its target resolved to a part name.
    struct Relationship: Equatable {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of `part` (`""` for the package), from `dir/_rels/name.rels`.
    static func relationships(of part: String, in zip: ZipArchive) throws(XLSXError) -> [Relationship] {
        let slash = part.lastIndex(of: "/")
        let dir = slash.map { String(part[...$0]) } ?? ""
        let file = slash.map { String(part[part.index(after: $0)...]) } ?? part
        let relsPart = dir + "_rels/" + file + ".rels"
        guard let data = try XLSXWorkbook.part(relsPart, in: zip) else { return [] }
        let h = RelationshipsHandler()
        try XMLPartReader.parse(data, part: relsPart, handler: h)
        return h.relationships.compactMap { r in
            guard !r.external else { return nil }
            return Relationship(id: r.id, type: r.type, target: resolve(r.target, from: dir))
        }
    }

    /// A target relative to `dir` (or absolute from the package root) as a part name.
    static func resolve(_ target: String, from dir: String) -> String {
        let t = target.replacingOccurrences(of: "\\", with: "/")
        let joined = t.hasPrefix("/") ? t : dir + t
        var out: [Substring] = []
        for seg in joined.split(separator: "/") {
            if seg == "." { continue }
            if seg == ".." { _ = out.popLast(); continue }
            out.append(seg)
        }
        return out.joined(separator: "/").removingPercentEncoding ?? out.joined(separator: "/")
    }
}

/// `<sheet>` entries and the date system of `workbook.xml`.
private final class WorkbookHandler: XMLPartHandler {
    var sheets: [(name: String, relID: String, visible: Bool)] = []
    var date1904 = false

    func start(_ name: String, _ attributes: [String: String]) throws(XLSXError) {
        switch name {
        case "workbookPr":
            if let v = attributes["date1904"]?.lowercased() { date1904 = v == "1" || v == "true" }
        case "sheet":
            guard let n = attributes["name"], let id = attributes["id"] else {
                throw XLSXError(.malformedXML, "a <sheet> has no name or relationship id")
            }
            sheets.append((n, id, (attributes["state"] ?? "visible") == "visible"))
        default: break
        }
    }

    func end(_ name: String) throws(XLSXError) {}
    func text(_ text: String) {}
}

/// `<Relationship>` entries of a .rels part.
private final class RelationshipsHandler: XMLPartHandler {
    var relationships: [(id: String, type: String, target: String, external: Bool)] = []

    func start(_ name: String, _ attributes: [String: String]) throws(XLSXError) {
        guard name == "Relationship" else { return }
        guard let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else {
            throw XLSXError(.malformedXML, "a <Relationship> lacks Id, Type or Target")
        }
        relationships.append((id, type, target, attributes["TargetMode"] == "External"))
    }

    func end(_ name: String) throws(XLSXError) {}
    func text(_ text: String) {}
}

/// The shared string table: each `<si>`'s text, rich-text runs joined, phonetic runs left out.
private final class SharedStringsHandler: XMLPartHandler {
    static let maxStrings = 2_000_000
    var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    func start(_ name: String, _ attributes: [String: String]) throws(XLSXError) {
        switch name {
        case "si":
            inItem = true
            current = ""
        case "rPh": phoneticDepth += 1
        case "t" where inItem: inText = true
        default: break
        }
    }

    func end(_ name: String) throws(XLSXError) {
        switch name {
        case "si" where inItem:
            inItem = false
            strings.append(XMLText.decodeCellText(current))
            guard strings.count <= SharedStringsHandler.maxStrings else {
                throw XLSXError(.tooLarge, "the shared string table has more than \(SharedStringsHandler.maxStrings) strings")
            }
        case "rPh" where phoneticDepth > 0: phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inText && phoneticDepth == 0 { current += text }
    }
}
