import CapIndexDomain
import Foundation

/// Matches the LA columns of a published row to LAs of the register (SPEC 5): by the
/// 3-digit code first, then by any ONS code the LA has had, current or previous.
/// `940 / 941` (with `E06000061 / E06000062`) is a combined return of two LAs.
public struct LAMatcher: Sendable {
    /// The register's 3-digit codes, sorted; an LA is its index here.
    public let codes: [String]
    private var byNumber: [Int16]
    private let byONS: [String: Int16]

    /// What a row's LA columns matched.
    public enum Outcome: Sendable {
        /// One LA.
        case one(Int16)
        /// A combined return: the value applies to each.
        case combined([Int16])
        /// Nothing in the register: the codes as written.
        case unmatched(String)
    }

    /// A matcher over every LA of the register.
    public init(register: LARegister) {
        codes = register.allCodes
        var numbers = [Int16](repeating: -1, count: 1000)
        var ons: [String: Int16] = [:]
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, Int16($0)) })
        for (i, c) in codes.enumerated() { if let n = Int(c) { numbers[n] = Int16(i) } }
        for r in register.rows where !r.onsCode.isEmpty {
            if let i = index[r.laCode] { ons[r.onsCode.uppercased()] = i }
        }
        byNumber = numbers
        byONS = ons
    }

    /// The index of a 3-digit code, or nil.
    public func index(of code: String) -> Int16? {
        guard let n = Int(code), code.count == 3, byNumber[n] >= 0 else { return nil }
        return byNumber[n]
    }

    /// The index of a 3-digit code given as a number, or nil.
    @inline(__always)
    func index(number n: Int) -> Int16? {
        let i = byNumber[n]
        return i >= 0 ? i : nil
    }

    /// Matches one code (3-digit or ONS) written as text.
    public func resolve(_ text: String) -> Int16? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.count == 3, t.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let i = byNumber[Int(t)!]
            if i >= 0 { return i }
        }
        return byONS[t.uppercased()]
    }

    /// Matches a row by its 3-digit column (`old`) and ONS column (`new`); either may be absent.
    func match(old: UnsafeBufferPointer<UInt8>?, new: UnsafeBufferPointer<UInt8>?) -> Outcome {
        // Hot path: a plain 3-digit code of the register.
        if let old, let n = EvidenceBytes.threeDigits(old), byNumber[n] >= 0 { return .one(byNumber[n]) }
        let oldText = old.map(EvidenceBytes.string) ?? ""
        let newText = new.map(EvidenceBytes.string) ?? ""
        return match(old: oldText, new: newText)
    }

    /// The same on Strings.
    public func match(old oldText: String, new newText: String) -> Outcome {
        func parts(_ s: String) -> [String] {
            s.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let o = parts(oldText), n = parts(newText)
        let count = max(o.count, n.count)
        guard count > 0 else { return .unmatched("no LA code") }
        var found: [Int16] = []
        for i in 0..<count {
            let hit = (i < o.count ? resolve(o[i]) : nil) ?? (i < n.count ? resolve(n[i]) : nil)
            guard let hit else { return .unmatched(describe(oldText, newText)) }
            if !found.contains(hit) { found.append(hit) }
        }
        if count == 1 || found.count == 1 { return .one(found[0]) }
        return .combined(found)
    }

    private func describe(_ old: String, _ new: String) -> String {
        [old, new].filter { !$0.isEmpty }.joined(separator: " / ")
    }
}
