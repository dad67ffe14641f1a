import CapIndexDomain

/// What `capindex run` tells its caller as it goes, so a person at a terminal sees the
/// work move: a stage starting (`[2/5] evidence`), each file of a long stage, and each
/// stage's diagnostics as soon as that stage ends rather than all after the last one.
public struct RunEvents: Sendable {
    /// A stage starts: its number (from 1), how many stages there are, its name.
    public var stageStarted: @Sendable (Int, Int, String) -> Void
    /// A file of the ingest or evidence stage is about to be read.
    public var fileStarted: FileProgress?
    /// A stage ended: its name and the diagnostics it raised.
    public var stageEnded: @Sendable (String, [Diagnostic]) -> Void

    /// Events; each defaults to doing nothing.
    public init(
        stageStarted: @escaping @Sendable (Int, Int, String) -> Void = { _, _, _ in }, fileStarted: FileProgress? = nil,
        stageEnded: @escaping @Sendable (String, [Diagnostic]) -> Void = { _, _ in }
    ) {
        self.stageStarted = stageStarted
        self.fileStarted = fileStarted
        self.stageEnded = stageEnded
    }

    /// Nothing is told.
    public static let silent = RunEvents()
}
