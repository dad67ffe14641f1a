import Foundation
import Testing

@testable import CapIndexDomain
@testable import CapIndexFormats

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `XMLTokenizer` against libxml2: the XML parts of real workbooks (a capindex template
/// filled in, LibreOffice's and openpyxl's files) and seeded mutants of them, read by
/// both. libxml2 runs through Foundation's `XMLParser`, as capindex used it before issue
/// 17; that runs libxml2 in recover mode, which reads on past fatal errors, so a part
/// counts as refused by libxml2 when it reports any error other than a warning or a
/// namespace error. Where libxml2 reads a part, the tokenizer must read it with the same
/// events; where libxml2 refuses it, so must the tokenizer.
@Suite struct XMLTokenizerDifferentialTests {
    /// 3,000 by default; `XML_MUTANTS=N XML_SEED=S swift test --filter XMLTokenizerDifferential` runs longer.
    static let mutants = Int(ProcessInfo.processInfo.environment["XML_MUTANTS"] ?? "") ?? 3000
    static let seed = UInt64(ProcessInfo.processInfo.environment["XML_SEED"] ?? "") ?? 2026_17

    /// libxml2's codes for warnings (27, 93, 97–100, 102, 106, 107) and namespace errors (200–204),
    /// which do not make a document ill-formed.
    static let notFatal: Set<Int> = [27, 93, 97, 98, 99, 100, 102, 106, 107, 200, 201, 202, 203, 204]

    /// libxml2's events for `xml`, recorded like `XMLTokenizerTests.Recorder`'s, or nil when it refuses the part.
    static func reference(_ xml: [UInt8]) -> [String]? {
        final class Delegate: NSObject, XMLParserDelegate {
            let recorder = XMLTokenizerTests.Recorder()
            var fatal = false
            var errors = 0
            var namespaceErrors = 0
            var reservedName = false
            static func local(_ n: String) -> String { n.lastIndex(of: ":").map { String(n[n.index(after: $0)...]) } ?? n }
            func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
                let code = (parseError as NSError).code
                errors += 1
                if (200...204).contains(code) { namespaceErrors += 1 }
                // 64 is fatal for a processing instruction named `xml` and only a warning for
                // one whose name merely starts so (`<?xmlfoo?>`): the parse result tells which.
                if code == 64 {
                    reservedName = true
                } else if !XMLTokenizerDifferentialTests.notFatal.contains(code) {
                    fatal = true
                }
            }
            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]
            ) {
                var a: [String: String] = [:]
                for (k, v) in attributeDict { a[Delegate.local(k)] = v }
                try? recorder.start(Delegate.local(elementName), a)
            }
            func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
                try? recorder.end(Delegate.local(elementName))
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { recorder.text(string) }
            func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { recorder.text(String(decoding: CDATABlock, as: UTF8.self)) }
        }
        // XMLParser stops the process on invalid UTF-8 in a name: the same checks go first.
        guard (try? XMLPartReader.check(xml, part: "p")) != nil else { return nil }
        let d = Delegate()
        let parser = XMLParser(stream: InputStream(data: Data(xml)))
        parser.shouldProcessNamespaces = true
        parser.delegate = d
        let ok = parser.parse()
        guard !d.fatal, ok || d.errors > 0, ok || !d.reservedName || d.namespaceErrors > 0 else { return nil }
        d.recorder.flush()
        return d.recorder.events
    }

    /// The XML parts of the mutation suite's base workbooks.
    static func parts() throws -> [[UInt8]] {
        try XlsxMutationTests.bases().flatMap { b in
            let z = try ZipArchive(b)
            return try z.entries.filter { $0.name.hasSuffix(".xml") || $0.name.hasSuffix(".rels") }.map { try z.contents(of: $0) }
        }
    }

    @Test func realPartsReadAsLibxml2ReadsThem() throws {
        var events = 0
        for xml in try Self.parts() {
            let mine = try XMLTokenizerTests.events(xml).get()
            #expect(mine == Self.reference(xml), "\(String(decoding: xml.prefix(80), as: UTF8.self))")
            events += mine.count
        }
        #expect(events > 1000)
    }

    @Test func mutantsAreJudgedAsLibxml2JudgesThem() throws {
        let parts = try Self.parts()
        var rng = SeededRandom(seed: Self.seed)
        var outcomes: [String: Int] = [:]
        for n in 0..<Self.mutants {
            var xml = parts.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 1...2, using: &rng) { xml = XlsxMutationTests.mutateXML(xml, &rng) }
            let theirs = Self.reference(xml)
            let mine = try? XMLTokenizerTests.events(xml).get()
            switch (theirs, mine) {
            case (nil, nil): outcomes["both refuse", default: 0] += 1
            case (let t?, let m?):
                outcomes["both read", default: 0] += 1
                #expect(t == m, "mutant \(n): \(String(decoding: xml, as: UTF8.self))")
            case (nil, _?):
                outcomes["only libxml2 refuses", default: 0] += 1
                Issue.record("mutant \(n) read, libxml2 refuses: \(String(decoding: xml, as: UTF8.self))")
            case (_?, nil):
                outcomes["only the tokenizer refuses", default: 0] += 1
                let e = XMLTokenizerTests.events(xml)
                Issue.record("mutant \(n) refused (\(e)), libxml2 reads: \(String(decoding: xml, as: UTF8.self))")
            }
        }
        print("xml differential: \(Self.mutants) mutants, \(outcomes.sorted { $0.key < $1.key })")
        #expect(outcomes["both read", default: 0] > Self.mutants / 10)
        #expect(outcomes["both refuse", default: 0] > Self.mutants / 10)
    }
}
