/// The version of capindex, recorded with runs.
public enum CapIndexVersion {
    /// `0.1.0`: a run's state records it, so a new capindex does its first run in full.
    public static let current = "0.1.0"
}
