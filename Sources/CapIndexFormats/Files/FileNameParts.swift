import Foundation

/// The parts of a file name that readers decide by, found on the bytes for the usual
/// names (`383-leeds-2026.csv`): bridging each path to `NSString` for its extension and
/// last component cost more than reading a small submission file.
public enum FileNameParts {
    /// `(path as NSString).pathExtension.lowercased()`.
    public static func lowercasedExtension(_ path: String) -> String {
        let u = path.utf8
        guard let dot = u.lastIndex(of: UInt8(ascii: ".")) else { return (path as NSString).pathExtension.lowercased() }
        let ext = u[u.index(after: dot)...]
        let before = u[..<dot]
        // A plain extension of letters and digits after a name that does not end in a slash:
        // what NSString gives is certain; anything else goes to NSString itself.
        guard !ext.isEmpty, ext.count <= 16, ext.allSatisfy(isAlphanumeric), let previous = before.last,
            previous != UInt8(ascii: "/")
        else { return (path as NSString).pathExtension.lowercased() }
        return String(decoding: ext.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The last component of `path` (what follows the last slash), for an ASCII path that
    /// does not end in a slash; nil otherwise (the caller asks NSString).
    public static func asciiLastComponent(_ path: String) -> Substring.UTF8View? {
        let u = path.utf8
        guard let last = u.last, last != UInt8(ascii: "/"), u.allSatisfy({ $0 < 0x80 }) else { return nil }
        let start = u.lastIndex(of: UInt8(ascii: "/")).map { u.index(after: $0) } ?? u.startIndex
        return Substring(path)[start...].utf8
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }
}
