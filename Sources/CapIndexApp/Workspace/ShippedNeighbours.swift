import CapIndexDomain
import CapIndexFormats
import CapIndexReports
import CapIndexStore
import Foundation

/// Loads the shipped statistical neighbours into a store that has none.
public enum ShippedNeighbours {
    /// Loads them when none are stored yet; returns the rows stored (nil when nothing was done).
    public static func loadIfEmpty(_ store: Store) throws -> Int? {
        guard try !store.hasStatisticalNeighbours(), let dir = Workspace.dataDirectory() else { return nil }
        let path = (dir as NSString).appendingPathComponent(StatisticalNeighbours.shippedFileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try store.saveStatisticalNeighbours(
            try StatisticalNeighbours.load(path: path), sourceFile: StatisticalNeighbours.shippedFileName)
    }
}
