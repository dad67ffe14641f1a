import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexStore

/// Files that cannot be read stop nothing (issue 17, items 4, 7, 8, 13, 14): a FIFO, a
/// file without read permission, a link to `/dev/zero`, a folder link that loops, a name
/// that is not UTF-8 and a file over the size limit are each one located error; the good
/// files beside them load and the command ends with exit 1. Notices come once per file.
@Suite(.serialized) struct UnreadableInputTests {
    /// A good inbox (the demo's 2026 files) with every kind of file that cannot be read.
    /// Returns the inbox and the names that must each get one E222 or E223.
    static func hostileInbox(in dir: String) throws -> (inbox: String, unreadable: [String]) {
        let fm = FileManager.default
        let inbox = dir + "/inbox"
        try fm.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: Repo.path("Data/demo/2026")) {
            try fm.copyItem(atPath: Repo.path("Data/demo/2026/\(name)"), toPath: "\(inbox)/\(name)")
        }
        var unreadable: [String] = []
        #expect(mkfifo(inbox + "/500-fifo.csv", 0o644) == 0)
        unreadable.append("500-fifo.csv")
        try fm.createSymbolicLink(atPath: inbox + "/501-zero.csv", withDestinationPath: "/dev/zero")
        unreadable.append("501-zero.csv")
        try fm.createSymbolicLink(atPath: inbox + "/502-gone.json", withDestinationPath: inbox + "/no-such-file.json")
        unreadable.append("502-gone.json")
        // A file without read permission (the commands run as an unprivileged user when
        // the tests run as root, so that the permission bits mean something; without
        // setpriv, root reads it anyway and the case is left out, saying so).
        if Proc.canDropRoot {
            try Data("la_code,year,theme,rating\n".utf8).write(to: URL(fileURLWithPath: inbox + "/503-secret.csv"))
            #expect(chmod(inbox + "/503-secret.csv", 0o000) == 0)
            unreadable.append("503-secret.csv")
        } else {
            print("unreadable files: the no-permission case is skipped: the tests run as root and /usr/bin/setpriv is missing")
        }
        // A folder link back to the inbox: walking it would never end.
        try fm.createDirectory(atPath: inbox + "/sub", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: inbox + "/sub/loop", withDestinationPath: inbox)
        unreadable.append("sub/loop")
        // A name that is not UTF-8 (Latin-1 é), with good content.
        let latin1: [UInt8] = Array((inbox + "/504-caf").utf8) + [0xE9] + Array(".csv".utf8) + [0]
        let fd = latin1.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(fd >= 0)
        let good = try Data(contentsOf: URL(fileURLWithPath: Repo.path("Data/demo/2026/370-barnsley-2026.csv")))
        _ = good.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        unreadable.append("504-caf\\xE9.csv")
        #expect(chmod(dir, 0o777) == 0 && chmod(inbox, 0o777) == 0)
        return (inbox, unreadable)
    }

    @Test func unreadableFilesAmongGoodOnesAreLocatedErrorsAndStopNothing() throws {
        let dir = Repo.tempDir("hostile")
        let (inbox, unreadable) = try Self.hostileInbox(in: dir)
        let r = try Proc.run(["ingest", "--db", "c.sqlite", inbox], in: dir, timeout: 60, unprivileged: true)
        #expect(!r.timedOut, "blocked on the FIFO or walked the loop forever")
        #expect(r.status == 1, "exit \(r.status): \(r.err.suffix(600))")
        #expect(r.out.contains("15 submissions: 15 stored, 0 rejected; "), "the good files loaded: \(r.out)")
        #expect(!r.out.contains("rejected ("), "the errors are of no submission (audit 25): \(r.out)")
        for name in unreadable {
            let line = r.err.split(separator: "\n").first { $0.contains("/inbox/\(name)") && $0.contains("error: E222") }
            #expect(line != nil, "\(name) is one located E222: \(r.err)")
        }
        #expect(r.err.contains("a FIFO"), "says what the FIFO is")
        #expect(r.err.contains("permission") || !Proc.canDropRoot, "says why the secret file cannot be read")
        #expect(r.err.contains("not valid UTF-8"), "says what is wrong with the name")
        #expect(!r.err.contains("NSCocoaErrorDomain"))
    }

    @Test func runOverTheSameInboxWritesItsReportsAndExitsOne() throws {
        let dir = Repo.tempDir("hostile-run")
        let (inbox, _) = try Self.hostileInbox(in: dir)
        let r = try Proc.run(
            ["run", "--db", "c.sqlite", "--year", "2026", "--submissions", inbox, "--out", "out", "--date", "2026-11-23"], in: dir,
            timeout: 90, unprivileged: true)
        #expect(!r.timedOut)
        #expect(r.status == 1, "exit \(r.status): \(r.err.suffix(600))")
        #expect(r.err.contains("E222"))
        #expect(FileManager.default.fileExists(atPath: dir + "/out/yorkshire-and-the-humber/2026/summit.html"), "reports written")
        #expect(FileManager.default.fileExists(atPath: dir + "/out/exports/la_scores.csv"), "exports written")
    }

    @Test func unreadableEvidenceFilesStopNothingEither() throws {
        let dir = Repo.tempDir("hostile-evidence")
        let ev = dir + "/evidence"
        try FileManager.default.createDirectory(atPath: ev, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("Data/ofsted"), toPath: ev + "/ofsted")
        #expect(mkfifo(ev + "/fifo.csv", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: ev + "/zero.csv", withDestinationPath: "/dev/zero")
        #expect(chmod(dir, 0o777) == 0 && chmod(ev, 0o777) == 0)
        let r = try Proc.run(["evidence", "ofsted", "--db", "c.sqlite", ev], in: dir, timeout: 60, unprivileged: true)
        #expect(!r.timedOut, "blocked on the FIFO")
        #expect(r.status == 1, "\(r.err)")
        #expect(r.err.contains("fifo.csv: error: E222"), "\(r.err)")
        #expect(r.err.contains("zero.csv: error: E222"), "\(r.err)")
        #expect(r.err.contains("I007"), "the Ofsted files were imported")
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
        let dir = Repo.tempDir("huge")
        let inbox = dir + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Repo.path("Data/demo/2026/383-leeds-2026.csv"), toPath: inbox + "/383-leeds-2026.csv")
        // 1 GiB of holes: reading it would take a gigabyte of memory.
        let fd = open(inbox + "/999-huge.csv", O_CREAT | O_WRONLY, 0o644)
        #expect(ftruncate(fd, 1 << 30) == 0)
        close(fd)
        let (r, peak) = try Proc.measured(["ingest", "--db", "c.sqlite", inbox], in: dir)
        print("size limit: ingest beside a 1 GiB CSV: exit \(r.status), peak \(Int(peak)) MB")
        #expect(r.status == 1)
        #expect(r.err.contains("999-huge.csv: error: E223"), "\(r.err)")
        #expect(r.err.contains("50 MiB"), "names the limit: \(r.err)")
        #expect(peak < 150, "peak \(peak) MB: the file was not read")

        let ev = dir + "/evidence"
        try FileManager.default.createDirectory(atPath: ev, withIntermediateDirectories: true)
        let efd = open(ev + "/huge-indicators.csv", O_CREAT | O_WRONLY, 0o644)
        #expect(ftruncate(efd, 3 << 30) == 0)
        close(efd)
        let started = Date()
        let e = try Proc.run(["evidence", "import", "--db", "c.sqlite", ev], in: dir)
        #expect(e.status == 1)
        #expect(e.err.contains("huge-indicators.csv: error: E223"), "\(e.err)")
        #expect(Date().timeIntervalSince(started) < 10, "refused without reading 3 GiB")
    }

    @Test func aLogoIsMeasuredBeforeItIsRead() throws {
        let dir = Repo.tempDir("logo")
        #expect(try Proc.run(["ingest", "--db", "c.sqlite", "--quiet", Repo.path("Data/demo")], in: dir).status == 0)
        let fd = open(dir + "/logo.png", O_CREAT | O_WRONLY, 0o644)
        #expect(ftruncate(fd, 2 << 30) == 0)
        close(fd)
        try Data(#"{"logo": "logo.png"}"#.utf8).write(to: URL(fileURLWithPath: dir + "/settings.json"))
        let (r, peak) = try Proc.measured(
            ["report", "status", "--db", "c.sqlite", "--year", "2026", "--out", "out", "--settings", "settings.json"], in: dir)
        print("logo limit: a 2 GiB logo refused, peak \(Int(peak)) MB")
        #expect(r.status == 2)
        #expect(r.err.contains("512 KB"), "\(r.err)")
        #expect(peak < 150, "peak \(peak) MB: the logo was not read")
    }

    @Test func aFileOfCopiesOfOneRowIsBoundedInRowsAndDiagnostics() throws {
        let row = "370,2026,front-door,2\n"
        // Past the row limit: one E223, and nothing of it held.
        let many = SubmissionFileReader.read(
            Array(("la_code,year,theme,rating\n" + String(repeating: row, count: 200_001)).utf8), name: "many.csv")
        #expect(many.fileError?.code == .e223)
        #expect(many.fileError?.location.line == 200_002)
        #expect(many.rows.isEmpty)
        // Under it: the same duplicate 300 times is 100 E209 and one that counts the rest.
        let raw = SubmissionFileReader.read(
            Array(("la_code,year,theme,rating\n" + String(repeating: row, count: 301)).utf8), name: "dup.csv")
        let store = try Store.inMemory()
        _ = try Workspace.initialise(store, registerPath: nil, frameworkPath: nil, now: PipelineRun.now, data: .builtIn)
        let validator = SubmissionValidator(
            framework: try #require(try store.currentFramework()).framework, register: try store.loadRegister())
        let (verdicts, _) = validator.validate(raw, sha256: "x")
        guard case .rejected(_, _, let ds) = try #require(verdicts.first) else { throw AppError(.failure, "test", "accepted") }
        let e209 = ds.filter { $0.code == .e209 }
        #expect(e209.count == 101)
        #expect(e209.last?.message == "and 200 more E209 like the 100 above (only the first 100 are listed)")
        #expect(e209.last?.location.line == 103, "at the first one not listed")
        #expect(ds.contains { $0.code == .e211 }, "the missing themes are still said")
    }

    /// The README's code table has one row per code, saying what the code means as the
    /// code itself does (`DiagnosticCode.meaning`, then any detail after it), and no row
    /// for a code that does not exist (audit 15): a code named in passing does not count.
    @Test func everyCodeIsDocumentedInTheReadme() throws {
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        let table = try #require(readme.components(separatedBy: "| code | meaning |\n|---|---|\n").dropFirst().first)
        let rows = table.components(separatedBy: "\n").prefix { $0.hasPrefix("| ") }
        var documented: [String: String] = [:]
        for row in rows {
            // `| E201 | unknown LA code |`: the code, then the meaning up to the closing bar.
            let inner = row.dropFirst(2).dropLast(2)
            let code = String(inner.prefix { $0 != " " })
            #expect(documented[code] == nil, "\(code) has two rows")
            documented[code] = String(inner.dropFirst(code.count + 3)).replacingOccurrences(of: "`", with: "")
        }
        for code in DiagnosticCode.allCases {
            let row = documented.removeValue(forKey: code.rawValue)
            #expect(
                row?.hasPrefix(code.meaning) == true, "\(code.rawValue): README says \(row ?? "nothing"), the code says \(code.meaning)")
        }
        #expect(documented.isEmpty, "rows for codes that do not exist: \(documented.keys.sorted())")
    }

    @Test func anEmptySubmissionFileGetsANotice() throws {
        let dir = Repo.tempDir("empty")
        try Data("la_code,year,theme,rating\n\n".utf8).write(to: URL(fileURLWithPath: dir + "/header-only.csv"))
        try Data("[]\n".utf8).write(to: URL(fileURLWithPath: dir + "/nothing.json"))
        let r = try Proc.run(["ingest", "--db", "c.sqlite", dir + "/header-only.csv", dir + "/nothing.json"], in: dir)
        #expect(r.status == 0, "a notice, not an error")
        #expect(r.err.contains("header-only.csv:1: notice: I011"), "\(r.err)")
        #expect(r.err.contains("nothing.json: notice: I011"), "\(r.err)")
    }

    @Test func unknownColumnsGetOneNoticePerFile() throws {
        let dir = Repo.tempDir("columns")
        var csv = try String(contentsOfFile: Repo.path("Data/demo/2026/383-leeds-2026.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false)
        let extra = (1...200_000).map { "x\($0)" }.joined(separator: ",")
        csv = lines[0] + "," + extra + "\n" + lines.dropFirst().joined(separator: "\n")
        try csv.write(toFile: dir + "/wide.csv", atomically: false, encoding: .utf8)
        let json = #"[{"la_code": "370", "year": 2026, "colour": "red", "themes": [{"theme": "front-door", "rating": 2, "mood": "ok"}]}]"#
        try Data(json.utf8).write(to: URL(fileURLWithPath: dir + "/keys.json"))
        let r = try Proc.run(["ingest", "--db", "c.sqlite", "--json", dir + "/wide.csv", dir + "/keys.json"], in: dir)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let ds = try #require(doc["diagnostics"] as? [[String: Any]])
        let i003 = ds.filter { $0["code"] as? String == "I003" }
        #expect(i003.count == 2, "one I003 per file, not one per column: \(i003.count)")
        let wide = try #require(i003.first { (($0["location"] as? [String: Any])?["file"] as? String)?.hasSuffix("wide.csv") == true })
        let message = wide["message"] as? String ?? ""
        #expect(message.contains("200,001 columns ignored") || message.contains("200001"), "\(message)")
        #expect(message.contains("'notes'") && message.contains("'x1'"), "names the first of them: \(message)")
        #expect(message.count < 1_000, "capped: \(message.count) characters")
        let keys = i003.first { (($0["location"] as? [String: Any])?["file"] as? String)?.hasSuffix("keys.json") == true }
        #expect((keys?["message"] as? String)?.contains("'colour'") == true && (keys?["message"] as? String)?.contains("'mood'") == true)
        #expect(r.out.count < 2_000_000, "the output stays small: \(r.out.count) bytes")
    }
}
