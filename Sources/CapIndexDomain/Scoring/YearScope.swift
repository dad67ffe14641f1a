/// Which years an export or a results read covers.
public enum YearScope: Sendable, Equatable {
    /// One submission year.
    case year(Int)
    /// Every year.
    case all

    /// True when `year` is in scope.
    public func contains(_ year: Int) -> Bool {
        if case .year(let y) = self { return y == year }
        return true
    }
}
