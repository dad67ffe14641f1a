/// Writes a ZIP archive in memory, deflated, with a fixed time stamp (1980-01-01 00:00)
/// so that the same entries always give the same bytes. The Zip64 and data-descriptor
/// layouts are there so tests can make the archives other writers make.
struct ZipWriter {
    /// How the archive is laid out.
    struct Layout: Sendable {
        /// Write Zip64 sizes and offsets and the Zip64 end records even for small files.
        var zip64 = false
        /// Put CRC and sizes in a data descriptor after each entry, as streaming writers do.
        var dataDescriptors = false
        /// Store entries uncompressed.
        var stored = false

        /// Plain deflated entries, 32-bit records.
        static let standard = Layout()
    }

    private let layout: Layout
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// An empty archive.
    init(layout: Layout = .standard) { self.layout = layout }

    /// Adds one entry.
    mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let packed = layout.stored ? data : Zlib.deflate(data)
        let crc = Zlib.crc32(data[...])
        let method: UInt16 = layout.stored ? 0 : 8
        let offset = body.count
        var flags: UInt16 = name.utf8.contains { $0 >= 0x80 } ? 0x0800 : 0
        if layout.dataDescriptors { flags |= 0x0008 }
        let version: UInt16 = layout.zip64 ? 45 : 20
        let big: UInt32 = 0xFFFF_FFFF

        var local = ByteWriter()
        local.u32(0x0403_4B50); local.u16(version); local.u16(flags); local.u16(method)
        local.u16(0); local.u16(0x0021)  // 00:00:00, 1980-01-01
        if layout.dataDescriptors {
            local.u32(0); local.u32(layout.zip64 ? big : 0); local.u32(layout.zip64 ? big : 0)
        } else {
            local.u32(crc)
            local.u32(layout.zip64 ? big : UInt32(packed.count)); local.u32(layout.zip64 ? big : UInt32(data.count))
        }
        local.u16(UInt16(nameBytes.count)); local.u16(layout.zip64 ? 20 : 0)
        local.bytes += nameBytes
        if layout.zip64 {
            local.u16(1); local.u16(16)
            local.u64(layout.dataDescriptors ? 0 : UInt64(data.count)); local.u64(layout.dataDescriptors ? 0 : UInt64(packed.count))
        }
        body += local.bytes
        body += packed
        if layout.dataDescriptors {
            var dd = ByteWriter()
            dd.u32(0x0807_4B50); dd.u32(crc)
            if layout.zip64 {
                dd.u64(UInt64(packed.count)); dd.u64(UInt64(data.count))
            } else {
                dd.u32(UInt32(packed.count)); dd.u32(UInt32(data.count))
            }
            body += dd.bytes
        }

        var cd = ByteWriter()
        cd.u32(0x0201_4B50); cd.u16(version); cd.u16(version); cd.u16(flags); cd.u16(method)
        cd.u16(0); cd.u16(0x0021); cd.u32(crc)
        cd.u32(layout.zip64 ? big : UInt32(packed.count)); cd.u32(layout.zip64 ? big : UInt32(data.count))
        cd.u16(UInt16(nameBytes.count)); cd.u16(layout.zip64 ? 28 : 0); cd.u16(0)
        cd.u16(0); cd.u16(0); cd.u32(0)
        cd.u32(layout.zip64 ? big : UInt32(offset))
        cd.bytes += nameBytes
        if layout.zip64 {
            cd.u16(1); cd.u16(24); cd.u64(UInt64(data.count)); cd.u64(UInt64(packed.count)); cd.u64(UInt64(offset))
        }
        directory += cd.bytes
        count += 1
    }

    /// The finished archive.
    func finish() -> [UInt8] {
        var end = ByteWriter()
        let cdOffset = body.count
        if layout.zip64 {
            let at64 = cdOffset + directory.count
            end.u32(0x0606_4B50); end.u64(44); end.u16(45); end.u16(45); end.u32(0); end.u32(0)
            end.u64(UInt64(count)); end.u64(UInt64(count)); end.u64(UInt64(directory.count)); end.u64(UInt64(cdOffset))
            end.u32(0x0706_4B50); end.u32(0); end.u64(UInt64(at64)); end.u32(1)
        }
        end.u32(0x0605_4B50); end.u16(0); end.u16(0)
        end.u16(layout.zip64 ? 0xFFFF : UInt16(count)); end.u16(layout.zip64 ? 0xFFFF : UInt16(count))
        end.u32(layout.zip64 ? 0xFFFF_FFFF : UInt32(directory.count)); end.u32(layout.zip64 ? 0xFFFF_FFFF : UInt32(cdOffset))
        end.u16(0)
        return body + directory + end.bytes
    }
}
