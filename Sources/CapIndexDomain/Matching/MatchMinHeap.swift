/// A binary min-heap of (distance, node), ties broken by node for determinism.
///
/// Ordering equal distances by node id makes Dijkstra settle nodes in one fixed
/// order, so equally good matchings are always resolved the same way.
struct MatchMinHeap {
    private var items: [(Int64, Int)] = []

    /// Empties the heap but keeps its storage for the next Dijkstra phase.
    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    /// Inserts `node` with priority `key`.
    mutating func push(_ key: Int64, _ node: Int) {
        items.append((key, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child] < items[parent] else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest (key, node), or nil when empty.
    mutating func pop() -> (Int64, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if items.isEmpty { return top }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < items.count && items[left] < items[smallest] { smallest = left }
            if right < items.count && items[right] < items[smallest] { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
