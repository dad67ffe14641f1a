import Foundation
import Testing

@testable import CapIndexDomain

/// SPEC 2 "Submission window": a version stored after the end of the deadline day (UK
/// time) is late; the ingest time counts; without a deadline nothing is late.
struct SubmissionWindowTests {
    static let window = SubmissionWindow(deadlines: [2026: "2026-11-28"])

    @Test func aVersionOnTheDeadlineDayIsOnTimeAndOneAfterMidnightIsLate() {
        #expect(!Self.window.isLate(ingestedAt: "2026-11-23T09:00:00Z", year: 2026))
        #expect(!Self.window.isLate(ingestedAt: "2026-11-28T23:59:59Z", year: 2026), "the whole deadline day counts")
        #expect(Self.window.isLate(ingestedAt: "2026-11-29T00:00:00Z", year: 2026), "the first moment after it is late")
        #expect(Self.window.isLate(ingestedAt: "2026-12-02T10:00:00Z", year: 2026))
    }

    @Test func withoutADeadlineForTheYearNothingIsLate() {
        #expect(!Self.window.isLate(ingestedAt: "2030-01-01T00:00:00Z", year: 2025))
        #expect(!SubmissionWindow.none.isLate(ingestedAt: "2030-01-01T00:00:00Z", year: 2026))
        #expect(Self.window.deadline(year: 2026) == "2026-11-28" && Self.window.deadline(year: 2025) == nil)
    }

    @Test func theDayEndsAtMidnightInEnglandInSummerToo() {
        // 30 June is in British Summer Time: midnight in England is 23:00 UTC.
        let summer = SubmissionWindow(deadlines: [2026: "2026-06-30"])
        #expect(!summer.isLate(ingestedAt: "2026-06-30T22:59:59Z", year: 2026))
        #expect(summer.isLate(ingestedAt: "2026-06-30T23:30:00Z", year: 2026))
        // Clocks go back on Sunday 25 October 2026 at 01:00 UTC; midnight starting that day is still BST.
        func ends(_ day: String, at utc: String) -> Bool {
            guard let end = SubmissionWindow.endOfDay(day) else { return false }
            return end == SubmissionWindow.instant(utc)
        }
        #expect(ends("2026-10-24", at: "2026-10-24T23:00:00Z"))
        #expect(ends("2026-10-25", at: "2026-10-26T00:00:00Z"))
        // Clocks go forward on Sunday 29 March 2026: midnight starting that day is still GMT.
        #expect(ends("2026-03-28", at: "2026-03-29T00:00:00Z"))
        #expect(ends("2026-03-29", at: "2026-03-29T23:00:00Z"))
    }

    @Test func timeStampsWithOffsetsFractionsAndNoZone() throws {
        let utc = try #require(SubmissionWindow.instant("2026-11-29T00:00:00Z"))
        #expect(SubmissionWindow.instant("2026-11-29T01:00:00+01:00") == utc)
        #expect(SubmissionWindow.instant("2026-11-28T19:00:00-05:00") == utc)
        #expect(SubmissionWindow.instant("2026-11-29T00:00:00.250Z") == utc)
        #expect(SubmissionWindow.instant("2026-11-29T00:00:00") == utc, "capindex's own stamps are UTC")
        #expect(SubmissionWindow.instant("1970-01-01T00:00:00Z") == 0)
        for bad in ["", "29/11/2026", "2026-11-29", "2026-13-01T00:00:00Z", "2026-11-29T00:00:00Q"] {
            #expect(SubmissionWindow.instant(bad) == nil, "\(bad)")
        }
        #expect(!Self.window.isLate(ingestedAt: "not a time", year: 2026), "an unreadable time is not called late")
        #expect(SubmissionWindow.endOfDay("2026-02-30") == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for day: Int64 in [-800_000, -1, 0, 1, 19_000, 20_785, 60_000] {
            let (y, m, d) = SubmissionWindow.civilFromDays(day)
            #expect(SubmissionWindow.daysFromCivil(y, m, d) == day)
        }
        #expect(SubmissionWindow.daysFromCivil(2026, 11, 29) == 20_786)
    }
}
