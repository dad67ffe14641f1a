/// DfE's statistical-neighbour model: for each LA its neighbours in rank order
/// (`old_la_code, la_name, rank, neighbour_old_la_code, neighbour_la_name, closeness`).
public struct StatisticalNeighbours: Sendable, Equatable {
    /// One neighbour of one LA.
    public struct Entry: Sendable, Equatable, Codable {
        /// The 3-digit LA code.
        public var laCode: String
        /// 1 is the closest neighbour.
        public var rank: Int
        /// The neighbour's 3-digit code.
        public var neighbour: String
        /// The model's closeness label, as published.
        public var closeness: String

        /// Creates a value with every field given.
        public init(laCode: String, rank: Int, neighbour: String, closeness: String) {
            self.laCode = laCode
            self.rank = rank
            self.neighbour = neighbour
            self.closeness = closeness
        }
    }

    /// Every entry, by LA then rank.
    public var entries: [Entry]

    /// The neighbours of an LA in rank order.
    public func neighbours(of laCode: String) -> [String] {
        entries.filter { $0.laCode == laCode }.sorted { $0.rank < $1.rank }.map(\.neighbour)
    }

    /// Creates a value with every field given.
    public init(entries: [Entry]) {
        self.entries = entries
    }
}
