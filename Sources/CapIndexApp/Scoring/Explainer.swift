import CapIndexDomain
import CapIndexStore

/// The explain use case: an LA's LCI for a year, worked theme by theme from its current submission.
public struct Explainer {
    /// The store it works on.
    public let store: Store

    /// An explainer on a store.
    public init(store: Store) { self.store = store }

    /// Explains the LCI of `la` (3-digit or ONS code) for `year`.
    public func explain(la: String, year: Int) throws -> Explanation {
        let register = try store.loadRegister()
        guard let code = register.resolve(la) else { throw ExplainError.unknownLA(la) }
        guard let bound = try store.currentFramework() else { throw IngestError.notInitialised }
        let subs = try ScoringInput.current(store).filter { $0.laCode == code }
        guard let sub = subs.first(where: { $0.year == year }) else { throw ExplainError.noSubmission(code, year) }
        return Explanation.make(
            submission: sub, previous: subs.first { $0.year == year - 1 }, framework: bound.framework, register: register)
    }
}
