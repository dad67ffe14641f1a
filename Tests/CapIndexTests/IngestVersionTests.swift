import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexReports
@testable import CapIndexStore

/// Versions (SPEC section 2): file-name order within one invocation, supersession,
/// rejected later files, unchanged bytes (I001), superseded versions (I002), dry runs.
@Suite struct IngestVersionTests {
    /// 101's submission with front-door rated `frontDoor`.
    private func submission101(frontDoor: String, signoff: String = "A. Chief") -> String {
        IngestSupport.csvFile(IngestSupport.rows("101", ratings: [frontDoor, "Good", "Outstanding"], signoff: signoff))
    }

    @Test func sha256IsTheStandardDigest() {
        // FIPS 180-2 test vector, so the stored digests below mean what SPEC says.
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func laterFileInTheSameRunSupersedes() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let a = submission101(frontDoor: "Good")
        let b = submission101(frontDoor: "Outstanding", signoff: "A. Chief-Again")
        try h.write("a.csv", a)
        try h.write("b.csv", b)
        let report = try h.ingest()

        #expect(report.files == 2)
        #expect(report.stored == 2)
        #expect(report.superseded == 1)
        #expect(
            report.storedVersions == [
                StoredVersion(laCode: "101", year: 2026, version: 1),
                StoredVersion(laCode: "101", year: 2026, version: 2),
            ])
        let i002 = try expectDiagnostic(report, "I002", file: "b.csv", line: 2)
        #expect(i002.laCode == "101" && i002.year == 2026)
        #expect(report.coded("I002").count == 1)

        let versions = try h.versions("101")
        try #require(versions.count == 2)
        #expect(versions.map(\.version) == [1, 2])
        #expect(versions.map(\.isCurrent) == [false, true])
        #expect(versions.map { URL(fileURLWithPath: $0.sourceFile).lastPathComponent } == ["a.csv", "b.csv"])
        #expect(versions[0].sourceSHA256 == SHA256.hex(Array(a.utf8)))
        #expect(versions[1].sourceSHA256 == SHA256.hex(Array(b.utf8)))
        #expect(versions.allSatisfy { $0.ingestedAt == IngestSupport.now })
        #expect(versions[0].theme("front-door")?.rating == .good, "the old version is kept as it was")
        #expect(versions[1].theme("front-door")?.rating == .outstanding)
        #expect(versions[1].cxSignoff == "A. Chief-Again")
        #expect(versions[0].contentHash != versions[1].contentHash)

        let current = try h.store.currentSubmissions(year: 2026)
        #expect(current.count == 1)
        #expect(current.first?.version == 2)
        #expect(current.first?.theme("front-door")?.rating == .outstanding)
        #expect(try h.store.submissionCounts() == (versions: 2, current: 1))
    }

    @Test func laterRunSupersedesAndOtherLAsAreUntouched() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let first = try h.write("first.csv", IngestSupport.csvFile(IngestSupport.rows("101") + IngestSupport.rows("102")))
        _ = try h.ingest([first])
        let second = try h.write("second.csv", submission101(frontDoor: "RI"))
        let report = try h.ingest([second])
        #expect(report.superseded == 1)
        try expectDiagnostic(report, "I002", file: "second.csv")
        #expect(try h.versions("101").map(\.isCurrent) == [false, true])
        #expect(try h.versions("101").last?.theme("front-door")?.rating == .requiresImprovement)
        #expect(try h.versions("102").count == 1, "102 was not resubmitted")
        #expect(try h.store.submissionCounts() == (versions: 3, current: 2))
    }

    @Test func rejectedLaterFileLeavesTheEarlierCurrent() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        try h.write("a.csv", submission101(frontDoor: "Good"))
        // b.csv: 101 again, with a bad rating; c.csv: 101 again, malformed (file-level).
        try h.write("b.csv", submission101(frontDoor: "Goood"))
        try h.write("c.csv", submission101(frontDoor: "\"Outstanding\"x"))
        let report = try h.ingest()
        try expectDiagnostic(report, "E204", file: "b.csv", line: 2)
        try expectDiagnostic(report, "E213", file: "c.csv", line: 2)
        #expect(report.coded("I002").isEmpty)
        #expect(report.stored == 1 && report.rejected == 1 && report.rejectedFiles == 1)
        let versions = try h.versions("101")
        #expect(versions.count == 1)
        #expect(versions.first?.isCurrent == true)
        #expect(versions.first.map { URL(fileURLWithPath: $0.sourceFile).lastPathComponent } == "a.csv")
        #expect(versions.first?.theme("front-door")?.rating == .good)
        #expect(try h.store.submissionCounts() == (versions: 1, current: 1))
    }

    @Test func rejectedLaterRunLeavesTheVersionCountUnchanged() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let a = try h.write("a.csv", submission101(frontDoor: "Good"))
        _ = try h.ingest([a])
        let before = try h.store.submissionCounts()
        let b = try h.write("b.csv", IngestSupport.csvFile(Array(IngestSupport.rows("101").prefix(2))))  // E211
        let report = try h.ingest([b])
        try expectDiagnostic(report, "E211", file: "b.csv", line: 2)
        #expect(try h.store.submissionCounts() == before)
        #expect(try h.versions("101").first?.sourceFile == a)
    }

    @Test func sameBytesAgainChangeNothing() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let text = IngestSupport.csvFile(IngestSupport.rows("101") + IngestSupport.rows("102"))
        let a = try h.write("a.csv", text)
        let first = try h.ingest([a])
        #expect(first.stored == 2)
        let counts = try h.store.submissionCounts()
        let files = try h.ingestedFileCount()

        // The same file again, and a copy under another name: both I001.
        let copy = try h.write("z-copy.csv", text)
        let again = try h.ingest([a, copy])
        #expect(again.coded("I001").map(\.locationFileName) == ["a.csv", "z-copy.csv"])
        #expect(again.codeList == ["I001", "I001"], "nothing else is reported")
        #expect(again.unchangedFiles == 2)
        #expect(again.files == 2)
        #expect(again.stored == 0 && again.submissions == 0 && again.superseded == 0)
        #expect(again.storedVersions.isEmpty)
        #expect(try h.store.submissionCounts() == counts)
        #expect(try h.ingestedFileCount() == files)
        #expect(try h.versions("101").map(\.version) == [1])
    }

    @Test func sameBytesTwiceInOneRunAreIngestedOnce() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        let text = submission101(frontDoor: "Good")
        try h.write("a.csv", text)
        try h.write("b.csv", text)
        let report = try h.ingest()
        try expectDiagnostic(report, "I001", file: "b.csv")
        #expect(report.stored == 1)
        #expect(report.coded("I002").isEmpty)
        #expect(try h.versions("101").count == 1)
    }

    /// More files than the preparing thread's window (32), so the calling thread prepares
    /// some itself (FilePreparer): files still count in name order, and bytes repeated one
    /// file later or 40 files later (beyond the window) are still found.
    @Test func manyFilesAreStoredInNameOrderAndRepeatsAreFoundAcrossTheWindow() throws {
        var content: [Int] = []  // which distinct text each file holds
        var distinct = 0
        for i in 0..<130 {
            if i % 10 == 9 {
                content.append(content[i - 1])
            } else if i >= 40 && i % 10 == 4 {
                content.append(content[i - 40])
            } else {
                content.append(distinct)
                distinct += 1
            }
        }
        let name = { (i: Int) in "f\(String(1000 + i).dropFirst()).csv" }
        let repeats = content.indices.filter { content[..<$0].contains(content[$0]) }.map(name)
        func populate(_ h: IngestHarness) throws {
            for (i, c) in content.enumerated() {
                try h.write(name(i), submission101(frontDoor: ["Good", "Outstanding"][c % 2], signoff: "Chief \(c)"))
            }
        }
        let real = try IngestHarness.make()
        defer { real.cleanup() }
        try populate(real)
        let report = try real.ingest()
        #expect(repeats.count == 130 - distinct && repeats.count > 12)
        #expect(report.coded("I001").map(\.locationFileName) == repeats)
        #expect(report.storedVersions.map(\.version) == Array(1...distinct))
        #expect(try real.versions("101").count == distinct)
        let current = try #require(try real.store.currentSubmissions(year: 2026).first)
        #expect(current.cxSignoff == "Chief \(distinct - 1)")

        let dry = try IngestHarness.make()
        defer { dry.cleanup() }
        try populate(dry)
        let dryReport = try dry.ingest(dryRun: true)
        #expect(dryReport.codeList == report.codeList)
        #expect(dryReport.diagnostics.map(\.locationFileName) == report.diagnostics.map(\.locationFileName))
    }

    @Test func filesGoInFileNameOrderWhateverOrderTheyAreGiven() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // Written (and passed) in the reverse of name order.
        let b = try h.write("b.csv", submission101(frontDoor: "Outstanding"))
        let a = try h.write("a.csv", submission101(frontDoor: "Inadequate"))
        #expect(try Ingester.inputFiles([b, a]).map(\.path) == [a, b])
        let report = try h.ingest([b, a])
        #expect(report.coded("I002").map(\.locationFileName) == ["b.csv"])
        let current = try #require(try h.store.currentSubmissions(year: 2026).first)
        #expect(URL(fileURLWithPath: current.sourceFile).lastPathComponent == "b.csv")
        #expect(current.theme("front-door")?.rating == .outstanding)
    }

    @Test func aFolderIsWalkedInFileNameOrder() throws {
        let h = try IngestHarness.make()
        defer { h.cleanup() }
        // Created in the order 3, 1, 2; names sort 1 < 2 < 3 (bytewise: "10" < "9").
        try h.write("submission-9.csv", submission101(frontDoor: "Outstanding"))
        try h.write("submission-10.csv", submission101(frontDoor: "Inadequate"))
        try h.write("notes.md", "not a submission")
        try h.write(".hidden.csv", "garbage\u{0}")
        try h.write("~$submission-9.csv", "garbage\u{0}")
        let report = try h.ingest()
        #expect(report.files == 2, "only .csv/.json/.xlsx/.txt files, not hidden or Excel lock files")
        #expect(report.errorCodeList.isEmpty)
        let versions = try h.versions("101")
        #expect(versions.map { URL(fileURLWithPath: $0.sourceFile).lastPathComponent } == ["submission-10.csv", "submission-9.csv"])
        #expect(versions.last?.isCurrent == true)
        #expect(versions.last?.theme("front-door")?.rating == .outstanding)
    }

    @Test func dryRunStoresNothingAndReportsTheSameDiagnostics() throws {
        func populate(_ h: IngestHarness) throws {
            try h.write(
                "a.csv",
                IngestSupport.csvFile(
                    IngestSupport.rows("101") + [
                        "102,2026,front-door,Goood,N,N,0,0,medium,,2026-11-10,",
                        "102,2026,children-in-care,Good,N,Y,0,0,medium,,2026-11-10,",
                        "102,2026,workforce,Good,N,N,0,0,medium,,2026-11-10,",
                        "999,2026,workforce,Good,N,N,0,0,medium,,2026-11-10,",
                    ]))
            try h.write(
                "b.csv",
                "la_code,year,theme,rating,comments\n" + IngestSupport.themeIDs.map { "103,2026,\($0),2,x" }.joined(separator: "\n") + "\n")
            try h.write("c.json", "{\"la_code\": \"104\", \"year\": 2026 \"themes\": []}")
        }
        let dry = try IngestHarness.make()
        defer { dry.cleanup() }
        try populate(dry)
        let dryReport = try dry.ingest(dryRun: true)

        #expect(try dry.store.submissionCounts() == (versions: 0, current: 0))
        #expect(try dry.store.db.scalar("SELECT count(*) FROM theme_ratings") == .int(0))
        #expect(try dry.ingestedFileCount() == 0, "a dry run records no file as ingested")
        #expect(try dry.store.db.scalar("SELECT count(*) FROM diagnostics") == .int(0), "nor logs diagnostics")

        let real = try IngestHarness.make()
        defer { real.cleanup() }
        try populate(real)
        let realReport = try real.ingest()
        #expect(try real.store.submissionCounts() == (versions: 2, current: 2))

        func comparable(_ r: IngestReport) -> [String] {
            r.diagnostics.map {
                "\($0.code)|\(URL(fileURLWithPath: $0.location.file).lastPathComponent)|\($0.location.line ?? -1)|\($0.location.path ?? "")|\($0.laCode ?? "")|\($0.year ?? 0)|\($0.theme ?? "")|\($0.message)"
            }
        }
        #expect(!dryReport.diagnostics.isEmpty)
        #expect(Set(["E204", "E201", "I003", "E214", "W107"]).isSubset(of: Set(dryReport.codeList)))
        #expect(comparable(dryReport) == comparable(realReport))
        #expect(dryReport.stored == realReport.stored)
        #expect(dryReport.rejected == realReport.rejected)
        #expect(dryReport.rejectedFiles == realReport.rejectedFiles)
        #expect(dryReport.summary == realReport.summary)

        // And the dry run left the store as it was: a real run afterwards ingests everything.
        let after = try dry.ingest()
        #expect(after.coded("I001").isEmpty)
        #expect(comparable(after) == comparable(realReport))
    }

    /// Where a real run would supersede a version or skip repeated bytes, a dry run
    /// should say so too.
    @Test func dryRunReportsSupersessionAndRepeatedBytesLikeARealRun() throws {
        func populate(_ h: IngestHarness) throws {
            try h.write("a.csv", submission101(frontDoor: "Good"))
            try h.write("b.csv", submission101(frontDoor: "Outstanding"))
            try h.write("c.csv", submission101(frontDoor: "Outstanding"))  // same bytes as b.csv
        }
        let dry = try IngestHarness.make()
        defer { dry.cleanup() }
        try populate(dry)
        let dryReport = try dry.ingest(dryRun: true)
        #expect(try dry.store.submissionCounts() == (versions: 0, current: 0))

        let real = try IngestHarness.make()
        defer { real.cleanup() }
        try populate(real)
        let realReport = try real.ingest()
        #expect(realReport.codeList.filter { $0 != "W107" } == ["I002", "I001"])

        #expect(dryReport.codeList == realReport.codeList)
        #expect(dryReport.superseded == realReport.superseded)
        #expect(dryReport.unchangedFiles == realReport.unchangedFiles)
    }
}

/// The store on a file: what one connection writes another sees, the schema's
/// constraints hold, and one submission is one transaction.
@Suite struct IngestStoreTests {
    @Test func aSecondStoreOnTheSameFileSeesTheIngestedRows() throws {
        let h = try IngestHarness.make(onFile: true)
        defer { h.cleanup() }
        #expect(h.store.path != ":memory:")
        try h.write("a.csv", IngestSupport.csvFile(IngestSupport.rows("101") + IngestSupport.rows("E06900013")))
        let report = try h.ingest()
        #expect(report.stored == 2)

        let other = try Store(path: h.store.path)
        #expect(other.isInitialised)
        let subs = try other.currentSubmissions(year: 2026)
        #expect(subs.map(\.laCode) == ["101", "103"])
        #expect(subs.allSatisfy { $0.themes.map(\.theme) == IngestSupport.themeIDs })
        #expect(IngestSupport.values(subs[0].themes) == IngestSupport.values(try h.versions("101")[0].themes))
        #expect(try other.submissionCounts() == (versions: 2, current: 2))
        #expect(try other.currentFramework()?.framework.id == "worked-example")

        // And a third connection opened after the first is gone.
        let path = h.store.path
        let third = try Store(path: path)
        #expect(try third.versions(laCode: "103", year: 2026).count == 1)
    }

    @Test func schemaConstraintsRejectImpossibleRows() throws {
        let h = try IngestHarness.make(onFile: true)
        defer { h.cleanup() }
        try h.write("a.csv", IngestSupport.csvFile(IngestSupport.rows("101")))
        _ = try h.ingest()
        let id = try #require(try h.versions("101").first?.id)
        let insert = """
            INSERT INTO theme_ratings(submission_id, theme, position, rating, strength, development, offer, need,
                confidence, narrative, source_place) VALUES (?, ?, 9, ?, 0, 0, ?, 0, ?, '', 'x')
            """
        func isConstraint(_ e: any Error) -> Bool { ((e as? DatabaseError)?.code ?? 0) & 0xFF == 19 }
        #expect(performing: { try h.store.db.run(insert, id, "extra-1", 5, 0, "high") }, throws: isConstraint)
        #expect(performing: { try h.store.db.run(insert, id, "extra-2", 0, 0, "high") }, throws: isConstraint)
        #expect(performing: { try h.store.db.run(insert, id, "extra-3", 2, 4, "high") }, throws: isConstraint)
        #expect(performing: { try h.store.db.run(insert, id, "extra-4", 2, 0, "certain") }, throws: isConstraint)
        // Unknown submission: foreign key.
        #expect(performing: { try h.store.db.run(insert, 9999, "extra-5", 2, 0, "high") }, throws: isConstraint)
        // Same theme twice in one submission: primary key.
        #expect(performing: { try h.store.db.run(insert, id, "front-door", 2, 0, "high") }, throws: isConstraint)
        // A second current version of the same LA-year.
        #expect(
            performing: {
                try h.store.db.run(
                    """
                    INSERT INTO submissions(la_code, year, version, is_current, source_file, source_sha256, source_format,
                        ingested_at, content_hash, framework, ingest_run)
                    SELECT la_code, year, 2, 1, source_file, source_sha256, source_format, ingested_at, content_hash, framework, ingest_run
                    FROM submissions WHERE id = ?
                    """, id)
            }, throws: isConstraint)
        // The control: a valid row goes in, so the failures above were the constraints.
        try h.store.db.run(insert, id, "extra-ok", 4, 3, "low")
        #expect(try h.store.db.scalar("SELECT count(*) FROM theme_ratings WHERE submission_id = ?", id) == .int(4))
        #expect(try h.store.submissionCounts() == (versions: 1, current: 1))
    }

    @Test func aSubmissionThatFailsHalfWayLeavesNothing() throws {
        let h = try IngestHarness.make(onFile: true)
        defer { h.cleanup() }
        try h.write("a.csv", IngestSupport.csvFile(IngestSupport.rows("101")))
        _ = try h.ingest()
        let bound = try #require(try h.store.currentFramework())
        let run = try h.store.beginIngestRun(at: IngestSupport.now, dryRun: false)
        // The third theme row breaks the offer constraint after the submission row and two
        // theme rows went in: the whole transaction must roll back.
        let themes = [
            ThemeEntry(theme: "front-door", rating: .good),
            ThemeEntry(theme: "children-in-care", rating: .good),
            ThemeEntry(theme: "workforce", rating: .good, offer: 9),
        ]
        let bad = ValidSubmission(
            laCode: "101", year: 2026, submittedOn: nil, cxSignoff: nil, themes: themes,
            sourceFile: "x.csv", sourceSHA256: String(repeating: "0", count: 64), format: .csv,
            location: CapIndexDomain.SourceLocation(file: "x.csv", line: 2))
        #expect(throws: DatabaseError.self) {
            try h.store.saveSubmission(bad, frameworkRowID: bound.rowID, diagnostics: [], runID: run, at: IngestSupport.now)
        }
        let versions = try h.versions("101")
        #expect(versions.count == 1, "no half-written version 2")
        #expect(versions.first?.isCurrent == true, "version 1 is still current")
        #expect(try h.store.db.scalar("SELECT count(*) FROM theme_ratings") == .int(3))

        // Seen from another connection too.
        let other = try Store(path: h.store.path)
        #expect(try other.submissionCounts() == (versions: 1, current: 1))
    }
}
