import Foundation
import Testing

@testable import CapIndexApp
@testable import CapIndexDomain
@testable import CapIndexFormats
@testable import CapIndexStore

/// The database file is capindex's (SPEC 7): shipped migrations are pinned, foreign and
/// newer files are refused without a byte written, older capindex files are adopted, and
/// a database made before the migrations were final is repaired.
@Suite struct StoreSchemaTests {
    /// SHA-256 of each shipped migration's SQL. A shipped migration is never edited: a
    /// change of schema is a new migration, appended to `Schema.migrations` and pinned here.
    static let pinned = [
        "3fd82ac0eeba6e02226ca3656595b37d5c945d9c4f5ccb276b16148a86d4b4e5",
        "5bf3bfaec8dc9e3985fd671011fa74e7935a32ecd14a9911e349f8b8a4c343a7",
        "40cb7bc35a27faa200b89752891d2c70b60ec279fe3368fffe9999fde584119a",
        "fc9f485527bd364ee61fc0f745c279b7b6eea54b90a8159fe2d26116f0cb20d6",
        "396897ebf46221a3b6212f79458ddac5e6265e30ada0f6324ade0257c924ce02",
        "668cd312b4d5e55ef29dd9e916b803e52c472b9a562ca31db5e47cd6e5070c23",
        "3b85a68c54b5ab8d520554cc036cd97e57770cf08b5cffd5d387c3fa1d600184",
        "76a335fcd7cfe56b210b4ce6d5c949792da30ab39e981ea96a1e509d9c9547c9",
        "873334fac42ce887018b0270039a025cd572f55c580f47fa81a4d383d0dec8b5",
        "dc230c9298bc65d6dbec8b36684c7b546806c53650e3c05a367fdf5a7d4a256c",
        "17d462da1d6966b6b3bf2d6219fa2d87e5da4833e4bbd94997e8ca7e9a7d0125",
        "65c6f2988d49d4b4843a52b0793c8990c8692aa62bb223a08c7f65ae8a086b29",
    ]

    @Test func shippedMigrationsAreNeverEdited() {
        let actual = Schema.migrations.map { SHA256.hex($0) }
        for (i, (a, p)) in zip(actual, Self.pinned).enumerated() {
            #expect(a == p, "migration \(i + 1) was edited after it shipped: append a new migration instead")
        }
        #expect(actual.count == Self.pinned.count, "a new migration must be pinned here: \(actual.dropFirst(Self.pinned.count))")
    }

    /// A file's bytes and the files beside it (`-wal`, `-shm`, `-journal`).
    static func snapshot(_ path: String) -> (bytes: Data?, siblings: [String]) {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0 != name }.sorted()
        return (FileManager.default.contents(atPath: path), siblings)
    }

    /// Opens `path` as a store and expects `expected`, with the file and its folder unchanged.
    static func expectRefused(_ path: String, _ expected: StoreError, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let before = snapshot(path)
        #expect(throws: expected, sourceLocation: sourceLocation) { _ = try Store(path: path) }
        let after = snapshot(path)
        #expect(after.bytes == before.bytes, "the file's bytes changed", sourceLocation: sourceLocation)
        #expect(after.siblings == before.siblings, "files appeared beside it: \(after.siblings)", sourceLocation: sourceLocation)
    }

    /// Runs SQL on a file through a plain connection, outside the store.
    static func raw(_ path: String, _ sql: String) throws {
        let db = try Database(path: path)
        try db.execute(sql)
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        let path = Repo.tempDir("guard") + "/register.csv"
        try Data("old_la_code,new_la_code,la_name\n370,E08000016,Barnsley\n".utf8).write(to: URL(fileURLWithPath: path))
        Self.expectRefused(path, .notADatabase(file: path))
        let short = Repo.tempDir("guard") + "/short.sqlite"
        try Data("SQLite format 3\0".utf8).write(to: URL(fileURLWithPath: short))
        Self.expectRefused(short, .notADatabase(file: short))
    }

    @Test func anotherApplicationsDatabaseIsRefused() throws {
        let marked = Repo.tempDir("guard with space #1") + "/other?.sqlite"
        try Self.raw(marked, "PRAGMA application_id = 1234; CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT);")
        Self.expectRefused(marked, .foreignDatabase(file: marked, reason: .otherApplication(1234)))
        let unmarked = Repo.tempDir("guard") + "/app.db"
        try Self.raw(unmarked, "CREATE TABLE customers(id INTEGER PRIMARY KEY); CREATE TABLE orders(id INTEGER PRIMARY KEY);")
        Self.expectRefused(unmarked, .foreignDatabase(file: unmarked, reason: .otherTables(["customers", "orders"])))
    }

    @Test func aNewerSchemaIsRefused() throws {
        let path = Repo.tempDir("guard") + "/capindex.sqlite"
        do { _ = try Store(path: path) }
        try Self.raw(path, "PRAGMA user_version = 99")
        Self.expectRefused(path, .newerSchema(file: path, schema: 99, known: Schema.migrations.count))
    }

    @Test func aNewDatabaseIsMarkedAndAnUnmarkedOneIsAdopted() throws {
        let path = Repo.tempDir("guard") + "/capindex.sqlite"
        do {
            let store = try Store(path: path)
            #expect(try store.db.scalar("PRAGMA application_id") == .int(Int64(DatabaseFile.applicationID)))
            #expect(store.schemaVersion == Schema.migrations.count)
            _ = try Workspace.initialise(
                store, registerPath: Repo.fixture("worked-example/register.csv"),
                frameworkPath: Repo.fixture("worked-example/framework.json"), now: PipelineRun.now)
        }
        // A database made before capindex set its mark is capindex's: it is adopted, data kept.
        try Self.raw(path, "PRAGMA application_id = 0")
        #expect(try Store.inspectFile(path: path) == .capindex(schema: Schema.migrations.count, marked: false))
        let store = try Store(path: path)
        #expect(try store.db.scalar("PRAGMA application_id") == .int(Int64(DatabaseFile.applicationID)))
        #expect(store.isInitialised)
        // An empty file becomes a capindex database.
        let empty = Repo.tempDir("guard") + "/empty.sqlite"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        #expect(try Store(path: empty).schemaVersion == Schema.migrations.count)
    }

    /// A database made by the first `migrations` migrations, as an older capindex left it:
    /// LAs 101, 102 and 103, one ingest run, the worked example's framework, and
    /// `submissions` (id, LA, source file, format) of 2026, each current at version 1.
    static func olderDatabase(
        _ path: String, migrations: Int, submissions: [(id: Int, la: String, file: String, format: String)]
    ) throws -> Database {
        let framework = try Data(contentsOf: URL(fileURLWithPath: Repo.fixture("worked-example/framework.json")))
        let db = try Database(path: path)
        for (i, sql) in Schema.migrations.prefix(migrations).enumerated() {
            try db.execute(sql)
            try db.execute("PRAGMA user_version = \(i + 1)")
        }
        try db.execute(
            """
            INSERT INTO las VALUES ('101'), ('102'), ('103');
            INSERT INTO ingest_runs VALUES (1, '2026-11-20T09:00:00Z', 0);
            """)
        try db.run(
            """
            INSERT INTO frameworks(framework_id, version, content_hash, content, source_file, loaded_at, is_current)
            VALUES ('worked-example', '1', ?, ?, 'framework.json', '2026-11-20T09:00:00Z', 1)
            """, SHA256.hex([UInt8](framework)), SQLValue.blob([UInt8](framework)))
        for s in submissions {
            try db.run(
                """
                INSERT INTO submissions(id, la_code, year, version, is_current, source_file, source_sha256, source_format,
                    ingested_at, content_hash, framework, ingest_run)
                VALUES (?, ?, 2026, 1, 1, ?, ?, ?, '2026-11-20T09:00:00Z', ?, 1, 1)
                """, s.id, s.la, s.file, String(repeating: "a", count: 63) + String(s.id), s.format, String(repeating: "b", count: 64))
        }
        return db
    }

    /// Migration 11 keeps each theme row's place in its submission's file, not the whole
    /// location: every location reads back as it was stored before (a CSV line, a JSON
    /// path, a workbook cell, the file itself), and one in another file keeps it whole.
    @Test func migration11KeepsEveryThemeRowsLocation() throws {
        let path = Repo.tempDir("migration11") + "/capindex.sqlite"
        let rows: [(sub: Int, theme: String, location: String)] = [
            (1, "front-door", "in/a.csv:2"), (1, "children-in-care", "in/a.csv"), (1, "workforce", "elsewhere.csv:9"),
            (2, "front-door", "in/b.json:$[0].themes[1]"), (3, "front-door", "in/c.xlsx:Themes!C7"),
        ]
        do {
            let db = try Self.olderDatabase(
                path, migrations: 10,
                submissions: [(1, "101", "in/a.csv", "csv"), (2, "102", "in/b.json", "json"), (3, "103", "in/c.xlsx", "xlsx")])
            for (i, r) in rows.enumerated() {
                try db.run(
                    "INSERT INTO theme_ratings VALUES (?, ?, ?, 2, 0, 0, 0, 0, 'high', '', ?)", r.sub, r.theme, i, r.location)
            }
        }
        let store = try Store(path: path)
        #expect(store.schemaVersion == Schema.migrations.count)
        let read = try store.currentSubmissions(year: 2026).flatMap { s in s.themes.map { "\(s.id) \($0.theme) \($0.location)" } }
        #expect(
            read == [
                "1 front-door in/a.csv:2", "1 children-in-care in/a.csv", "1 workforce in/a.csv:elsewhere.csv:9",
                "2 front-door in/b.json:$[0].themes[1]", "3 front-door in/c.xlsx:Themes!C7",
            ])
        #expect(try store.db.scalar("SELECT count(*) FROM theme_ratings WHERE source_place = 'Themes!C7'") == .int(1))
    }

    /// Migration 12 keeps every theme row as it was and checks a theme row's submission at
    /// commit: a row whose submission is missing goes in, and the commit is refused, so
    /// the transaction leaves nothing behind.
    @Test func migration12KeepsThemeRowsAndChecksTheirSubmissionAtCommit() throws {
        let path = Repo.tempDir("migration12") + "/capindex.sqlite"
        do {
            let db = try Self.olderDatabase(path, migrations: 11, submissions: [(1, "101", "in/a.csv", "csv")])
            try db.execute(
                """
                INSERT INTO theme_ratings VALUES (1, 'front-door', 0, 2, 1, 0, 3, 0, 'high', 'Triage in 24 hours.', '2'),
                    (1, 'workforce', 1, 4, 0, 1, 0, 2, 'low', '', NULL);
                """)
        }
        let store = try Store(path: path)
        #expect(store.schemaVersion == 12)
        let rows = try store.db.query("SELECT * FROM theme_ratings ORDER BY submission_id, theme") { r in
            (0..<11).map { r.string($0) ?? r.int($0).map(String.init) ?? "NULL" }.joined(separator: "|")
        }
        #expect(rows == ["1|front-door|0|2|1|0|3|0|high|Triage in 24 hours.|2", "1|workforce|1|4|0|1|0|2|low||NULL"])
        let insertOrphan = "INSERT OR FAIL INTO theme_ratings VALUES (99, 'front-door', 0, 2, 0, 0, 0, 0, 'high', '', NULL)"
        var insertedBeforeCommit = false
        #expect(throws: DatabaseError.self) {
            try store.db.transaction {
                try store.db.execute(insertOrphan)  // no submission 99: refused only at commit
                insertedBeforeCommit = try store.db.scalar("SELECT count(*) FROM theme_ratings") == .int(3)
            }
        }
        #expect(insertedBeforeCommit, "the reference is checked at commit, not row by row")
        #expect(try store.db.scalar("SELECT count(*) FROM theme_ratings") == .int(2))
        #expect(try store.db.scalar("PRAGMA foreign_key_check") == .null)
    }

    @Test func aDatabaseOfCommit5dab7bdIsRepaired() throws {
        let path = Repo.tempDir("prerelease") + "/capindex.sqlite"
        let schema = try String(contentsOfFile: Repo.fixture("pre-release/schema-5dab7bd.sql"), encoding: .utf8)
        let framework = try Data(contentsOf: URL(fileURLWithPath: Repo.fixture("worked-example/framework.json")))
        do {
            // What that version wrote: a register, a framework, two ingest runs, one stored
            // submission (run 1), an earlier rejected attempt (run 1) and a later one (run 2),
            // and a scoring run with its results in the old tables.
            let db = try Database(path: path)
            try db.execute(schema)
            try db.execute(
                """
                INSERT INTO las VALUES ('101'), ('102'), ('103'), ('104'), ('105');
                INSERT INTO register_rows(la_code, ons_code, la_name, region, from_year, to_year) VALUES
                    ('101', 'E06900001', 'Ashdown', 'Example Region', NULL, NULL),
                    ('102', 'E06900002', 'Brockley', 'Example Region', NULL, NULL);
                INSERT INTO ingest_runs VALUES (1, '2026-11-20T09:00:00Z', 0), (2, '2026-11-21T09:00:00Z', 0);
                INSERT INTO diagnostics(ingest_run, file, location, code, severity, message, la_code, year) VALUES
                    (1, 'a.csv', 'a.csv:2', 'E204', 'error', 'rating ''Goood'' is not a rating', '101', 2026);
                """)
            try db.run(
                """
                INSERT INTO frameworks(framework_id, version, content_hash, content, source_file, loaded_at, is_current)
                VALUES ('worked-example', '1', ?, ?, 'framework.json', '2026-11-20T09:00:00Z', 1)
                """, SHA256.hex([UInt8](framework)), SQLValue.blob([UInt8](framework)))
            try db.execute(
                """
                INSERT INTO submissions(id, la_code, year, version, is_current, source_file, source_sha256, source_format,
                    ingested_at, submitted_on, cx_signoff, content_hash, framework, ingest_run)
                VALUES (1, '101', 2026, 1, 1, 'b.csv', '\(String(repeating: "a", count: 64))', 'csv', '2026-11-20T09:00:00Z',
                    '2026-11-10', 'A. Chief', '\(String(repeating: "b", count: 64))', 1, 1);
                INSERT INTO theme_ratings VALUES
                    (1, 'front-door', 0, 2, 1, 0, 2, 0, 'high', '', 'b.csv:2'),
                    (1, 'children-in-care', 1, 3, 0, 1, 0, 1, 'medium', 'Placements', 'b.csv:3'),
                    (1, 'workforce', 2, 1, 0, 0, 3, 0, 'high', '', 'b.csv:4');
                INSERT INTO diagnostics(ingest_run, file, location, code, severity, message, la_code, year) VALUES
                    (2, 'c.csv', 'c.csv:3', 'E204', 'error', 'rating ''Excellent'' is not a rating', '101', 2026);
                INSERT INTO score_runs VALUES (1, '2026-11-20T10:00:00Z', 'worked-example', '1',
                    '\(String(repeating: "c", count: 64))', '\(String(repeating: "d", count: 64))', '', 1);
                INSERT INTO la_scores VALUES (1, 2026, '101', 'Ashdown', 'Example Region', 70.0, '70', 'Secure', NULL);
                """)
        }
        #expect(try Store.inspectFile(path: path) == .capindex(schema: 2, marked: false))
        let store = try Store(path: path)
        #expect(store.schemaVersion == Schema.migrations.count)
        // The status board reads the mark: only the attempt after the stored version counts against it.
        let board = try store.statusBoard(year: 2026, region: "Example Region")
        let ashdown = try #require(board.rows.first { $0.laCode == "101" })
        #expect(ashdown.state == "valid (later attempt rejected)")
        #expect(ashdown.errorMessages == ["c.csv:3: E204 rating 'Excellent' is not a rating"])
        // The old run's results cannot be read as they are: it is scored again, into the new tables.
        let last = try #require(try store.latestScoreRun())
        #expect(last.resultsVersion == 1)
        let (run, rescored) = try ScoreStage.ensureFresh(store: store, now: PipelineRun.now)
        #expect(rescored && run.id == 2)
        let results = try store.scoreResults(run: run)
        #expect(results.laScores.map(\.laCode) == ["101"])
        #expect(results.trends.count == 3)
        #expect(try store.db.scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('theme_scores', 'trends')") == .int(0))
        #expect(try store.db.scalar("PRAGMA application_id") == .int(Int64(DatabaseFile.applicationID)))
    }
}
