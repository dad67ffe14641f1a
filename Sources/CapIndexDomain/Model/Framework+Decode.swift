import Foundation

/// Why a framework file cannot be used.
public struct FrameworkError: Error, Equatable, CustomStringConvertible {
    /// The file that was read.
    public var file: String
    /// What is wrong, specific detail first.
    public var message: String
    public var description: String { "\(file): error: framework: \(message)" }

    /// Creates a value with every field given.
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }
}

extension Framework {
    /// Decodes and validates framework JSON.
    public static func decode(_ bytes: [UInt8], file: String) throws -> Framework {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let fw: Framework
        do {
            fw = try decoder.decode(Framework.self, from: Data(bytes))
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw FrameworkError(file: file, message: "missing key '\(key.stringValue)' at \(path(ctx.codingPath))")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw FrameworkError(file: file, message: "wrong type at \(path(ctx.codingPath)): \(ctx.debugDescription)")
        } catch let DecodingError.dataCorrupted(ctx) {
            throw FrameworkError(file: file, message: "\(ctx.debugDescription) at \(path(ctx.codingPath))")
        } catch {
            throw FrameworkError(file: file, message: "not valid framework JSON (\(error))")
        }
        try fw.validate(file: file)
        return fw
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    /// Checks the rules a hand-edited framework can break.
    func validate(file: String) throws {
        func fail(_ m: String) throws -> Never { throw FrameworkError(file: file, message: m) }
        if id.isEmpty || version.isEmpty { try fail("id and version must not be empty") }
        if themes.isEmpty { try fail("a framework needs at least one theme") }
        var seen = Set<String>()
        for t in themes {
            if !seen.insert(Framework.normalise(t.id)).inserted { try fail("theme id '\(t.id)' appears twice") }
            if !(t.weight > 0) { try fail("theme '\(t.id)' has weight \(t.weight); weights must be above 0") }
            for i in t.indicators where indicator(id: i) == nil {
                try fail("theme '\(t.id)' links indicator '\(i)', which is not in the catalogue")
            }
        }
        var ids = Set<String>()
        for i in indicators where !ids.insert(i.id).inserted { try fail("indicator id '\(i.id)' appears twice") }
        let w = componentWeights
        if w.quality < 0 || w.offer < 0 || w.need < 0 || w.quality + w.offer + w.need <= 0 {
            try fail("component weights must be 0 or more and not all 0")
        }
        if bands.isEmpty { try fail("at least one band is needed") }
        for (a, b) in zip(bands, bands.dropFirst()) where !(b.min < a.min) {
            try fail("bands must be listed from the highest threshold down ('\(a.name)' then '\(b.name)')")
        }
        if priorities < 0 { try fail("priorities (K) must be 0 or more") }
        if matchingCapacity < 0 { try fail("matching_capacity (C) must be 0 or more") }
        if let n = narrativeLimit, n < 1 { try fail("narrative_limit must be at least 1") }
    }
}
