import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexStore

/// The improvement templates (SPEC 9): written by capindex, filled in by openpyxl and
/// re-saved by LibreOffice (`Scripts/make_xlsx_fixtures.py --improvement`; committed, so
/// no tool is needed here), read back through the same import as CSV.
@Suite struct ImprovementTemplateTests {
    struct Expected: Decodable {
        struct File: Decodable {
            var kind: String
            var file: String
        }
        struct Outcome: Decodable, Equatable {
            var la_code: String
            var year: Int
            var theme: String
            var agreed_rating: Int?
            var note: String
            var agreed_on: String?
        }
        struct Challenge: Decodable, Equatable {
            var challenge_id, la_code, round: String
            var themes: [String]
            var lead_la_code, starts_on, ends_on: String
            var cx_endorsed_on, report_on: String?
        }
        struct Action: Decodable, Equatable {
            var action_id, la_code, source: String
            var theme: String?
            var action, owner: String
            var due_on: String?
            var status: String
            var updated_on: String?
            var note: String
        }
        var files: [File]
        var outcomes: [Outcome]
        var challenges: [Challenge]
        var actions: [Action]
    }

    static let expected: Expected = {
        let data = try! Data(contentsOf: URL(fileURLWithPath: Repo.fixture("xlsx/improvement-expected.json")))
        return try! JSONDecoder().decode(Expected.self, from: data)
    }()

    @Test(arguments: expected.files.map(\.file))
    func aFilledTemplateReadsBackThroughTheImport(file: String) throws {
        let e = Self.expected
        let entry = try #require(e.files.first { $0.file == file })
        let kind = try #require(ImprovementKind(rawValue: entry.kind))
        let run = try PipelineRun.demo()
        let r = try ImprovementImporter(store: run.store, now: PipelineRun.now).importFiles(kind, paths: [Repo.fixture("xlsx/" + file)])
        #expect(r.errorCount == 0, "\(r.diagnostics.map(\.rendered))")
        #expect(r.diagnostics.allSatisfy { $0.code != .i003 }, "the template's own columns are not unknown columns")
        switch kind {
        case .outcomes:
            let got = try run.store.currentOutcomes().map {
                Expected.Outcome(
                    la_code: $0.laCode, year: $0.year, theme: $0.theme, agreed_rating: $0.agreedRating?.rawValue, note: $0.note,
                    agreed_on: $0.agreedOn)
            }
            #expect(got == e.outcomes)
        case .challenges:
            let got = try run.store.currentChallenges().map {
                Expected.Challenge(
                    challenge_id: $0.challengeID, la_code: $0.laCode, round: $0.round, themes: $0.themes, lead_la_code: $0.leadLACode,
                    starts_on: $0.startsOn, ends_on: $0.endsOn, cx_endorsed_on: $0.cxEndorsedOn, report_on: $0.reportOn)
            }
            #expect(got == e.challenges)
        case .actions:
            let got = try run.store.currentActions().map {
                Expected.Action(
                    action_id: $0.actionID, la_code: $0.laCode, source: $0.source.description, theme: $0.theme, action: $0.action,
                    owner: $0.owner, due_on: $0.dueOn, status: $0.status.rawValue, updated_on: $0.updatedOn, note: $0.note)
            }
            #expect(got == e.actions)
        }
    }

    @Test func aCellOfAFilledTemplateIsTheLocationOfItsError() throws {
        let run = try PipelineRun.workedExample(evidence: false)
        // The worked example's register has no LA 370: the filled outcomes template's rows are E201 at their la_code cells.
        let r = try ImprovementImporter(store: run.store, now: PipelineRun.now).importFiles(
            .outcomes, paths: [Repo.fixture("xlsx/outcomes-openpyxl.xlsx")])
        #expect(r.diagnostics.first?.code == .e201)
        #expect(r.diagnostics.first?.location.description.hasSuffix("outcomes-openpyxl.xlsx:Outcomes!A5") == true)
    }

    @Test func anUntouchedTemplateChangesNothingAndOneWithTheRecordReimportsUnchanged() throws {
        let run = try PipelineRun.workedExample(evidence: false)
        let dir = Repo.tempDir("improvement-templates")
        for kind in ImprovementKind.allCases {
            let files = try ImprovementTemplateBatch.write(store: run.store, kind: kind, year: 2026, regions: ["Example Region"], to: dir)
            let r = try ImprovementImporter(store: run.store, now: PipelineRun.now).importFiles(kind, paths: files.map(\.path))
            #expect(r.errorCount == 0 && r.loaded == 0, "\(kind): \(r.diagnostics.map(\.rendered))")
        }
        for kind in ImprovementKind.allCases {
            _ = try ImprovementImporter(store: run.store, now: PipelineRun.now)
                .importFiles(kind, paths: [Repo.fixture("improvement/\(kind.rawValue).csv")])
        }
        for kind in ImprovementKind.allCases {
            let files = try ImprovementTemplateBatch.write(store: run.store, kind: kind, year: 2026, regions: ["Example Region"], to: dir)
            let r = try ImprovementImporter(store: run.store, now: PipelineRun.now).importFiles(kind, paths: files.map(\.path))
            #expect(r.errorCount == 0, "\(kind): \(r.diagnostics.map(\.rendered))")
            #expect(r.counts.new == 0 && r.counts.replaced == 0 && r.counts.unchanged == r.loaded, "\(kind): what is on record reads back")
        }
        #expect(try run.store.currentChallenges().count == 3, "PC-03 (June 2027, round 2) is in the 2026 cycle too")
    }

    @Test func theTemplateHasDropDownsForCodesThemesRatingsAndStatusesAndChecksDates() throws {
        let run = try PipelineRun.workedExample(evidence: false)
        let dir = Repo.tempDir("improvement-templates")
        var xml: [ImprovementKind: String] = [:]
        for kind in ImprovementKind.allCases {
            let f = try #require(
                try ImprovementTemplateBatch.write(store: run.store, kind: kind, year: 2026, regions: ["Example Region"], to: dir).first)
            let zip = try ZipArchive([UInt8](try Data(contentsOf: URL(fileURLWithPath: f.path))))
            xml[kind] = String(decoding: try #require(try XLSXWorkbook.part("xl/worksheets/sheet1.xml", in: zip)), as: UTF8.self)
            let codes = String(decoding: try #require(try XLSXWorkbook.part("xl/worksheets/sheet2.xml", in: zip)), as: UTF8.self)
            #expect(codes.contains("<sheetProtection"))
        }
        let outcomes = try #require(xml[.outcomes])
        #expect(outcomes.contains("<formula1>&quot;Outstanding,Good,Requires improvement,Inadequate&quot;</formula1>"))
        #expect(outcomes.contains("type=\"date\""))
        let challenges = try #require(xml[.challenges])
        #expect(challenges.contains("<formula1>'Codes'!$A$2:$A$4</formula1>"), "the three LA codes of Example Region")
        #expect(challenges.contains("<formula1>'Codes'!$D$2:$D$4</formula1>"), "the three themes of the framework")
        let actions = try #require(xml[.actions])
        #expect(actions.contains("not started,on track,at risk,off track,complete"))
    }
}
