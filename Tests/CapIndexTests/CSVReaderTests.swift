import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// CSV quirks of Excel exports (SPEC section 2, E213) for the in-memory reader,
/// and the streaming reader's equivalence to it.
@Suite struct CSVReaderTests {
    // MARK: In-memory reader

    @Test(arguments: [
        ("LF", "a,b\nc,d\ne,f"),
        ("CRLF", "a,b\r\nc,d\r\ne,f\r\n"),
        ("CR", "a,b\rc,d\re,f\r"),
        ("mixed", "a,b\r\nc,d\re,f\n"),
    ])
    func lineEndingsEachEndOneLine(name: String, text: String) throws {
        let records = try CSVReader.parse(text)
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]], "\(name)")
        #expect(records.map(\.line) == [1, 2, 3], "\(name)")
    }

    /// The scanner skips eight bytes at a time past text with nothing to stop at: a quote, a
    /// doubled quote, a line break or a delimiter at every offset of a long field, quoted
    /// or not, is still found where it is.
    @Test func aStopByteIsFoundAtEveryOffsetOfALongField() throws {
        for k in 0..<20 {
            let before = String(repeating: "x", count: k), after = String(repeating: "y", count: 19 - k)
            // Unquoted: a delimiter, a line feed or a carriage return at offset k.
            #expect(try CSVReader.parse("a,\(before),\(after)\nb,c,d\n", delimiter: .comma).map(\.fields) == [["a", before, after], ["b", "c", "d"]])
            #expect(try CSVReader.parse("a,\(before)\n\(after),z\n", delimiter: .comma).map(\.fields) == [["a", before], [after, "z"]])
            #expect(try CSVReader.parse("a,\(before)\r\(after),z\r", delimiter: .comma).map(\.fields) == [["a", before], [after, "z"]])
            // Quoted: a doubled quote, a line feed and a CRLF inside, then the closing quote.
            #expect(try CSVReader.parse("a,\"\(before)\"\"\(after)\"\nb\n", delimiter: .comma).map(\.fields) == [["a", before + "\"" + after], ["b"]])
            let records = try CSVReader.parse("a,\"\(before)\n\(after)\r\n\(before)\"\nb\n", delimiter: .comma)
            #expect(records.map(\.fields) == [["a", before + "\n" + after + "\r\n" + before], ["b"]])
            #expect(records.map(\.line) == [1, 4])
        }
    }

    @Test func byteOrderMarkDoesNotReachTheFirstHeader() throws {
        let document = try CSVReader.read(fileBytes: [0xEF, 0xBB, 0xBF] + Array("LA_Code;Value\r\n301;4\r\n".utf8))
        #expect(document.encoding == .utf8WithBOM)
        #expect(document.delimiter == .semicolon)
        #expect(document.records.map(\.fields) == [["LA_Code", "Value"], ["301", "4"]])
    }

    @Test func windows1252FileIsTranscoded() throws {
        let bytes: [UInt8] =
            Array("name,price\nBath ".utf8) + [0x96] + Array(" Spa,".utf8) + [0xA3, 0x35]
            + Array(" or ".utf8) + [0x80, 0x36, 0x0A]
        let document = try CSVReader.read(fileBytes: bytes)
        #expect(document.encoding == .windows1252)
        #expect(document.records.map(\.fields) == [["name", "price"], ["Bath – Spa", "£5 or €6"]])
    }

    @Test(
        arguments: [
            ("a;b;c\n1;2;3", CSVDelimiter.semicolon),
            ("a,b,c\n1;2;3;4;5", .comma),
            ("a;b,c\n", .comma),  // tie
            ("only\n", .comma),  // none at all
            ("", .comma),
            ("\"Name, full\";\"x,y,z\";Value\n", .semicolon),
            ("\"a;b;c\",d,e\n", .comma),
            ("\"multi\nline, header\";x\n1;2", .semicolon),
            ("ab\"c,d\";e;f\n", .semicolon),  // a mid-field quote does not open a quoted field
        ] as [(String, CSVDelimiter)])
    func delimiterComesFromTheHeaderOutsideQuotes(header: String, expected: CSVDelimiter) {
        #expect(CSVDelimiter.detect(inHeaderOf: Array(header.utf8)) == expected)
    }

    @Test func semicolonFileWithCommasInQuotedHeader() throws {
        let records = try CSVReader.parse("\"Name, full\";\"a,b,c\";Value\n\"Smith, J\";x;1,5\n")
        #expect(records.map(\.fields) == [["Name, full", "a,b,c", "Value"], ["Smith, J", "x", "1,5"]])
    }

    @Test func quotedDelimitersAndDoubledQuotes() throws {
        let records = try CSVReader.parse("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\",\"\",c\n")
        #expect(records.map(\.fields) == [["a,b", "say \"hi\"", "\"", "", "c"]])
    }

    @Test func embeddedNewlinesKeepLaterLineNumbersRight() throws {
        let text = "h1,h2\n\"line1\nline2\",x\r\n\"a\r\nb\rc\",y\nlast,z"
        let records = try CSVReader.parse(text)
        #expect(records.map(\.fields) == [["h1", "h2"], ["line1\nline2", "x"], ["a\r\nb\rc", "y"], ["last", "z"]])
        #expect(records.map(\.line) == [1, 2, 4, 7])
    }

    @Test func blankLinesAreReturnedAndMarked() throws {
        let records = try CSVReader.parse("a,b\n\n1,2\n\r\n3,4\n")
        #expect(records.map(\.fields) == [["a", "b"], [""], ["1", "2"], [""], ["3", "4"]])
        #expect(records.map(\.line) == [1, 2, 3, 4, 5])
        #expect(records.map(\.isBlank) == [false, true, false, true, false])
    }

    @Test func rowsOfDelimitersOnlyAreBlank() throws {
        let records = try CSVReader.parse("a,b,c\n,,\n , \t,\n\"\",\"\",\n\" \",,\nx,,\n")
        #expect(records.map(\.isBlank) == [false, true, true, true, true, false])
        #expect(records[1].fields == ["", "", ""])
    }

    @Test func trailingEmptyColumnsAreKept() throws {
        let records = try CSVReader.parse("a,b,,\n1,2,,\n3,4,")
        #expect(records.map(\.fields) == [["a", "b", "", ""], ["1", "2", "", ""], ["3", "4", ""]])
    }

    @Test func headerCaseAndSpacesAreUntouched() throws {
        let records = try CSVReader.parse("LA_Code, Time_Period ,VALUE\n")
        #expect(records[0].fields == ["LA_Code", " Time_Period ", "VALUE"])
    }

    @Test func quoteInsideAnUnquotedFieldIsLiteral() throws {
        let records = try CSVReader.parse("ab\"c,d\na \"b, c\",e\n")
        #expect(records.map(\.fields) == [["ab\"c", "d"], ["a \"b", " c\"", "e"]])
    }

    @Test func emptyInputAndFinalLineBreak() throws {
        #expect(try CSVReader.parse("").isEmpty)
        #expect(try CSVReader.parse("a\n").map(\.fields) == [["a"]])
        #expect(try CSVReader.parse("\n").map(\.fields) == [[""]])
        #expect(try CSVReader.parse("a,").map(\.fields) == [["a", ""]])
    }

    @Test func unterminatedQuoteAtEndOfFile() {
        #expect(throws: CSVError(reason: .unterminatedQuote, recordLine: 2, line: 2)) {
            try CSVReader.parse("h\n\"abc\ndef")
        }
        // The record starts on line 1; the quote that never closes opens on line 2.
        #expect(throws: CSVError(reason: .unterminatedQuote, recordLine: 1, line: 2)) {
            try CSVReader.parse("\"x\ny\",\"open,\n")
        }
    }

    @Test func textAfterClosingQuote() {
        #expect(throws: CSVError(reason: .textAfterClosingQuote, recordLine: 2, line: 2)) {
            try CSVReader.parse("h,i\n\"abc\"x,1\n")
        }
        #expect(throws: CSVError(reason: .textAfterClosingQuote, recordLine: 2, line: 3)) {
            try CSVReader.parse("h\r\n\"a\r\nb\" ,c\r\n")
        }
    }

    @Test func notTextIsReportedBeforeParsing() {
        #expect(throws: TextDecodingError.nulByte(offset: 6, line: 2)) {
            try CSVReader.read(fileBytes: Array("a,b\n1,".utf8) + [0x00])
        }
        #expect(throws: TextDecodingError.notText(offset: 5, line: 2)) {
            try CSVReader.read(fileBytes: Array("a,b\n".utf8) + [0xE9, 0x8D])
        }
    }

    // MARK: Streaming reader ≡ in-memory reader

    static let quirkInputs: [(String, [UInt8])] = [
        ("bom", [0xEF, 0xBB, 0xBF] + Array("A;B\r\n1;2\r\n".utf8)),
        ("bom only", [0xEF, 0xBB, 0xBF]),
        ("two boms", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("A,B\n".utf8)),
        ("1252", Array("x,y\n".utf8) + [0x96, 0x2C, 0xA3, 0x80, 0x0D, 0x0A, 0x22, 0x93, 0x22, 0x22, 0x22]),
        ("line ends", Array("a,b\nc,d\r\ne,f\rg,h\r".utf8)),
        ("semicolon header", Array("\"Name, full\";\"a,b,c\";Value\n\"Smith, J\";x;1,5\n".utf8)),
        ("quotes", Array("\"a,b\",\"say \"\"hi\"\"\",\"\"\"\",\"\",c\n\"\"\"\"\"\"\n".utf8)),
        ("newlines", Array("h1,h2\n\"line1\nline2\",x\r\n\"a\r\nb\rc\",y\nlast,z".utf8)),
        ("blank", Array("a,b\n\n1,2\n\r\n\r\r\n3,4\n\n".utf8)),
        ("delimiters only", Array("a,b,c\n,,\n , \t,\n\"\",\"\",\nx,,\n,".utf8)),
        ("trailing", Array("a,b,,\n1,2,,\n3,4,".utf8)),
        ("literal quote", Array("ab\"c,d\na \"b, c\",e\n".utf8)),
        ("empty", []),
        ("newline only", Array("\r\n".utf8)),
        ("unterminated", Array("h\n\"x\ny\",\"open,\n".utf8)),
        ("unterminated quote at last byte", Array("h\n\"".utf8)),
        ("text after quote", Array("h\r\n\"a\r\nb\" ,c\r\n".utf8)),
        ("doubled quote at end", Array("h\n\"a\"\"".utf8)),
        ("nul", Array("a,b\n".utf8) + [0x00]),
        ("not text", Array("a,b\n".utf8) + [0xE9, 0x8D]),
    ]

    @Test(arguments: quirkInputs)
    func streamMatchesInMemoryOnQuirks(name: String, bytes: [UInt8]) {
        let expected = readInMemory(bytes)
        for chunkSize in [1, 2, 3, 4, 5, 6, 7, 64, 1 << 20] {
            #expect(readStreaming(bytes, chunkSize: chunkSize) == expected, "\(name), chunk \(chunkSize)")
        }
    }

    @Test(arguments: 0..<40)
    func streamMatchesInMemoryOnRandomValidCSV(seed: Int) {
        var rng = CSVTestSupport.SeededGenerator(seed: UInt64(seed) &* 7919)
        let sample = RandomCSV.make(using: &rng)
        let given = seed.isMultiple(of: 2) ? sample.delimiter : nil
        let expected = ReadOutcome.records(sample.records, .utf8, sample.delimiter)
        #expect(readInMemory(sample.bytes, delimiter: given) == expected)
        for chunkSize in [1, 2, 3, 4, 5, 6, 7, 4096] {
            #expect(
                readStreaming(sample.bytes, chunkSize: chunkSize, delimiter: given) == expected,
                "chunk \(chunkSize)")
        }
    }

    @Test func streamMatchesInMemoryOnRandomByteSoup() {
        var rng = CSVTestSupport.SeededGenerator(seed: 42)
        let alphabet: [UInt8] = [0x61, 0x2C, 0x3B, 0x22, 0x22, 0x0D, 0x0A, 0x20, 0xA3]
        for round in 0..<400 {
            let bytes = (0..<Int.random(in: 0...30, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let expected = readInMemory(bytes)
            for chunkSize in 1...7 {
                #expect(readStreaming(bytes, chunkSize: chunkSize) == expected, "round \(round), chunk \(chunkSize)")
            }
        }
    }

    @Test func streamReadsFilesAcrossChunkBoundaries() throws {
        var bytes = Array("id;note;value\r\n".utf8)
        for i in 0..<500 {
            bytes += Array("\(i);\"row \(i); with \"\"quotes\"\"\nand a newline\";\(Double(i) / 4)\r\n".utf8)
        }
        let path = try CSVTestSupport.writeTemporaryFile(bytes, name: "stream")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = readInMemory(bytes)
        for chunkSize in [1, 7, 100, 1 << 20] {
            let encoding = try TextDecoding.detectEncoding(atPath: path, chunkSize: chunkSize)
            let reader = try CSVStreamReader(path: path, encoding: encoding, chunkSize: chunkSize)
            var records: [CSVRecord] = []
            while try reader.next() { records.append(reader.record) }
            #expect(ReadOutcome.records(records, encoding, reader.delimiter) == expected)
            #expect(records.last?.line == 1 + 2 * 499 + 1)
        }
    }

    @Test func bigRecordsGrowTheBuffers() throws {
        let wide = (0..<300).map { "c\($0)" }.joined(separator: ",")
        let long = String(repeating: "x\"\"y,\n", count: 2_000)
        let bytes = Array("\(wide)\n\"\(long)\",end\n".utf8)
        #expect(readStreaming(bytes, chunkSize: 3) == readInMemory(bytes))
        let reader = try CSVStreamReader(bytes: bytes, chunkSize: 3)
        #expect(try reader.next() && reader.fieldCount == 300 && reader.field(299) == "c299")
        #expect(try reader.next() && reader.field(0).count == 10_000 && reader.line == 2)
    }

    @Test func hugeRecordsFromMalformedFilesStayLinear() throws {
        // An unbalanced quote on line 2 swallows the rest of the file.
        var bytes = Array("id,name\n1,\"open\n".utf8)
        for i in 0..<40_000 { bytes += Array("\(i),row \(i)\n".utf8) }
        #expect(
            readStreaming(bytes, chunkSize: 1_000)
                == .malformed(
                    CSVError(reason: .unterminatedQuote, recordLine: 2, line: 2)))
        // The same, closed at the end, is one valid multi-line field of about 500 KB.
        bytes += Array("\"\n".utf8)
        let expected = readInMemory(bytes)
        #expect(readStreaming(bytes, chunkSize: 1_000) == expected)
        guard case .records(let records, _, _) = expected else { Issue.record("not parsed"); return }
        #expect(records.count == 2 && records[1].fields[1].utf8.count > 400_000)
    }

    // MARK: Streaming accessors

    @Test func fieldAccessorsWorkOnBytes() throws {
        let reader = try CSVStreamReader(bytes: Array("code,value,empty\n\"E0\"\"6\",  12.5 ,\n".utf8), chunkSize: 5)
        #expect(try reader.next() && reader.fieldEquals(0, "code") && !reader.fieldEquals(0, "cod"))
        #expect(try reader.next())
        #expect(reader.fieldCount == 3 && reader.line == 2)
        #expect(reader.field(0) == "E0\"6" && reader.fieldEquals(0, Array("E0\"6".utf8)))
        #expect(reader.withFieldBytes(1) { Array($0) } == Array("  12.5 ".utf8))
        #expect(reader.parseDouble(1) == 12.5 && reader.parseDouble(0) == nil)
        #expect(reader.fieldIsEmpty(2) && !reader.fieldIsEmpty(1) && !reader.isBlank)
        // Past the end reads as empty, so short rows need no special casing.
        #expect(reader.field(7) == "" && reader.fieldIsEmpty(7) && reader.parseDouble(7) == nil)
        #expect(try !reader.next() && reader.fieldCount == 0)
    }

    @Test func closeEndsTheStream() throws {
        let reader = try CSVStreamReader(bytes: Array("a\nb\nc\n".utf8))
        #expect(try reader.next() && reader.field(0) == "a")
        reader.close()
        #expect(try !reader.next())
    }

    @Test func windows1252StreamTranscodesFields() throws {
        let bytes: [UInt8] = Array("name;cost\n".utf8) + [0x80, 0x3B, 0xA3, 0x33, 0x96, 0x34, 0x0A]
        let encoding = try TextDecoding.decode(bytes).encoding
        #expect(encoding == .windows1252)
        let reader = try CSVStreamReader(bytes: bytes, encoding: encoding, chunkSize: 2)
        #expect(reader.delimiter == .semicolon)
        #expect(try reader.next() && reader.next())
        #expect(reader.field(0) == "€" && reader.fieldEquals(0, "€"))
        #expect(reader.withFieldBytes(1) { String(decoding: $0, as: UTF8.self) } == "£3–4")
    }

    @Test(
        arguments: [
            ("12", 12.0), ("-3.25", -3.25), ("+7", 7.0), ("0.1", 0.1), (".5", 0.5), ("5.", 5.0),
            (" 42\t", 42.0), ("1.5E3", 1500.0), ("-2e-2", -0.02), ("00012.50", 12.5),
            ("12345678901234567890.5", 12345678901234567890.5), ("9007199254740993", 9007199254740993.0),
            ("0.12345678901234567890123", 0.12345678901234567890123),
        ] as [(String, Double)])
    func parseDoubleReadsDecimals(text: String, expected: Double) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(CSVNumber.parseDouble) == expected)
    }

    @Test(arguments: ["", " ", "-", ".", "abc", "1,5", "1 000", "nan", "inf", "0x10", "1e999", "1.2.3", "€5"])
    func parseDoubleRejectsNonDecimals(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer(CSVNumber.parseDouble) == nil)
    }

    @Test func parseDoubleFastPathIsExact() {
        var rng = CSVTestSupport.SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let whole = Int.random(in: -99_999_999...99_999_999, using: &rng)
            let fraction =
                String(repeating: "0", count: Int.random(in: 0...3, using: &rng))
                + String(Int.random(in: 0...999_999, using: &rng))
            let text = "\(whole).\(fraction)"
            #expect(Array(text.utf8).withUnsafeBufferPointer(CSVNumber.parseDouble) == Double(text), "\(text)")
        }
    }

    // MARK: Helpers

    enum ReadOutcome: Equatable {
        case records([CSVRecord], SourceEncoding, CSVDelimiter)
        case malformed(CSVError)
        case notText(TextDecodingError)
        case other(String)

        init(_ error: any Error) {
            switch error {
            case let error as CSVError: self = .malformed(error)
            case let error as TextDecodingError: self = .notText(error)
            default: self = .other(String(describing: error))
            }
        }
    }

    private func readInMemory(_ bytes: [UInt8], delimiter: CSVDelimiter? = nil) -> ReadOutcome {
        do {
            let document = try CSVReader.read(fileBytes: bytes, delimiter: delimiter)
            return .records(document.records, document.encoding, document.delimiter)
        } catch {
            return ReadOutcome(error)
        }
    }

    /// Reads like a caller would: detect the encoding, then stream.
    private func readStreaming(_ bytes: [UInt8], chunkSize: Int, delimiter: CSVDelimiter? = nil) -> ReadOutcome {
        do {
            let encoding = try TextDecoding.decode(bytes).encoding
            let reader = try CSVStreamReader(bytes: bytes, encoding: encoding, delimiter: delimiter, chunkSize: chunkSize)
            var records: [CSVRecord] = []
            while try reader.next() { records.append(reader.record) }
            return .records(records, encoding, reader.delimiter)
        } catch {
            return ReadOutcome(error)
        }
    }
}

/// Random well-formed CSV together with the records it must parse to, so the
/// readers are checked against an independent oracle and not only each other.
private struct RandomCSV {
    var bytes: [UInt8] = []
    var records: [CSVRecord] = []
    var delimiter = CSVDelimiter.comma

    static func make(using rng: inout CSVTestSupport.SeededGenerator) -> RandomCSV {
        var sample = RandomCSV()
        sample.delimiter = Bool.random(using: &rng) ? .comma : .semicolon
        let d = String(UnicodeScalar(sample.delimiter.rawValue))
        let other = sample.delimiter == .comma ? ";" : ","
        let quotedPieces = ["a", "b", " ", "\"", ",", ";", "\r", "\n", "\r\n", "é", "€"]
        let plainPieces = ["a", "1", ".", " ", "\"", "é", "€", "-"]
        var line = 1
        var previousTerminator = ""
        let recordCount = Int.random(in: 1...12, using: &rng)
        for index in 0..<recordCount {
            let isHeader = index == 0
            // The header needs two fields so that detection has a delimiter to find.
            let fieldCount = isHeader ? Int.random(in: 2...5, using: &rng) : Int.random(in: 1...5, using: &rng)
            var fields: [String] = []
            var cells: [String] = []
            var breaks = 0
            for _ in 0..<fieldCount {
                let length = Int.random(in: 0...6, using: &rng)
                if Bool.random(using: &rng) {
                    let value = (0..<length).map { _ in quotedPieces.randomElement(using: &rng)! }.joined()
                    fields.append(value)
                    cells.append("\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
                    var counter = LineBreakCounter()
                    Array(value.utf8).withUnsafeBufferPointer { counter.feed($0) }
                    breaks += counter.line - 1
                } else {
                    // Unquoted: no line breaks or delimiter, no leading quote; the
                    // other delimiter is plain data except in the header.
                    var value = (0..<length).map { _ in
                        isHeader || Int.random(in: 0..<8, using: &rng) > 0 ? plainPieces.randomElement(using: &rng)! : other
                    }.joined()
                    if value.hasPrefix("\"") { value = "x" + value }
                    fields.append(value)
                    cells.append(value)
                }
            }
            let row = cells.joined(separator: d)
            // After a lone CR, an empty row ending in LF would merge into a CRLF.
            let terminators = row.isEmpty && previousTerminator == "\r" ? ["\r", "\r\n"] : ["\n", "\r\n", "\r"]
            var terminator = terminators.randomElement(using: &rng)!
            if index == recordCount - 1 && !row.isEmpty && Bool.random(using: &rng) { terminator = "" }
            sample.bytes += Array((row + terminator).utf8)
            sample.records.append(CSVRecord(fields: fields, line: line))
            line += breaks + 1
            previousTerminator = terminator
        }
        return sample
    }
}
