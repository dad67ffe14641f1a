/// One suggested pair of a region and year as a scoring run recorded it (SPEC 8): what
/// `matches.csv` lists, read back from the run instead of solving the matching again.
public struct SuggestedPair: Sendable, Hashable {
    /// The submission year.
    public var year: Int
    /// The region, as the register spells it.
    public var region: String
    /// The engagement the solver chose.
    public var pair: MatchedPair

    /// Creates a suggested pair.
    public init(year: Int, region: String, pair: MatchedPair) {
        self.year = year
        self.region = region
        self.pair = pair
    }

}
