import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexStore

/// Every code of SPEC 9 through the real import path (file → reader → row checks → store),
/// with its location, and the date rules at their boundaries: endorsement on the start
/// date, 56 days after a challenge, due on the report date, 90 days without an update.
@Suite struct ImprovementImportTests {
    static func run() throws -> PipelineRun { try PipelineRun.workedExample(evidence: false) }

    static func codes(_ r: ImprovementImportReport) -> [String] {
        r.diagnostics.map { "\($0.location) \($0.code.rawValue)" }
    }

    @Test func e220AnOutcomeWithoutACurrentSubmissionIsRejectedAloneTheRestLoads() throws {
        let run = try Self.run()
        // Coldharbour (103) did not submit in 2024; line 3 stands.
        let r = try run.importText(
            .outcomes, "o.csv", ImprovementCSV.outcomes + "103,2024,front-door,Good,,2025-01-20\n101,2026,workforce,RI,,2027-01-21\n")
        #expect(Self.codes(r) == ["\(run.dir)/o.csv:2 E220"])
        #expect(r.loaded == 1 && r.rejected == 1 && r.exitCode == 1)
        #expect(
            try run.store.currentOutcomes().map { "\($0.laCode) \($0.year) \($0.theme) \($0.agreedRating!.rawValue)" } == [
                "101 2026 workforce 3"
            ])
    }

    @Test func rowErrorsReuseTheSubmissionCodesEachRowAlone() throws {
        let run = try Self.run()
        let r = try run.importText(
            .outcomes, "o.csv",
            ImprovementCSV.outcomes
                + "999,2026,front-door,Good,,\n101,20x6,front-door,Good,,\n101,2026,no-such-theme,Good,,\n101,2026,front-door,Goood,,\n"
                + "101,2026,workforce,Good,,31/02/2027\n,2026,workforce,Good,,\n102,2026,workforce,,Kept as Good,21/01/2027\n")
        #expect(
            Self.codes(r) == [
                "\(run.dir)/o.csv:2 E201", "\(run.dir)/o.csv:3 E212", "\(run.dir)/o.csv:4 E203", "\(run.dir)/o.csv:5 E204",
                "\(run.dir)/o.csv:6 E217", "\(run.dir)/o.csv:7 E210",
            ])
        #expect(r.loaded == 1 && r.rejected == 6)
        let kept = try #require(try run.store.currentOutcomes().first)
        #expect(kept.agreedRating == nil && kept.note == "Kept as Good" && kept.agreedOn == "2027-01-21", "DD/MM/YYYY as Excel writes it")
    }

    /// Audit finding 12: unknown columns of an improvement file get ONE I003 per file,
    /// naming the first ten, as a submission's do (issue 17), however many there are.
    @Test func unknownColumnsOfAnImprovementFileAreOneNotice() throws {
        let run = try Self.run()
        let extra = (1...100_000).map { "x\($0)" }
        let header = "la_code,year,theme,agreed_rating,note,agreed_on," + extra.joined(separator: ",") + "\n"
        let r = try run.importText(.outcomes, "wide.csv", header + "101,2026,front-door,Good,,2027-01-21\n")
        let notices = r.diagnostics.filter { $0.code == .i003 }
        #expect(notices.count == 1, "\(notices.count) notices")
        let message = try #require(notices.first?.message)
        #expect(message.hasPrefix("100,000 columns ignored, not columns of an outcomes file: 'x1', 'x2'"), "\(message)")
        #expect(message.contains("'x10' and "), "the first ten named, the rest counted: \(message)")
        #expect(r.errorCount == 0)
        let one = try run.importText(.challenges, "c.csv", "challenge_id,la_code,round,theme,lead_la_code,starts_on,ends_on,colour\n")
        #expect(
            one.diagnostics.filter { $0.code == .i003 }.map(\.message) == ["column 'colour' ignored: not a column of a challenges file"])
    }

    /// Audit finding 22: an outcomes file without an `agreed_rating` column is not read as
    /// confirmations of every self-rating; nor is a submission file given to `outcomes import`.
    @Test func anOutcomesFileWithoutTheAgreedRatingColumnIsRejected() throws {
        let run = try Self.run()
        try run.importText(.outcomes, "o.csv", ImprovementCSV.outcomes + "101,2026,children-in-care,RI,Drift,2027-01-21\n")
        let r = try run.importText(.outcomes, "o2.csv", "la_code,year,theme,note\n101,2026,children-in-care,x\n")
        let e210 = r.diagnostics.filter { $0.code == .e210 }
        #expect(e210.count == 1 && r.errorCount == 1, "\(r.diagnostics)")
        #expect(e210.first?.message == "required column agreed_rating missing from the header of an outcomes file")
        #expect(e210.first?.location.line == 1)
        #expect(try run.store.currentOutcomes().map(\.agreedRating) == [.requiresImprovement], "the agreed rating stands")
        let submission = try String(
            contentsOfFile: Repo.fixture("worked-example/inputs/submissions/example-2026.csv"), encoding: .utf8)
        let s = try run.importText(.outcomes, "sub.csv", submission)
        #expect(s.diagnostics.map(\.code).contains(.e210), "a submission file is not an outcomes file")
    }

    @Test func theSameFileTwiceChangesNothing() throws {
        let run = try Self.run()
        let text = ImprovementCSV.outcomes + "101,2026,workforce,RI,,2027-01-21\n"
        let first = try run.importText(.outcomes, "o.csv", text)
        #expect(first.counts.new == 1)
        let fingerprint = try run.store.inputsFingerprint().hash
        let second = try run.importText(.outcomes, "o.csv", text)
        #expect(second.unchangedFiles == 1 && second.loaded == 0)
        #expect(second.diagnostics.map(\.code) == [.i001])
        #expect(try run.store.inputsFingerprint().hash == fingerprint)
        #expect(try run.store.outcomeHistory().count == 1)
    }

    @Test func aLaterOutcomeReplacesTheEarlierWhichStaysInTheHistory() throws {
        let run = try Self.run()
        try run.importText(.outcomes, "a.csv", ImprovementCSV.outcomes + "101,2026,workforce,RI,First view,2027-01-21\n")
        let r = try run.importText(.outcomes, "b.csv", ImprovementCSV.outcomes + "101,2026,workforce,Good,On reflection,2027-01-28\n")
        #expect(r.counts.replaced == 1)
        #expect(try run.store.currentOutcomes().map(\.note) == ["On reflection"])
        #expect(try run.store.outcomeHistory().map(\.note) == ["First view", "On reflection"])
        let score = try ScoreStage.run(store: run.store, now: PipelineRun.now).scores.laScores.first {
            $0.laCode == "101" && $0.year == 2026
        }
        #expect(score?.lci == Exact(700, 9), "Good again: the self-assessed LCI")
    }

    @Test func anOutcomeWaitingForItsSubmissionLoadsWhenTheFileIsReadAgain() throws {
        let run = try Self.run()
        let text = ImprovementCSV.outcomes + "103,2024,front-door,Good,,2025-01-20\n"
        #expect(try run.importText(.outcomes, "o.csv", text).rejected == 1)
        // The file had a rejected row, so the same bytes are read again rather than skipped as seen.
        #expect(try run.importText(.outcomes, "o.csv", text).unchangedFiles == 0)
    }

    @Test func w114EndorsementOnTheStartDateIsInTimeTheDayAfterIsNot() throws {
        let run = try Self.run()
        let r = try run.importText(
            .challenges, "c.csv",
            ImprovementCSV.challenges + "PC-1,102,1,children-in-care,101,2027-03-01,2027-03-03,2027-03-01,\n"
                + "PC-2,102,1,children-in-care,101,2027-03-01,2027-03-03,2027-03-02,\n"
                + "PC-3,102,1,children-in-care,101,2027-03-01,2027-03-03,,\n")
        #expect(r.diagnostics.filter { $0.code == .w114 }.map(\.location.description) == ["\(run.dir)/c.csv:3", "\(run.dir)/c.csv:4"])
        #expect(r.diagnostics.filter { $0.code == .w114 }.map(\.year) == [2026, 2026], "a March 2027 challenge is in the 2026 cycle")
    }

    @Test func w113ATheameThatIsNotAnAreaForDevelopment() throws {
        let run = try Self.run()
        // Brackwater 2026: children-in-care is an area for development, workforce is not.
        let r = try run.importText(
            .challenges, "c.csv",
            ImprovementCSV.challenges + "PC-1,102,1,children-in-care,101,2027-03-01,2027-03-03,2027-02-20,\n"
                + "PC-1,102,1,workforce,101,2027-03-01,2027-03-03,2027-02-20,\n")
        let w113 = r.diagnostics.filter { $0.code == .w113 }
        #expect(w113.map(\.theme) == ["workforce"])
        #expect(try run.store.currentChallenges().map(\.themes) == [["children-in-care", "workforce"]])
    }

    @Test func theCycleRuleAtItsEdges() {
        #expect(
            PeerChallenge(
                challengeID: "a", laCode: "1", round: "1", themes: [], leadLACode: "2", startsOn: "2026-11-01", endsOn: "2026-11-02"
            ).cycleYear == 2026)
        #expect(
            PeerChallenge(
                challengeID: "a", laCode: "1", round: "1", themes: [], leadLACode: "2", startsOn: "2027-10-31", endsOn: "2027-11-01"
            ).cycleYear == 2026)
        #expect(
            PeerChallenge(
                challengeID: "a", laCode: "1", round: "1", themes: [], leadLACode: "2", startsOn: "2026-10-31", endsOn: "2026-11-01"
            ).cycleYear == 2025)
    }

    @Test func w115FiftySixDaysAfterTheEndWithNoAction() throws {
        let run = try Self.run()
        try run.importText(
            .challenges, "c.csv", ImprovementCSV.challenges + "PC-1,102,1,children-in-care,101,2027-03-01,2027-03-03,2027-02-20,\n")
        // 2027-03-03 + 56 days = 2027-04-28.
        #expect(try run.improvementFlags(at: "2027-04-27").filter { $0.code == .w115 }.isEmpty, "55 days")
        let w115 = try run.improvementFlags(at: "2027-04-28").filter { $0.code == .w115 }
        #expect(
            w115.map(\.message) == [
                "Peer challenge PC-1 ended on 2027-03-03; its action plan was due by 2027-04-28, and no action has it as its source"
            ])
        #expect(w115.map(\.laCode) == ["102"] && w115.map(\.year) == [2026])
        try run.importText(
            .actions, "a.csv",
            ImprovementCSV.actions + "A-1,102,PC-1,children-in-care,Plan,Head of Service,2027-09-30,on track,2027-04-20,\n")
        #expect(try run.improvementFlags(at: "2027-04-28").filter { $0.code == .w115 }.isEmpty, "an action names it")
    }

    @Test func w116DueBeforeTheReportDateAndNotComplete() throws {
        let run = try Self.run()
        try run.importText(
            .actions, "a.csv",
            ImprovementCSV.actions + "A-1,101,event:2026,front-door,Audit,Head of Service,2027-06-30,on track,2027-06-29,\n"
                + "A-2,101,event:2026,front-door,Audit,Head of Service,2027-06-29,complete,2027-06-29,\n")
        #expect(try run.improvementFlags(at: "2027-06-30").filter { $0.code == .w116 }.isEmpty, "due on the report date: not yet overdue")
        let w116 = try run.improvementFlags(at: "2027-07-01").filter { $0.code == .w116 }
        #expect(
            w116.map(\.message) == ["Action A-1 (event:2026) was due on 2027-06-30 and is on track"], "complete actions are never overdue")
        #expect(w116.map(\.year) == [2026] && w116.map(\.theme) == ["front-door"])
    }

    @Test func w117NinetyDaysIsNotStaleNinetyOneIs() throws {
        let run = try Self.run()
        try run.importText(
            .actions, "a.csv",
            ImprovementCSV.actions + "A-1,101,summit:2026,workforce,Group,\"DCS, Ashdown\",2028-03-31,At Risk,2027-04-01,\n"
                + "A-2,101,summit:2026,workforce,Group,\"DCS, Ashdown\",2028-03-31,not started,,\n")
        // 2027-04-01 + 90 days = 2027-06-30.
        #expect(
            try run.improvementFlags(at: "2027-06-30").filter { $0.code == .w117 }.map(\.message) == [
                "Action A-2 (summit:2026) is not started and has never been updated"
            ])
        let stale = try run.improvementFlags(at: "2027-07-01").filter { $0.code == .w117 }.map(\.message)
        #expect(stale.count == 2)
        #expect(stale.contains("Action A-1 (summit:2026) is at risk and was last updated on 2027-04-01, more than 90 days ago"))
        // Audit finding 9: no count of days, so the next day's run finds the same message.
        #expect(try run.improvementFlags(at: "2027-07-02").filter { $0.code == .w117 }.map(\.message) == stale)
        #expect(try run.store.currentActions().first?.status == .atRisk, "any case")
    }

    @Test func e221AndActionRowsEachAlone() throws {
        let run = try Self.run()
        let r = try run.importText(
            .actions, "a.csv",
            ImprovementCSV.actions + "A-1,101,event:2026,,Audit,,,done,,\n" + "A-2,101,event:20x6,,Audit,,,complete,,\n"
                + "A-3,101,PC-9,,,,,complete,,\n" + "A-4,101,event:2026,,Audit,,,Off-Track,2027-05-01,\n")
        #expect(Self.codes(r) == ["\(run.dir)/a.csv:2 E221", "\(run.dir)/a.csv:3 E212", "\(run.dir)/a.csv:4 E210"])
        #expect(try run.store.currentActions().map { "\($0.actionID) \($0.status.rawValue)" } == ["A-4 off track"])
    }

    @Test func theTrackerReimportedKeepsEachActionsProgressHistory() throws {
        let run = try Self.run()
        let row = "A-1,101,event:2026,front-door,Audit,Head of Service,2027-06-30,"
        try run.importText(.actions, "t1.csv", ImprovementCSV.actions + row + "not started,2027-02-01,\n")
        let r = try run.importText(.actions, "t2.csv", ImprovementCSV.actions + row + "on track,2027-04-01,Started\n")
        #expect(r.counts.replaced == 1)
        #expect(try run.store.actionHistory().map(\.status) == [.notStarted, .onTrack])
        #expect(try run.store.currentActions().map(\.note) == ["Started"])
    }

    @Test func aFileWithoutItsRequiredColumnsIsRejectedWhole() throws {
        let run = try Self.run()
        let r = try run.importText(.challenges, "c.csv", "challenge_id,la_code,theme\nPC-1,101,front-door\n")
        #expect(r.rejectedFiles == 1)
        #expect(r.diagnostics.map(\.code) == [.e210])
        #expect(r.diagnostics.first?.message.contains("round, lead_la_code, starts_on, ends_on") == true)
    }

    @Test func excelCSVQuirksReadAsSubmissionsDo() throws {
        let run = try Self.run()
        // A BOM, semicolons, header in another order and case, a quoted delimiter, CRLF, Windows-1252 é.
        let text = "\u{FEFF}Theme;LA_CODE;Year;Note;Agreed Rating\r\nfront-door;101;2026;\"Caf\u{e9}; r\u{e9}sum\u{e9}\";RI\r\n"
        var bytes = Array(text.utf8)
        bytes = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }.dropFirst())
        try Data(bytes).write(to: URL(fileURLWithPath: run.dir + "/w.csv"))
        let r = try ImprovementImporter(store: run.store, now: PipelineRun.now).importFiles(.outcomes, paths: [run.dir + "/w.csv"])
        #expect(r.diagnostics.map(\.code) == [.w001])
        #expect(try run.store.currentOutcomes().map(\.note) == ["Café; résumé"])
    }
}
