import Foundation
import Testing

/// A small golden-file helper for the report snapshots (STYLE 13): the reference files
/// live in `Tests/CapIndexTests/Snapshots/reports/`; a mismatch prints a line
/// diff. `CAPINDEX_RECORD_SNAPSHOTS=1` writes new references, but never when `CI` is
/// set: in CI a missing or different reference fails.
enum ReportSnapshot {
    /// Where the references are.
    static let folder = Repo.path("Tests/CapIndexTests/Snapshots/reports")

    /// True when this run may write references.
    static var recording: Bool {
        let env = ProcessInfo.processInfo.environment
        return env["CAPINDEX_RECORD_SNAPSHOTS"] == "1" && env["CI"] == nil
    }

    /// Compares `actual` with the reference `name`; records it when allowed.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = (folder as NSString).appendingPathComponent(name)
        guard let expected = FileManager.default.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            if recording {
                write(actual, to: path)
            } else {
                Issue.record(
                    "no reference file \(name); record it locally with CAPINDEX_RECORD_SNAPSHOTS=1 swift test (never in CI)",
                    sourceLocation: sourceLocation)
            }
            return
        }
        if expected == actual { return }
        if recording {
            write(actual, to: path)
            return
        }
        Issue.record(
            "\(name) differs from its reference (- reference, + now):\n\(lineDiff(expected, actual))", sourceLocation: sourceLocation)
    }

    private static func write(_ text: String, to path: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// A line diff (longest common subsequence), at most `limit` changed lines shown.
    static func lineDiff(_ a: String, _ b: String, limit: Int = 60) -> String {
        let x = a.components(separatedBy: "\n"), y = b.components(separatedBy: "\n")
        let n = x.count, m = y.count
        var lcs = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i * (m + 1) + j] =
                    x[i] == y[j]
                    ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                    : max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0, shown = 0
        while (i < n || j < m) && shown < limit {
            if i < n && j < m && x[i] == y[j] {
                i += 1
                j += 1
            } else if j < m && (i == n || lcs[i * (m + 1) + j + 1] >= lcs[(i + 1) * (m + 1) + j]) {
                out.append("+\(j + 1): \(y[j])")
                j += 1
                shown += 1
            } else {
                out.append("-\(i + 1): \(x[i])")
                i += 1
                shown += 1
            }
        }
        if shown >= limit { out.append("… (more differences)") }
        return out.joined(separator: "\n")
    }
}
