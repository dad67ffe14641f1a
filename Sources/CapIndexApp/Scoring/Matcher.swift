import CapIndexDomain
import CapIndexStore

/// The matching use case (SPEC 8): asks and offers from the current submissions, solved
/// region by region and year by year. Exports and reports are handed its results; they
/// never match again themselves.
public struct Matcher {
    /// The store it works on.
    public let store: Store

    /// A matcher over a store's current submissions.
    public init(store: Store) { self.store = store }

    /// The matching over every current submission, providers screened by the imported evidence.
    public func supportMatching() throws -> SupportMatching {
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        return SupportMatching(
            framework: bound.framework, register: try store.loadRegister(), submissions: try ScoringInput.current(store),
            evidence: try store.evidenceSource())
    }

    /// Every region and year with submissions, optionally narrowed.
    public func matchAll(years: Set<Int>?, regions: Set<String>?) throws -> [RegionMatching] {
        try supportMatching().matchAll(years: years, regions: regions)
    }
}
