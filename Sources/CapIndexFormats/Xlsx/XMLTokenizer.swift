/// A small XML 1.0 reader for the parts of a workbook, in one pass over bytes already
/// checked to be UTF-8 without a DOCTYPE (`XMLPartReader.check`). It sends elements
/// (local names, attributes by local name, `xmlns` declarations left out), text with
/// references decoded and lines normalised, and CDATA as text. It refuses what libxml2
/// counts as a fatal well-formedness error: unmatched tags, unquoted or repeated
/// attributes, undefined entities, characters XML forbids, text outside the root,
/// nesting deeper than 256. Like libxml2 it lets namespace faults pass (an undeclared
/// prefix is only dropped, as every prefix is). Comments and processing instructions are
/// skipped.
///
/// Foundation's `XMLParser` did this before, at ~470 instructions a byte with capindex's
/// handlers (190 now) and in libxml2's recover mode, so a truncated or broken part could
/// read as a shorter one; this refuses it.
struct XMLTokenizer {
    /// libxml2's default depth limit, kept so both refuse the same files.
    static let maxDepth = 256

    // Internal, not private, for the lexical half in XMLTokenizer+Lexical.swift.
    /// The part's bytes, and the offset being read.
    let b: [UInt8]
    var i = 0
    let handler: XMLPartHandler
    /// Open elements: where the qualified name lies in `b`, and the local name sent.
    var open: [(start: Int, end: Int, local: String)] = []
    /// Text decoded since the last markup, sent as one string.
    var text: [UInt8] = []

    private init(_ bytes: [UInt8], _ handler: XMLPartHandler) {
        self.b = bytes
        self.handler = handler
        text.reserveCapacity(4096)
    }

    /// Reads `bytes`, sending events to `handler`; throws at the first fault.
    static func run(_ bytes: [UInt8], handler: XMLPartHandler) throws(XLSXError) {
        var t = XMLTokenizer(bytes, handler)
        try t.document()
    }

    // MARK: Document

    private mutating func document() throws(XLSXError) {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        if starts("<?xml"), i + 5 < b.count, isSpace(b[i + 5]) { try declaration() }
        try misc()
        guard i < b.count else { throw fault("the part has no root element") }
        guard b[i] == UInt8(ascii: "<"), i + 1 < b.count, ![UInt8(ascii: "/"), UInt8(ascii: "!")].contains(b[i + 1]) else {
            throw fault("text or markup before the root element")
        }
        try content()
        try misc()
        if i < b.count { throw fault("extra content after the root element") }
    }

    /// `<?xml version="1.x" encoding="…" standalone="yes|no"?>`, in that order.
    private mutating func declaration() throws(XLSXError) {
        i += 5
        var names: [String] = []
        while true {
            let spaced = skipSpace()
            if starts("?>") { i += 2; break }
            guard spaced else { throw fault("the XML declaration is malformed") }
            let (s, e, _, value) = try attribute()
            let n = String(decoding: b[s..<e], as: UTF8.self)
            names.append(n)
            let ok =
                switch n {
                case "version": value.hasPrefix("1.") && value.utf8.dropFirst(2).allSatisfy { (48...57).contains($0) }
                case "standalone": value == "yes" || value == "no"
                default: true
                }
            guard ok else { throw fault("the XML declaration's \(n) is malformed") }
        }
        let allowed: [[String]] = [
            ["version"], ["version", "encoding"], ["version", "standalone"], ["version", "encoding", "standalone"],
        ]
        guard allowed.contains(names) else { throw fault("the XML declaration is malformed") }
    }

    /// White space, comments and processing instructions outside the root element.
    private mutating func misc() throws(XLSXError) {
        while true {
            skipSpace()
            if starts("<!--") {
                try comment()
            } else if starts("<?") {
                try instruction()
            } else {
                return
            }
        }
    }

    // MARK: Elements

    /// The root element and everything in it, without recursion.
    private mutating func content() throws(XLSXError) {
        repeat {
            guard i < b.count else {
                throw fault("the part ends inside <\(open.last.map { String(decoding: b[$0.start..<$0.end], as: UTF8.self) } ?? "")>")
            }
            switch b[i] {
            case UInt8(ascii: "<"):
                try flushText()
                guard i + 1 < b.count else { throw fault("the part ends inside a tag") }
                switch b[i + 1] {
                case UInt8(ascii: "/"): try endTag()
                case UInt8(ascii: "?"): try instruction()
                case UInt8(ascii: "!"):
                    if starts("<!--") {
                        try comment()
                    } else if starts("<![CDATA[") {
                        try cdata()
                    } else {
                        throw fault("'<!' starts neither a comment nor CDATA")
                    }
                default: try startTag()
                }
            case UInt8(ascii: "&"):
                let scalar = try reference(limit: b.count)
                XMLTokenizer.append(scalar, to: &text)
            default:
                try textRun()
            }
        } while !open.isEmpty
    }

    private mutating func startTag() throws(XLSXError) {
        i += 1
        let (qs, qe, local) = try name()
        var attributes: [String: String] = [:]
        var seen: [(Int, Int)] = []
        var selfClosing = false
        while true {
            let spaced = skipSpace()
            guard i < b.count else { throw fault("the part ends inside a tag") }
            if b[i] == UInt8(ascii: ">") { i += 1; break }
            if b[i] == UInt8(ascii: "/") {
                guard i + 1 < b.count, b[i + 1] == UInt8(ascii: ">") else { throw fault("'/' inside a tag") }
                i += 2
                selfClosing = true
                break
            }
            guard spaced else { throw fault("attributes must be separated by white space") }
            let (s, e, l, value) = try attribute()
            if seen.contains(where: { b[$0.0..<$0.1].elementsEqual(b[s..<e]) }) { throw fault("an attribute is repeated") }
            seen.append((s, e))
            // Namespace declarations are not attributes (as with XMLParser's namespace processing).
            if b[s..<e].starts(with: "xmlns".utf8), e - s == 5 || b[s + 5] == UInt8(ascii: ":") { continue }
            attributes[String(decoding: b[l..<e], as: UTF8.self)] = value
        }
        let name = String(decoding: b[local..<qe], as: UTF8.self)
        try handler.start(name, attributes)
        if selfClosing {
            try handler.end(name)
        } else {
            open.append((qs, qe, name))
            guard open.count <= XMLTokenizer.maxDepth else { throw fault("elements are nested more than \(XMLTokenizer.maxDepth) deep") }
        }
    }

    private mutating func endTag() throws(XLSXError) {
        i += 2
        let (s, e, _) = try name()
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: ">") else { throw fault("an end tag is not closed with '>'") }
        guard let top = open.last else { throw fault("an end tag closes nothing") }
        guard b[top.start..<top.end].elementsEqual(b[s..<e]) else {
            throw fault(
                "the end tag </\(String(decoding: b[s..<e], as: UTF8.self))> does not close "
                    + "<\(String(decoding: b[top.start..<top.end], as: UTF8.self))>")
        }
        i += 1
        open.removeLast()
        try handler.end(top.local)
    }
}
