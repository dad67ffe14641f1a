/// A min-cost max-flow network solved by successive shortest paths.
///
/// Each phase runs Dijkstra on reduced costs (Johnson potentials), so every edge cost
/// given to `addEdge` must be non-negative; the matcher shifts its costs to make them
/// so. With non-negative costs the all-zero potential is valid at the start, and the
/// update below keeps every residual reduced cost non-negative, which is the invariant
/// successive shortest paths needs to end at a min-cost flow of maximum value.
///
/// Everything is array-based and iterated in insertion order, so a given sequence of
/// `addEdge` calls always produces the same flow.
struct MatchFlowNetwork {
    private var firstEdge: [Int]
    private var nextEdge: [Int] = []
    private var target: [Int] = []
    private var residual: [Int] = []
    private var cost: [Int64] = []
    /// Last edge in each node's list, so new edges are appended (insertion order).
    private var lastEdge: [Int]

    /// Creates a network with `nodeCount` nodes and no edges.
    init(nodeCount: Int) {
        firstEdge = Array(repeating: -1, count: nodeCount)
        lastEdge = Array(repeating: -1, count: nodeCount)
    }

    /// Adds `from → to` and its residual twin; returns the forward edge's id.
    @discardableResult
    mutating func addEdge(from: Int, to: Int, capacity: Int, cost edgeCost: Int64) -> Int {
        precondition(edgeCost >= 0, "MatchFlowNetwork needs non-negative costs")
        precondition(capacity >= 0, "negative capacity")
        let id = target.count
        append(from: from, to: to, capacity: capacity, cost: edgeCost)
        append(from: to, to: from, capacity: 0, cost: -edgeCost)
        return id
    }

    /// Flow currently on forward edge `id` (the capacity of its residual twin).
    func flow(onEdge id: Int) -> Int { residual[id ^ 1] }

    /// Pushes the maximum flow from `source` to `sink` at minimum total cost.
    mutating func minCostMaxFlow(source: Int, sink: Int) -> (flow: Int, cost: Int64) {
        let nodeCount = firstEdge.count
        var potential = [Int64](repeating: 0, count: nodeCount)
        var distance = [Int64](repeating: 0, count: nodeCount)
        var viaEdge = [Int](repeating: -1, count: nodeCount)
        var settled = [Bool](repeating: false, count: nodeCount)
        var totalFlow = 0
        var totalCost: Int64 = 0
        var heap = MatchMinHeap()
        while true {
            for node in 0..<nodeCount {
                distance[node] = .max
                viaEdge[node] = -1
                settled[node] = false
            }
            distance[source] = 0
            heap.removeAll()
            heap.push(0, source)
            while let (dist, node) = heap.pop() {
                if settled[node] || dist > distance[node] { continue }
                settled[node] = true
                // Stopping at the sink is safe: unsettled nodes get the sink's
                // distance in the potential update, which keeps reduced costs >= 0.
                if node == sink { break }
                var edge = firstEdge[node]
                while edge >= 0 {
                    let next = target[edge]
                    if residual[edge] > 0 && !settled[next] {
                        let candidate = dist + cost[edge] + potential[node] - potential[next]
                        if candidate < distance[next] {
                            distance[next] = candidate
                            viaEdge[next] = edge
                            heap.push(candidate, next)
                        }
                    }
                    edge = nextEdge[edge]
                }
            }
            guard settled[sink] else { break }
            let sinkDistance = distance[sink]
            for node in 0..<nodeCount {
                potential[node] += settled[node] ? distance[node] : sinkDistance
            }
            var push = Int.max
            var node = sink
            while node != source {
                let edge = viaEdge[node]
                push = min(push, residual[edge])
                node = target[edge ^ 1]
            }
            node = sink
            while node != source {
                let edge = viaEdge[node]
                residual[edge] -= push
                residual[edge ^ 1] += push
                totalCost += Int64(push) * cost[edge]
                node = target[edge ^ 1]
            }
            totalFlow += push
        }
        return (totalFlow, totalCost)
    }

    private mutating func append(from: Int, to: Int, capacity: Int, cost edgeCost: Int64) {
        let id = target.count
        target.append(to)
        residual.append(capacity)
        cost.append(edgeCost)
        nextEdge.append(-1)
        if lastEdge[from] < 0 { firstEdge[from] = id } else { nextEdge[lastEdge[from]] = id }
        lastEdge[from] = id
    }
}
