import CapIndexDomain
import CapIndexStore

/// The one place the application layer assembles the submissions every computation
/// reads — scoring (LCI, RCI, balance, priorities, trends, flags), matching (screening
/// and fresh eyes included), explain and the report snapshot — with the agreed ratings
/// of the challenge event in place of the self-ratings they replace (SPEC 9, the
/// effective-rating overlay). No other code of this target reads current submissions
/// for a computation (`ArchitectureTests` holds it), so no computation can miss it.
enum ScoringInput {
    /// Current submissions with effective ratings, with their narratives and locations.
    static func current(_ store: Store) throws -> [StoredSubmission] {
        OutcomeOverlay.apply(try store.currentOutcomes(), to: try store.currentSubmissions())
    }

    /// Current submissions with effective ratings, read lean as scoring needs them
    /// (narratives reduced to whether there is one).
    static func forScoring(_ store: Store) throws -> [StoredSubmission] {
        OutcomeOverlay.apply(try store.currentOutcomes(), to: try store.currentSubmissionsForScoring())
    }

    /// Current submissions as the LAs submitted them: self-ratings, for the pages that
    /// show what an event changed (never for a computation the rules make).
    static func selfAssessed(_ store: Store) throws -> [StoredSubmission] {
        try store.currentSubmissions()
    }
}
