import Foundation
import Testing

/// The program works installed, from any folder (SPEC 7): the built binary copied to a
/// folder with no `Data/` beside it, run from another folder with `CAPINDEX_DATA` unset,
/// runs the demo and a run over the demo's inputs, and the packs show the statistical
/// neighbours' mean, which only the built-in shipped data can have loaded.
@Suite(.serialized) struct FreshInstallTests {
    /// Runs the copied binary with a clean environment.
    static func run(_ binary: String, _ args: [String], in dir: String) throws -> EndToEndTests.Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        for key in ["CAPINDEX_DATA", "CAPINDEX_DB"] { env.removeValue(forKey: key) }
        env["CAPINDEX_NOW"] = "2026-11-23T09:00:00Z"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return EndToEndTests.Result(
            status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// Rows of a Markdown pack's evidence tables whose comparators hold a neighbours' mean,
    /// `statistical neighbours 19.9% (mean of 10 with a value)`.
    static func neighbourMeans(_ pack: String) -> [String] {
        pack.split(separator: "\n").map(String.init).filter { line in
            guard line.hasPrefix("|"), let last = line.split(separator: "|").last?.trimmingCharacters(in: .whitespaces) else {
                return false
            }
            return last.range(of: #"statistical neighbours [0-9.−]+%? \(mean of [0-9]+ with a value\)"#, options: .regularExpression) != nil
        }
    }

    @Test func theCopiedBinaryRunsTheDemoAndARunWithTheNeighboursMean() throws {
        let bin = Repo.tempDir("installed-bin")
        let binary = bin + "/capindex"
        try FileManager.default.copyItem(atPath: try EndToEndTests.binary(), toPath: binary)
        #expect(!FileManager.default.fileExists(atPath: bin + "/Data"))
        let work = Repo.tempDir("installed-work")

        let demo = try Self.run(binary, ["demo", "--out", "demo", "--date", "2026-11-23"], in: work)
        #expect(demo.status == 0, "\(demo.err)")
        #expect(demo.out.contains("reports: 74 pages written"), "44 pages and 15 feedback pages in two formats")
        let pack = try String(contentsOfFile: work + "/demo/yorkshire-and-the-humber/2026/challenge-370.md", encoding: .utf8)
        #expect(Self.neighbourMeans(pack).count >= 10, "the neighbours column is filled:\n\(pack)")
        #expect(FileManager.default.fileExists(atPath: work + "/demo/inputs/demo/2026/370-barnsley-2026.csv"))

        // A cron-style run over those inputs, into a new database and folder.
        let run = try Self.run(
            binary,
            [
                "run", "--db", "cron.sqlite", "--year", "2026", "--region", "yorkshire and the humber",
                "--submissions", "demo/inputs/demo", "--evidence", "demo/inputs/evidence", "--evidence", "demo/inputs/ofsted",
                "--out", "reports", "--date", "2026-11-23",
            ], in: work)
        #expect(run.status == 0, "\(run.err)")
        let cronPack = try String(contentsOfFile: work + "/reports/yorkshire-and-the-humber/2026/challenge-383.md", encoding: .utf8)
        #expect(Self.neighbourMeans(cronPack).count >= 10)
        let init0 = try Self.run(binary, ["init", "--db", "fresh.sqlite"], in: work)
        #expect(init0.out.contains("register 172 rows") && init0.out.contains("statistical neighbours: 1530 rows loaded"), "\(init0.out)")
    }
}
