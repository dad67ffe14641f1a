/// Which regions a command was asked for.
public enum RegionChoice: Sendable, Equatable {
    /// `--region R`.
    case named(String)
    /// `--all-regions`.
    case all
    /// Neither: the regions that have submissions in the year.
    case withSubmissions

    /// How a run's state file records the choice.
    var stateKey: String {
        switch self {
        case .named(let r): r
        case .all: "*all*"
        case .withSubmissions: "*"
        }
    }
}
