/// Why the store cannot do what was asked (beyond SQLite's own failures, ``DatabaseError``).
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// A recorded run lacks a value it should have: the database was changed by hand.
    case resultsIncomplete(run: Int, column: String)

    public var description: String {
        switch self {
        case .resultsIncomplete(let run, let column):
            "scoring run \(run) has no \(column) recorded: run `capindex score` to record a complete run"
        }
    }
}
