import Foundation
import Testing

@testable import CapIndexStore

/// Running the built binary as issue 17's trials did: several at once, with a time limit
/// (a command that blocks on a FIFO must fail the test, not hang it), with its peak
/// memory, or as an unprivileged user where the tests run as root (so that a file without
/// read permission and a read-only folder mean what they mean to the people who use it).
enum Proc {
    /// A finished process.
    struct Outcome {
        var status: Int32
        var out: String
        var err: String
        /// True when it was killed for running past its time limit.
        var timedOut = false
    }

    /// True when the tests run as root, for whom permission bits stop nothing.
    static var isRoot: Bool { geteuid() == 0 }

    /// True when permission bits stop the commands: not root, or root with setpriv to run
    /// them as `nobody`.
    static var canDropRoot: Bool { !isRoot || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") }

    /// The environment of every command: the shipped data, a fixed clock, a lock wait long
    /// enough for the others to finish.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var e = ProcessInfo.processInfo.environment
        e["CAPINDEX_DATA"] = Repo.path("Data")
        e["CAPINDEX_NOW"] = "2026-11-23T09:00:00Z"
        e["CAPINDEX_LOCK_WAIT"] = "120"
        e.removeValue(forKey: "CAPINDEX_DB")
        for (k, v) in extra { e[k] = v }
        return e
    }

    /// A started process whose output is collected into files (pipes would fill up and
    /// stall a process nobody is reading yet).
    final class Running {
        let process = Process()
        let outPath: String
        let errPath: String

        /// `via` runs the binary under another program (`/usr/bin/time …`).
        init(_ args: [String], in dir: String, env: [String: String], unprivileged: Bool, via: [String] = []) throws {
            let tag = UUID().uuidString
            outPath = NSTemporaryDirectory() + "/capindex-out-\(tag)"
            errPath = NSTemporaryDirectory() + "/capindex-err-\(tag)"
            _ = FileManager.default.createFile(atPath: outPath, contents: nil)
            _ = FileManager.default.createFile(atPath: errPath, contents: nil)
            let binary = try EndToEndTests.binary()
            if let tool = via.first {
                process.executableURL = URL(fileURLWithPath: tool)
                process.arguments = via.dropFirst() + [binary] + args
            } else if unprivileged && Proc.isRoot && Proc.canDropRoot {
                process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
                process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary] + args
            } else {
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = args
            }
            process.currentDirectoryURL = URL(fileURLWithPath: dir)
            process.environment = Proc.environment(env)
            process.standardOutput = FileHandle(forWritingAtPath: outPath)
            process.standardError = FileHandle(forWritingAtPath: errPath)
            try process.run()
        }

        /// Waits for the end, killing the process after `timeout` seconds.
        func finish(timeout: Double = 120) -> Outcome {
            let deadline = Date().addingTimeInterval(timeout)
            var timedOut = false
            while process.isRunning {
                if Date() > deadline {
                    kill(process.processIdentifier, SIGKILL)
                    timedOut = true
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
            process.waitUntilExit()
            defer {
                unlink(outPath)
                unlink(errPath)
            }
            return Outcome(
                status: process.terminationStatus,
                out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                err: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "", timedOut: timedOut)
        }
    }

    /// Starts `capindex args` in `dir`.
    static func start(_ args: [String], in dir: String, env: [String: String] = [:], unprivileged: Bool = false) throws -> Running {
        try Running(args, in: dir, env: env, unprivileged: unprivileged)
    }

    /// Runs `capindex args` to its end or its time limit.
    @discardableResult
    static func run(
        _ args: [String], in dir: String, env: [String: String] = [:], timeout: Double = 120, unprivileged: Bool = false
    ) throws -> Outcome {
        try start(args, in: dir, env: env, unprivileged: unprivileged).finish(timeout: timeout)
    }

    /// Runs `capindex args` under `/usr/bin/time`; returns the outcome and the peak
    /// resident memory in MB.
    static func measured(_ args: [String], in dir: String, timeout: Double = 120) throws -> (Outcome, peakMB: Double) {
        let report = NSTemporaryDirectory() + "/capindex-time-\(UUID().uuidString)"
        defer { unlink(report) }
        let outcome = try Running(args, in: dir, env: [:], unprivileged: false, via: ["/usr/bin/time", "-f", "%M", "-o", report])
            .finish(timeout: timeout)
        // `time` writes "Command exited with non-zero status N" before the figure when the exit is not 0.
        let lines = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "").split(separator: "\n")
        let kb = lines.last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? .infinity
        return (outcome, kb / 1024)
    }
}

/// What a database holds, as text to compare byte for byte: every submission version
/// (which is current, from which file), every logged diagnostic and every file recorded,
/// without the ids and times that differ between runs.
enum DatabaseDump {
    static func text(_ path: String) throws -> String {
        let store = try Store(path: path)
        let versions = try store.db.query(
            """
            SELECT la_code, year, version, is_current, source_file, source_sha256, content_hash FROM submissions
            ORDER BY la_code, year, version
            """
        ) { r in (0..<7).map { i in r.string(i) ?? "-" }.joined(separator: " ") }
        let themes = try store.db.query("SELECT count(*) FROM theme_ratings") { $0.int(0)! }
        let diagnostics = try store.db.query(
            "SELECT location, code, message, coalesce(la_code, ''), coalesce(year, '') FROM diagnostics ORDER BY location, code, message"
        ) { r in (0..<5).map { i in r.string(i) ?? "-" }.joined(separator: " | ") }
        let files = try store.db.query("SELECT sha256, stored, rejected FROM ingested_files ORDER BY sha256") { r in
            "\(r.string(0)!) \(r.int(1)!) \(r.int(2)!)"
        }
        return (["versions"] + versions + ["theme rows \(themes[0])", "diagnostics"] + diagnostics + ["files"] + files)
            .joined(separator: "\n")
    }

    /// Every file under `dir` with its bytes, for comparing two export folders.
    static func files(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walk = FileManager.default.enumerator(atPath: dir) else { return [:] }
        for case let rel as String in walk {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: dir + "/" + rel)
            }
        }
        return out
    }
}

/// An inbox with several folders whose files supersede one another: the demo's three
/// years, then second and third versions of some 2026 submissions, a rejected file and a
/// file whose bytes were sent before. Files go in path order, so one sequential ingest of
/// every folder has exactly one right end state.
enum VersionedInbox {
    static func make(in dir: String) throws -> [String] {
        let fm = FileManager.default
        var folders: [String] = []
        for (i, year) in ["2024", "2025", "2026"].enumerated() {
            let f = "\(dir)/f\(i + 1)-\(year)"
            try fm.createDirectory(atPath: f, withIntermediateDirectories: true)
            for name in try fm.contentsOfDirectory(atPath: Repo.path("Data/demo/\(year)")) {
                try fm.copyItem(atPath: Repo.path("Data/demo/\(year)/\(name)"), toPath: "\(f)/\(name)")
            }
            folders.append(f)
        }
        // A new submission date makes new content (ISO dates, and the UK form one file uses).
        func revise(_ name: String, into folder: String, date: String) throws {
            var csv = try String(contentsOfFile: Repo.path("Data/demo/2026/\(name).csv"), encoding: .utf8)
            let (year, month) = (date.prefix(4), date.suffix(2))
            csv = csv.replacingOccurrences(of: ",2026-11-", with: ",\(date)-")
                .replacingOccurrences(of: "/11/2026", with: "/\(month)/\(year)")
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try csv.write(toFile: "\(folder)/\(name)-\(date).csv", atomically: false, encoding: .utf8)
        }
        let f4 = "\(dir)/f4-second", f5 = "\(dir)/f5-third"
        for name in ["370-barnsley-2026", "373-sheffield-2026", "383-leeds-2026", "816-york-2026", "381-calderdale-2026"] {
            try revise(name, into: f4, date: "2026-12")
        }
        for name in ["370-barnsley-2026", "383-leeds-2026", "816-york-2026"] { try revise(name, into: f5, date: "2027-01") }
        try fm.copyItem(atPath: Repo.path("Data/demo/2026/373-sheffield-2026.csv"), toPath: "\(f5)/373-sheffield-resent.csv")
        try Data("la_code,year,theme,rating\n370,2026,front-door,Goood\n".utf8).write(to: URL(fileURLWithPath: "\(f5)/zz-broken.csv"))
        return folders + [f4, f5]
    }
}
