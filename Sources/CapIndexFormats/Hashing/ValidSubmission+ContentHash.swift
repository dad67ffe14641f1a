import CapIndexDomain

extension ValidSubmission {
    /// SHA-256 of the submission's content (not where it came from): equal content, equal
    /// hash. The bytes are those of ``ValidSubmission/contentText``, appended into one buffer
    /// rather than interpolated (a test holds the two the same).
    public var contentHash: String {
        var b: [UInt8] = []
        b.reserveCapacity(64 + themes.reduce(0) { $0 + $1.narrative.utf8.count + 48 })
        func add(_ s: String) { b.append(contentsOf: s.utf8) }
        // Ratings, offers and needs are single digits: written as they are, not through String.
        func add(_ n: Int) { if 0 <= n && n <= 9 { b.append(UInt8(ascii: "0") + UInt8(n)) } else { add(String(n)) } }
        func bar() { b.append(UInt8(ascii: "|")) }
        add(laCode)
        bar()
        add(year)
        bar()
        add(submittedOn ?? "")
        bar()
        add(cxSignoff ?? "")
        b.append(0x0A)
        for t in themes {
            add(t.theme)
            bar()
            add(t.rating.rawValue)
            bar()
            add(t.strength ? "true" : "false")
            bar()
            add(t.development ? "true" : "false")
            bar()
            add(t.offer)
            bar()
            add(t.need)
            bar()
            add(t.confidence.rawValue)
            bar()
            add(t.narrative)
            b.append(0x0A)
        }
        return SHA256.hex(b)
    }
}
