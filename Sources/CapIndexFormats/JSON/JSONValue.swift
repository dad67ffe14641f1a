import Foundation

/// A parsed JSON value that keeps what the file said: numbers as their text (so `2`
/// and `2.5` stay distinct), booleans apart from numbers, and the line of each value.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The value of `key` in an object (the first, when a key repeats).
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    /// Looks a key up ignoring case and surrounding blanks, as CSV headers are.
    public func member(_ key: String) -> (key: String, value: JSONValue)? {
        guard case .object(let members) = self else { return nil }
        let k = key.lowercased()
        return members.first { $0.key.trimmingCharacters(in: .whitespaces).lowercased() == k }
    }

    /// The value as cell text, as a CSV cell would hold it; nil for null.
    public var cellText: String? {
        switch self {
        case .null: nil
        case .bool(let b): b ? "true" : "false"
        case .number(let n): n
        case .string(let s): s
        case .array, .object: nil
        }
    }
}

/// Malformed JSON (E214), with where the parser stopped.
public struct JSONSyntaxError: Error, Equatable {
    /// 1-based line.
    public var line: Int
    /// 1-based column (in characters of the line).
    public var column: Int
    /// What was expected.
    public var message: String
}
