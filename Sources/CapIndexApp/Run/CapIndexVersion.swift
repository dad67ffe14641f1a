/// The version of capindex, recorded with runs.
public enum CapIndexVersion {
    /// A run's state records it, so a new capindex does its first run in full. Raise it
    /// whenever the same inputs give other pages or exports: 0.2.0 is SPEC version 4's
    /// evidence share, screened providers, summit and England page.
    public static let current = "0.2.0"
}
