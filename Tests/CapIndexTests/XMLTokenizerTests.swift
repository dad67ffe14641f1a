import Foundation
import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats

/// The hand-written XML reader that replaced Foundation's `XMLParser` (issue 17): what
/// workbook parts hold reads the same, what is not well-formed is refused with its place,
/// and on thousands of seeded mutants of real parts it agrees with libxml2 (through
/// `XMLParser`, kept here as the reference) on what is well-formed and on every event.
@Suite struct XMLTokenizerTests {
    /// Events as one string each, adjacent text joined, so two readers can be compared.
    final class Recorder: XMLPartHandler {
        var events: [String] = []
        private var pending: String?

        func start(_ name: String, _ attributes: [String: String]) throws(XLSXError) {
            flush()
            events.append(
                "<\(name)" + attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value.debugDescription)" }.joined() + ">")
        }

        func end(_ name: String) throws(XLSXError) {
            flush()
            events.append("</\(name)>")
        }

        func text(_ text: String) { pending = (pending ?? "") + text }

        func flush() {
            if let p = pending, !p.isEmpty { events.append("text " + p.debugDescription) }
            pending = nil
        }
    }

    /// The events of `xml`, or the error.
    static func events(_ xml: [UInt8]) -> Result<[String], XLSXError> {
        let r = Recorder()
        do {
            try XMLPartReader.parse(xml, part: "p.xml", handler: r)
            r.flush()
            return .success(r.events)
        } catch { return .failure(error) }
    }

    static func events(_ xml: String) -> Result<[String], XLSXError> { events(Array(xml.utf8)) }

    @Test func whatWorkbookPartsHoldReadsAsWritten() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
            <!-- Excel writes none, others do --><?mso-application progid="Excel.Sheet"?>
            <x:sst xmlns:x="urn:main" xmlns:r="urn:rel"><x:si><x:t xml:space="preserve"> a &amp; b &lt;&gt; &quot;&apos; </x:t></x:si>\
            <x:si><x:r><x:rPr><x:b/></x:rPr><x:t>Go</x:t></x:r><x:r><x:t>od</x:t></x:r></x:si>\
            <x:si><x:t><![CDATA[<raw> & ]]>&#65;&#x1F642;&#10;line\r\nend\rcr</x:t></x:si>\
            <x:c r:id="rId1" a='tab\there&#9;kept' b="x&#13;y"/></x:sst>
            """
        let events = try Self.events(xml).get()
        #expect(
            events == [
                "<sst>", "<si>", "<t space=\"preserve\">", "text \" a & b <> \\\"\\\' \"", "</t>", "</si>",
                "<si>", "<r>", "<rPr>", "<b>", "</b>", "</rPr>", "<t>", "text \"Go\"", "</t>", "</r>", "<r>", "<t>", "text \"od\"", "</t>",
                "</r>", "</si>",
                "<si>", "<t>", "text \"<raw> & A🙂\\nline\\nend\\ncr\"", "</t>", "</si>",
                "<c a=\"tab here\\tkept\" b=\"x\\ry\" id=\"rId1\">", "</c>", "</sst>",
            ])
    }

    @Test(arguments: [
        ("<a><b></a>", "line 1, column 10: the end tag </a> does not close <b>"),
        ("<a>\n  <b x=1/></a>", "line 2, column 8: an attribute value is not quoted"),
        ("<a x=\"1\" x=\"2\"/>", "an attribute is repeated"),
        ("<a x=\"1\"y=\"2\"/>", "attributes must be separated by white space"),
        ("<a>&nbsp;</a>", "the entity &nbsp; is not defined"),
        ("<a>&#0;</a>", "&#0; is not a character XML allows"),
        ("<a>&#xD800;</a>", "&#xD800; is not a character XML allows"),
        ("<a>&#x110000;</a>", "is not a character"),
        ("<a>AT&T</a>", "'&' does not start a reference"),
        ("<a>\u{01}</a>", "character U+1 is not allowed in XML"),
        ("<a>\u{FFFE}</a>", "character U+FFFE is not allowed in XML"),
        ("<a>]]></a>", "']]>' in text"),
        ("<a x=\"<\"/>", "'<' in an attribute value"),
        ("<1a/>", "a name was expected"),
        ("<a/><b/>", "extra content after the root element"),
        ("text<a/>", "text or markup before the root element"),
        ("", "the part has no root element"),
        ("<a><!-- x -- y --></a>", "'--' inside a comment"),
        ("<a><?xml version=\"1.0\"?></a>", "an XML declaration is allowed only at the start"),
        ("<?xml version=\"2.0\"?><a/>", "the XML declaration's version is malformed"),
        ("<?xml encoding=\"UTF-8\"?><a/>", "the XML declaration is malformed"),
        ("<a><![CDATA[x</a>", "a CDATA section is not closed"),
        ("<a>", "the part ends inside <a>"),
        ("<a", "the part ends inside a tag"),
        ("</a>", "text or markup before the root element"),
    ])
    func notWellFormedIsRefusedWithItsPlace(_ xml: String, _ says: String) {
        guard case .failure(let e) = Self.events(xml) else {
            Issue.record("read: \(xml)")
            return
        }
        #expect(e.reason == .malformedXML)
        #expect(e.part == "p.xml")
        #expect(e.message.hasPrefix("not well-formed XML at line "), "\(e.message)")
        #expect(e.message.contains(says), "\(e.message)")
    }

    @Test func namespaceFaultsPassAsLibxml2LetsThem() throws {
        #expect(try Self.events("<x:a y:b='1' xmlns:p=''><c:d:e/></x:a>").get() == ["<a b=\"1\">", "<e>", "</e>", "</a>"])
    }

    @Test func instructionsNamedLikeXMLAreOnlySkipped() throws {
        // libxml2 only warns about a target that merely starts with "xml".
        #expect(try Self.events("<a><?xmlfoo x?><?mso-application a?>b</a>").get() == ["<a>", "text \"b\"", "</a>"])
    }

    @Test func nestingIsLimitedAsLibxml2Does() throws {
        let deep = { (n: Int) in String(repeating: "<a>", count: n) + String(repeating: "</a>", count: n) }
        #expect(try Self.events(deep(XMLTokenizer.maxDepth)).get().count == 2 * XMLTokenizer.maxDepth)
        guard case .failure(let e) = Self.events(deep(XMLTokenizer.maxDepth + 1)) else { Issue.record("read"); return }
        #expect(e.message.contains("nested more than 256 deep"))
    }
}
