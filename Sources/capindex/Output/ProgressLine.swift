import CapIndexApp
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one-line progress of a long import on a terminal: `[12/45] 383-leeds-2026.csv`,
/// rewritten in place on standard error and wiped before anything else is printed.
/// Nothing at all when standard output or standard error is not a terminal (cron, a
/// pipe, a log file), with `--quiet`, or with `--json`; nothing for a single file.
struct ProgressLine: Sendable {
    /// True when lines are drawn.
    let enabled: Bool
    /// Widest line drawn, so it never wraps on an 80-column terminal.
    static let width = 79

    /// A progress line for the global options, on this process's terminal.
    init(_ global: GlobalOptions) {
        enabled = !global.quiet && !global.json && isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
    }

    /// A progress line that draws (or not) as told; for tests.
    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// The text drawn for file `n` of `total`: `[n/total] name`, the name cut from the
    /// left to fit (its end says more than its folder).
    static func text(_ n: Int, _ total: Int, _ path: String) -> String {
        let head = "[\(n)/\(total)] "
        let name = (path as NSString).lastPathComponent
        let room = width - head.count
        let shown = name.count <= room ? name : "…" + name.suffix(room - 1)
        return head + shown
    }

    /// Draws the line for file `n` of `total`.
    func show(_ n: Int, _ total: Int, _ path: String) {
        guard enabled, total > 1 else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + Self.text(n, total, path)).utf8))
    }

    /// Wipes the line (before diagnostics or the summary are printed).
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// `show` as the application layer takes it.
    var callback: FileProgress? {
        guard enabled else { return nil }
        let me = self
        return { n, total, path in me.show(n, total, path) }
    }
}
