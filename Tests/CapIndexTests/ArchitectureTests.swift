import Foundation
import Testing

/// The layers hold (STYLE 17–18): each target imports only what the matrix below allows,
/// Package.swift declares exactly those dependencies, the graph has no cycle and no
/// backward edge, SQL lives in the store alone, and the rules touch no file.
/// The sources and the manifest are read as text; `swift` is not run (it would wait on
/// the build lock the test run holds).
@Suite struct ArchitectureTests {
    /// The layers, lowest first: a target may depend on targets of lower layers only.
    static let layers: [[String]] = [
        ["CSQLite", "CCrypto", "CZlib"],
        ["CapIndexDomain", "CapIndexResources"],
        ["CapIndexFormats"],
        ["CapIndexStore", "CapIndexReports"],
        ["CapIndexApp"],
        ["capindex"],
    ]

    /// What each target may depend on (its declared dependencies and its imports).
    static let allowed: [String: Set<String>] = [
        "CapIndexDomain": [],
        "CapIndexResources": [],
        "CapIndexFormats": ["CapIndexDomain", "CCrypto", "CZlib"],
        "CapIndexStore": ["CapIndexDomain", "CapIndexFormats", "CSQLite"],
        "CapIndexReports": ["CapIndexDomain", "CapIndexFormats"],
        "CapIndexApp": ["CapIndexDomain", "CapIndexFormats", "CapIndexStore", "CapIndexReports", "CapIndexResources"],
        "capindex": ["CapIndexApp", "CapIndexDomain", "ArgumentParser"],
        "capindex-embed": [],
    ]

    /// Modules any target may import: the platform's own.
    static let platform: Set<String> = ["Foundation", "FoundationXML", "Dispatch", "Glibc", "Musl", "Darwin"]

    /// The Swift files of a target, with their text.
    static func sources(_ target: String) throws -> [(path: String, text: String)] {
        let dir = Repo.path("Sources/\(target)")
        let files = (FileManager.default.enumerator(atPath: dir)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        return try files.sorted().map { ("\(target)/\($0)", try String(contentsOfFile: "\(dir)/\($0)", encoding: .utf8)) }
    }

    /// The modules a file imports.
    static func imports(_ text: String) -> Set<String> {
        Set(
            text.split(separator: "\n").compactMap { line -> String? in
                let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
                guard let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasPrefix("@") })
                else { return nil }
                return String(words[i + 1])
            })
    }

    /// Each target's declared dependencies, read from Package.swift.
    static func declaredDependencies() throws -> [String: Set<String>] {
        let manifest = try String(contentsOfFile: Repo.path("Package.swift"), encoding: .utf8)
        var out: [String: Set<String>] = [:]
        let calls = manifest.components(separatedBy: "Target(").dropFirst() + manifest.components(separatedBy: ".target(").dropFirst()
        for call in calls {
            // Up to the next element of the targets list, so one target never reads another's list.
            let chunk = call.components(separatedBy: "\n        .").first ?? call
            guard let name = chunk.firstMatch(#"name: "([^"]+)""#) else { continue }
            var deps = Set<String>()
            if let start = chunk.range(of: "dependencies: ["),
                let end = chunk.range(of: "]", range: start.upperBound..<chunk.endIndex)
            {
                let list = String(chunk[start.upperBound..<end.lowerBound])
                for product in list.allMatches(#"\.product\(name: "([^"]+)""#) { deps.insert(product) }
                for plain in list.replacingOccurrences(of: #"\.product\([^)]*\)"#, with: "", options: .regularExpression)
                    .allMatches(#""([^"]+)""#)
                {
                    deps.insert(plain)
                }
            }
            out[name] = deps
        }
        return out
    }

    @Test func everyTargetImportsOnlyWhatItMay() throws {
        for (target, allowed) in Self.allowed {
            for (path, text) in try Self.sources(target) {
                let extra = Self.imports(text).subtracting(allowed).subtracting(Self.platform)
                #expect(extra.isEmpty, "\(path) imports \(extra.sorted()), which \(target) may not")
            }
        }
    }

    @Test func packageDeclaresExactlyTheAllowedDependencies() throws {
        let declared = try Self.declaredDependencies()
        for (target, allowed) in Self.allowed {
            #expect(declared[target] == allowed, "Package.swift gives \(target) \(declared[target].map { $0.sorted() } ?? [])")
        }
        #expect(declared["CapIndexTests"] != nil, "the manifest was read")
    }

    @Test func theGraphPointsOneWay() {
        let layer = Dictionary(uniqueKeysWithValues: Self.layers.enumerated().flatMap { i, ts in ts.map { ($0, i) } })
        for (target, deps) in Self.allowed where layer[target] != nil {
            for d in deps where layer[d] != nil {
                #expect(layer[d]! < layer[target]!, "\(target) → \(d) points up or sideways")
            }
        }
        // No cycle: every target can be placed after its dependencies.
        var placed = Set<String>()
        var remaining = Self.allowed
        while let next = remaining.first(where: { $0.value.isSubset(of: placed.union(["CSQLite", "CCrypto", "CZlib", "ArgumentParser"])) })
        {
            placed.insert(next.key)
            remaining[next.key] = nil
        }
        #expect(remaining.isEmpty, "a cycle among \(remaining.keys.sorted())")
        // The store and the reports never see each other.
        #expect(!Self.allowed["CapIndexReports"]!.contains("CapIndexStore") && !Self.allowed["CapIndexStore"]!.contains("CapIndexReports"))
    }

    @Test func sqlIsWrittenInTheStoreOnly() throws {
        let sql = #"\b(SELECT .+ FROM|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX)|ALTER TABLE|DROP TABLE|PRAGMA \w+)\b"#
        for target in Self.allowed.keys where target != "CapIndexStore" {
            for (path, text) in try Self.sources(target) {
                #expect(!text.contains("sqlite3_"), "\(path) calls SQLite")
                #expect(text.range(of: sql, options: .regularExpression) == nil, "\(path) holds SQL")
            }
        }
    }

    /// The effective-rating overlay (SPEC 9) is applied once, in `ScoringInput`: no other
    /// file of the application layer reads current submissions for a computation. The
    /// files listed read them for what they are, not to compute: the E220 check that a
    /// submission exists, re-validation against a new framework, and the templates, which
    /// show the LA what it submitted.
    @Test func everyComputationReadsSubmissionsThroughTheOverlay() throws {
        let allowed: Set<String> = [
            "CapIndexApp/Scoring/ScoringInput.swift", "CapIndexApp/Improvement/ImprovementImporter.swift",
            "CapIndexApp/Workspace/Workspace.swift", "CapIndexApp/Templates/TemplateBatch.swift",
            "CapIndexApp/UseCases/Application+Template.swift",
        ]
        var readers: [String] = []
        for (path, text) in try Self.sources("CapIndexApp") where text.contains("currentSubmissions") {
            readers.append(path)
            #expect(allowed.contains(path), "\(path) reads current submissions itself: use ScoringInput, so agreed ratings apply")
        }
        #expect(readers.contains("CapIndexApp/Scoring/ScoringInput.swift"))
        for target in ["CapIndexReports", "CapIndexDomain", "capindex"] {
            for (path, text) in try Self.sources(target) { #expect(!text.contains("currentSubmissions"), "\(path)") }
        }
    }

    @Test func theRulesTouchNoFile() throws {
        let banned = [
            "FileManager", "FileHandle", "fopen(", "fwrite(", "Process(", "contentsOfFile", "contentsOf:", "write(to", "write(toFile",
        ]
        for (path, text) in try Self.sources("CapIndexDomain") {
            for word in banned { #expect(!text.contains(word), "\(path) uses \(word)") }
        }
    }

    @Test func theCheckItselfWouldNotice() throws {
        #expect(
            Self.imports("import Foundation\n@testable import CapIndexStore\n  import CSQLite") == [
                "Foundation", "CapIndexStore", "CSQLite",
            ])
        let declared = try Self.declaredDependencies()
        #expect(declared["CapIndexApp"]?.contains("CapIndexStore") == true)
        #expect(declared["capindex"]?.contains("ArgumentParser") == true)
    }
}

extension String {
    /// The first capture of `pattern`.
    fileprivate func firstMatch(_ pattern: String) -> String? { allMatches(pattern).first }

    /// The first capture of every match of `pattern`.
    fileprivate func allMatches(_ pattern: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = self as NSString
        return re.matches(in: self, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }
}
