/// A framework's themes by id or title, in any case, blanks trimmed and inner runs of
/// blanks collapsed (``Framework/normalise(_:)``), keyed once: resolving a row's theme is
/// then one dictionary look-up (normalising every id and title for every row was a third
/// of an ingest). Submissions and improvement files resolve themes through it.
public struct ThemeLookup: Sendable {
    /// The framework's themes, in order.
    public let themes: [ThemeDefinition]
    /// Their ids, in the same order (a row needs only its theme's id: copying the whole
    /// definition for each row was retain and release of every field).
    public let ids: [String]
    private let byKey: [String: Int]
    /// For each theme, whether its id as it stands looks up that theme (it does unless a
    /// clash of spellings gave the key to an earlier theme): ``index(of:expected:)`` may
    /// then answer by comparing with the id.
    private let idFindsItself: [Bool]

    /// The look-up of a framework's themes.
    public init(_ framework: Framework) {
        themes = framework.themes
        ids = framework.themes.map(\.id)
        var keys: [String: Int] = [:]
        // First theme first, its id before its title: when two spellings clash, the earlier wins.
        for (i, t) in themes.enumerated() {
            for key in [Framework.normalise(t.id), Framework.normalise(t.title)] where keys[key] == nil { keys[key] = i }
        }
        byKey = keys
        let ids = self.ids
        idFindsItself = ids.indices.map { i in (keys[ids[i]] ?? keys[Framework.normalise(ids[i])]) == i }
    }

    /// The position in the framework of the theme `text` names by id or title (any case,
    /// blanks trimmed, inner runs of blanks collapsed), or nil.
    public func index(of text: String) -> Int? {
        // Normalising is idempotent, so text that is a key as it stands normalises to itself.
        if let i = byKey[text] { return i }
        return byKey[Framework.normalise(text)]
    }

    /// ``index(of:)``, trying the theme at `expected` first: rows usually come in the
    /// framework's order with its ids as written, and comparing with one id is cheaper than
    /// hashing the text (a national ingest looks up 17,500 themes). Same answer either way.
    public func index(of text: String, expected: Int) -> Int? {
        if expected < ids.count, idFindsItself[expected], ids[expected] == text { return expected }
        return index(of: text)
    }

    /// The theme `text` names, or nil.
    public func resolve(_ text: String) -> ThemeDefinition? { index(of: text).map { themes[$0] } }
}
