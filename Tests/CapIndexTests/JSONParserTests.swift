import Testing

@testable import CapIndexFormats

/// The JSON parser's strings: it skips eight bytes at a time past text with nothing to stop
/// at, so a quote, an escape or a control character is looked for at every offset.
@Suite struct JSONParserTests {
    @Test func aStringEndsOrEscapesAtEveryOffset() throws {
        for k in 0..<20 {
            let before = String(repeating: "x", count: k), after = String(repeating: "é", count: 9)
            #expect(try JSONParser.parse(Array("[\"\(before)\", 1]".utf8)) == .array([.string(before), .number("1")]))
            #expect(try JSONParser.parse(Array("\"\(before)\\\"\(after)\"".utf8)) == .string(before + "\"" + after))
            #expect(try JSONParser.parse(Array("\"\(before)\\\\\\n\(after)\"".utf8)) == .string(before + "\\\n" + after))
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("\"\(before)\n\(after)\"".utf8)) }
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array("\"\(before)\u{1F}\(after)\"".utf8)) }
        }
    }
}
