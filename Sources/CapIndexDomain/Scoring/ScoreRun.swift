/// A recorded scoring run: which framework and which submission versions it read.
public struct ScoreRun: Sendable, Equatable, Codable {
    /// Row id: the run's number.
    public var id: Int
    /// When it ran (ISO 8601).
    public var createdAt: String
    /// Framework id, version and SHA-256 of its file.
    public var frameworkID: String
    /// The framework's version.
    public var frameworkVersion: String
    /// SHA-256 of the framework file.
    public var frameworkHash: String
    /// SHA-256 over the framework hash, the current submission versions and the evidence.
    public var inputsHash: String
    /// Current submission versions read.
    public var submissions: Int
    /// How its results were recorded; runs recorded before the exact values were kept
    /// (version 1) are scored again when their results are asked for.
    public var resultsVersion: Int

    /// A run.
    public init(
        id: Int, createdAt: String, frameworkID: String, frameworkVersion: String, frameworkHash: String, inputsHash: String,
        submissions: Int, resultsVersion: Int
    ) {
        self.id = id
        self.createdAt = createdAt
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.frameworkHash = frameworkHash
        self.inputsHash = inputsHash
        self.submissions = submissions
        self.resultsVersion = resultsVersion
    }
}
