import Foundation

@testable import CapIndexDomain
@testable import CapIndexFormats

/// Hostile archives built byte by byte, in memory and quickly: deflate streams of any
/// length written as one fixed-Huffman block (so 200 MB of blanks never exists anywhere
/// in the test either), and ZIP directories that say what the attacker wants.
enum HostileZip {
    /// A local header and its data, written one after another in the archive's body.
    struct Local {
        var name: String
        var packed: [UInt8]
        /// The size the headers declare, whatever `packed` holds.
        var size: Int
        var crc: UInt32 = 0
        var method: UInt16 = 8
    }

    /// A directory record: the `local` it points at, under a name of its own, with sizes
    /// that may differ from the local's.
    struct Central {
        var name: String
        var local: Int
        var size: Int? = nil
        var compressedSize: Int? = nil
    }

    /// A real part: deflated, with its true size and CRC.
    static func part(_ name: String, _ text: String) -> Local {
        let data = Array(text.utf8)
        return Local(name: name, packed: Zlib.deflate(data), size: data.count, crc: Zlib.crc32(data[...]))
    }

    /// The bytes of an archive of `locals`, with `directory` (default: one record for each local).
    static func archive(_ locals: [Local], directory: [Central]? = nil) -> [UInt8] {
        var body = ByteWriter()
        var offsets: [Int] = []
        for l in locals {
            offsets.append(body.bytes.count)
            let name = Array(l.name.utf8)
            body.u32(0x0403_4B50); body.u16(20); body.u16(0); body.u16(l.method); body.u16(0); body.u16(0x21)
            body.u32(l.crc); body.u32(UInt32(l.packed.count)); body.u32(UInt32(truncatingIfNeeded: l.size))
            body.u16(UInt16(name.count)); body.u16(0)
            body.bytes += name + l.packed
        }
        var cd = ByteWriter()
        let records = directory ?? locals.indices.map { Central(name: locals[$0].name, local: $0) }
        for c in records {
            let l = locals[c.local]
            let name = Array(c.name.utf8)
            cd.u32(0x0201_4B50); cd.u16(20); cd.u16(20); cd.u16(0); cd.u16(l.method); cd.u16(0); cd.u16(0x21); cd.u32(l.crc)
            cd.u32(UInt32(c.compressedSize ?? l.packed.count)); cd.u32(UInt32(truncatingIfNeeded: c.size ?? l.size))
            cd.u16(UInt16(name.count)); cd.u16(0); cd.u16(0); cd.u16(0); cd.u16(0); cd.u32(0); cd.u32(UInt32(offsets[c.local]))
            cd.bytes += name
        }
        var end = ByteWriter()
        end.u32(0x0605_4B50); end.u16(0); end.u16(0); end.u16(UInt16(records.count)); end.u16(UInt16(records.count))
        end.u32(UInt32(cd.bytes.count)); end.u32(UInt32(body.bytes.count)); end.u16(0)
        return body.bytes + cd.bytes + end.bytes
    }

    /// The package parts around one worksheet `sheet` (a Local, perhaps a bomb), as XlsxKit lays them out.
    static func workbook(sheet: Local) -> [Local] {
        XlsxKit.parts(sheet: "").filter { $0.0 != "xl/worksheets/sheet1.xml" }.map { part($0.0, String(decoding: $0.1, as: UTF8.self)) }
            + [sheet]
    }

    /// A raw deflate stream of `prefix`, then `count` copies of `byte`, then `suffix` (ASCII
    /// below 144): one fixed-Huffman block of 258-byte matches at distance 1, about 13 bits
    /// for every 258 bytes, so 200 MB takes 1.3 MB and a few milliseconds.
    static func deflate(prefix: String = "", run byte: UInt8, count: Int, suffix: String = "") -> [UInt8] {
        var w = BitWriter()
        w.bits(1, 1)  // the final block
        w.bits(1, 2)  // fixed Huffman codes
        func literal(_ b: UInt8) {
            precondition(b < 144)
            w.code(0x30 + UInt32(b), 8)
        }
        prefix.utf8.forEach(literal)
        if count > 0 { literal(byte) }
        var left = max(0, count - 1)
        // Length 258 is symbol 285 (8 bits 11000101), distance 1 is code 0 (5 bits): 13 bits in all.
        let match = BitWriter.reversed(0xC5, 8)
        while left >= 258 {
            w.bits(match, 8)
            w.bits(0, 5)
            left -= 258
        }
        for _ in 0..<left { literal(byte) }
        suffix.utf8.forEach(literal)
        w.code(0, 7)  // end of block
        return w.finish()
    }

    /// Deflate's bit order: fields least significant bit first, Huffman codes most significant first.
    struct BitWriter {
        var bytes: [UInt8] = []
        private var acc: UInt64 = 0
        private var count = 0

        static func reversed(_ code: UInt32, _ length: Int) -> UInt32 {
            (0..<length).reduce(0) { r, i in r << 1 | (code >> i & 1) }
        }

        mutating func bits(_ value: UInt32, _ n: Int) {
            acc |= UInt64(value) << count
            count += n
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: acc))
                acc >>= 8
                count -= 8
            }
        }

        mutating func code(_ code: UInt32, _ length: Int) { bits(BitWriter.reversed(code, length), length) }

        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: acc)) }
            return bytes
        }
    }
}
