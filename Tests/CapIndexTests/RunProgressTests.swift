import Foundation
import Testing

@testable import CapIndexApp

/// Progress on long work (issue 12), through the built binary: a progress line for the
/// files of `ingest` and `evidence import` on a terminal only, and `run` printing each
/// stage's diagnostics as that stage ends.
@Suite(.serialized) struct RunProgressTests {
    /// `script` gives the command a terminal (a pseudo-terminal) for standard output and error.
    static let script = "/usr/bin/script"

    /// Runs `capindex ARGS` under `script`, in `dir`; returns everything the terminal showed.
    static func onTerminal(_ args: [String], in dir: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: script)
        let command = ([try EndToEndTests.binary()] + args).map { "'\($0)'" }.joined(separator: " ")
        p.arguments = ["-qec", command, "/dev/null"]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["CAPINDEX_DATA"] = Repo.path("Data")
        env["CAPINDEX_NOW"] = "2026-11-23T09:00:00Z"
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func aProgressLineOnATerminalAndNoneElsewhere() throws {
        let dir = Repo.tempDir("progress")
        let shown = try Self.onTerminal(["ingest", Repo.path("Data/demo/2026")], in: dir)
        #expect(shown.contains("\r\u{1B}[2K[1/14] 370-barnsley-2026.csv"), "\(shown.prefix(400))")
        #expect(shown.contains("\r\u{1B}[2K[14/14] 816-york-2026.csv"))
        #expect(shown.contains("15 submissions: 0 stored") || shown.contains("submissions:"), "the summary follows")

        let quiet = try Self.onTerminal(["ingest", "--quiet", "--db", "q.sqlite", Repo.path("Data/demo/2026")], in: dir)
        #expect(!quiet.contains("\u{1B}[2K"), "--quiet draws nothing")
        let piped = try EndToEndTests.capindex(["ingest", "--db", "p.sqlite", Repo.path("Data/demo/2026")], in: dir)
        #expect(!(piped.out + piped.err).contains("\u{1B}") && !(piped.out + piped.err).contains("\r"), "not a terminal: no progress line")

        let evidence = try Self.onTerminal(["evidence", "import", "--db", "e.sqlite", Repo.path("Data/evidence")], in: dir)
        let evidenceFiles = try EvidenceImporter.inputFiles([Repo.path("Data/evidence")])
        let first = (evidenceFiles[0].path as NSString).lastPathComponent
        #expect(evidenceFiles.count > 1 && evidence.contains("\r\u{1B}[2K[1/\(evidenceFiles.count)] \(first)"), "\(evidence.prefix(400))")
    }

    @Test func runPrintsEachStagesDiagnosticsAsTheStageEnds() throws {
        let dir = Repo.tempDir("stages")
        try FileManager.default.createDirectory(atPath: dir + "/inbox", withIntermediateDirectories: true)
        try "la_code,year,theme,rating\n370,2026,front-door,Goood\n".write(
            toFile: dir + "/inbox/370-barnsley-2026.csv", atomically: true, encoding: .utf8)
        try "Short Desc,Years\n".write(toFile: dir + "/mystery.csv", atomically: true, encoding: .utf8)
        // Standard output and error into one pipe, in the order written.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try EndToEndTests.binary())
        p.arguments = [
            "run", "--year", "2026", "--submissions", Repo.path("Data/demo/2026"), "--submissions", "inbox", "--evidence", "mystery.csv",
            "--out", "out", "--date", "2026-11-23",
        ]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["CAPINDEX_DATA"] = Repo.path("Data")
        env["CAPINDEX_NOW"] = "2026-11-23T09:00:00Z"
        p.environment = env
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1, "a rejected submission")
        func at(_ s: String) throws -> String.Index { try #require(text.range(of: s), "\(s) in:\n\(text)").lowerBound }
        let e204 = try at("[ingest] inbox/370-barnsley-2026.csv:2: error: E204")
        let w004 = try at("[evidence] mystery.csv")
        #expect(try at("[1/6] ingest") < e204 && e204 < (try at("[2/6] evidence")), "ingest's errors before the evidence stage starts")
        #expect(try at("[2/6] evidence") < w004 && w004 < (try at("[3/6] improvement")))
    }
}
