import Foundation
import Testing

@testable import CapIndexDomain

/// `SubmissionDiff`: what changed between two versions, theme by theme, as `diff`, the
/// status board and the challenge pack read it.
struct SubmissionDiffTests {
    static let framework = try! Framework.decode(
        [UInt8](FileManager.default.contents(atPath: Repo.fixture("worked-example/framework.json"))!), file: "framework.json")

    static func version(
        _ n: Int, current: Bool = false, signoff: String? = "A. Chief", withdrawn: Bool = false, _ themes: [ThemeEntry]
    ) -> StoredSubmission {
        StoredSubmission(
            id: n, laCode: "101", year: 2026, version: n, isCurrent: current, sourceFile: "v\(n).csv", sourceSHA256: "sha\(n)",
            format: .csv, ingestedAt: "2026-11-2\(n)T09:00:00Z", submittedOn: "2026-11-10", cxSignoff: signoff, contentHash: "h\(n)",
            themes: themes, withdrawnAt: withdrawn ? "2026-11-27T10:00:00Z" : nil, withdrawnWhy: withdrawn ? "wrong LA" : nil)
    }

    static let base = [
        ThemeEntry(theme: "front-door", rating: .good, offer: 2, narrative: "Steady"),
        ThemeEntry(theme: "children-in-care", rating: .requiresImprovement, need: 0),
        ThemeEntry(theme: "workforce", rating: .good),
    ]

    @Test func eachChangedFieldIsNamedAndUnchangedThemesSaySo() {
        var later = Self.base
        later[0].rating = .outstanding
        later[0].development = true
        later[0].narrative = "Steady, audited"
        later[1].need = 2
        let d = SubmissionDiff(
            from: Self.version(1, Self.base), to: Self.version(2, current: true, signoff: nil, later), framework: Self.framework)
        #expect(d.from.version == 1 && d.to.version == 2 && d.laCode == "101" && d.year == 2026)
        #expect(d.submissionChanges == [.cxSignoff])
        #expect(d.themes.map(\.theme) == ["front-door", "children-in-care", "workforce"], "every theme, framework order")
        #expect(d.themes[0].changes == [.rating, .development, .narrative])
        #expect(d.themes[0].title == Self.framework.theme(id: "front-door")!.title)
        #expect(d.themes[0].narrativeChanged)
        #expect(d.themes[0].flagsRaised == [.w101], "rated 1 and now an area for development")
        #expect(d.themes[1].changes == [.need] && !d.themes[1].narrativeChanged)
        #expect(d.themes[1].flagsCleared == [.w103], "need 2 now meets the floor a rating of 3 implies")
        #expect(!d.themes[2].changed && d.themes[2].changes.isEmpty)
        #expect(d.changedThemes.map(\.theme) == ["front-door", "children-in-care"])
        #expect(!d.sameContent)
    }

    @Test func theSameContentFromAnotherFileIsSameContent() {
        let d = SubmissionDiff(from: Self.version(1, Self.base), to: Self.version(2, current: true, Self.base), framework: Self.framework)
        #expect(d.sameContent && d.changedThemes.isEmpty && d.from.sourceFile == "v1.csv" && d.to.sourceFile == "v2.csv")
    }

    @Test func aThemeInOneVersionOnlyIsAPresenceChange() {
        let d = SubmissionDiff(
            from: Self.version(1, Array(Self.base.prefix(2))), to: Self.version(2, current: true, Self.base), framework: Self.framework)
        #expect(d.themes[2].changes == [.presence] && d.themes[2].before == nil && d.themes[2].after != nil)
    }

    @Test func theDefaultPairIsThePreviousVersionNotWithdrawnAndTheCurrentOne() throws {
        let v1 = Self.version(1, Self.base), v2 = Self.version(2, withdrawn: true, Self.base)
        let v3 = Self.version(3, current: true, Self.base)
        let p = try #require(SubmissionDiff.defaultPair(in: [v3, v2, v1]))
        #expect(p.from.version == 1 && p.to.version == 3, "a withdrawn version was filed wrongly: no fair comparison")
        let q = try #require(SubmissionDiff.defaultPair(in: [v1, Self.version(2, current: true, Self.base)]))
        #expect(q.from.version == 1 && q.to.version == 2)
        #expect(SubmissionDiff.defaultPair(in: [v1]) == nil, "one version: nothing to compare")
        // Nothing current (the last one withdrawn): the latest against the one before it.
        let r = try #require(SubmissionDiff.defaultPair(in: [v1, Self.version(2, withdrawn: true, Self.base)]))
        #expect(r.from.version == 1 && r.to.version == 2)
    }
}
