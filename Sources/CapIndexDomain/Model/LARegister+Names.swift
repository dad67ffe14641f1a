/// LAs and regions given by name, as people type them on the command line.
extension LARegister {
    /// The 3-digit code of an LA given by its 3-digit or ONS code, or by its name as the
    /// register spells it (any case, punctuation and extra blanks ignored:
    /// `kingston upon hull city of`); nil when nothing matches or a name is ambiguous.
    public func resolveLA(_ text: String) -> String? {
        if let code = resolve(text) { return code }
        let key = Self.nameKey(text)
        let codes = Set(rows.filter { Self.nameKey($0.name) == key }.map(\.laCode))
        return codes.count == 1 ? codes.first : nil
    }

    /// The nearest LAs to a misspelt code or name, as `Name (code)`.
    public func suggestLAs(_ text: String, limit: Int = 3) -> [String] {
        var label: [String: String] = [:]
        for r in rows { label[r.name] = "\(r.name) (\(r.laCode))" }
        let byName = NameSuggestion.nearest(to: text, among: Array(label.keys), limit: limit).compactMap { label[$0] }
        if !byName.isEmpty { return byName }
        let byCode = NameSuggestion.nearest(to: text, among: allCodes, limit: limit)
        return byCode.compactMap { c in rows(of: c).last.map { "\($0.name) (\(c))" } }
    }

    /// The nearest region names to a misspelt one.
    public func suggestRegions(_ text: String, limit: Int = 3) -> [String] {
        NameSuggestion.nearest(to: text, among: regions, limit: limit)
    }

    /// A name reduced to lower-case letters, digits and single blanks (`&` read as `and`).
    static func nameKey(_ s: String) -> String {
        let spaced = s.lowercased().replacingAmpersands().unicodeScalars.map { u -> Character in
            u.properties.isAlphabetic || ("0"..."9").contains(u) ? Character(u) : " "
        }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }
}

extension String {
    fileprivate func replacingAmpersands() -> String { split(separator: "&", omittingEmptySubsequences: false).joined(separator: " and ") }
}
