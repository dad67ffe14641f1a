/// The schema, as an append-only list of migrations. A shipped migration is never
/// edited: a change is a new entry. `PRAGMA user_version` records how many ran.
enum Schema {
    static let migrations: [String] = [
        // 1: foundation — register, framework, submissions with every version, diagnostics.
        """
        CREATE TABLE las (
            la_code TEXT PRIMARY KEY CHECK (la_code GLOB '[0-9][0-9][0-9]')
        ) STRICT;
        CREATE TABLE register_rows (
            id INTEGER PRIMARY KEY,
            la_code TEXT NOT NULL REFERENCES las(la_code),
            ons_code TEXT NOT NULL,
            la_name TEXT NOT NULL CHECK (la_name <> ''),
            region TEXT NOT NULL CHECK (region <> ''),
            from_year INTEGER CHECK (from_year BETWEEN 2000 AND 2100),
            to_year INTEGER CHECK (to_year BETWEEN 2000 AND 2100),
            CHECK (from_year IS NULL OR to_year IS NULL OR from_year <= to_year),
            UNIQUE (la_code, ons_code, from_year)
        ) STRICT;
        CREATE TABLE frameworks (
            id INTEGER PRIMARY KEY,
            framework_id TEXT NOT NULL CHECK (framework_id <> ''),
            version TEXT NOT NULL CHECK (version <> ''),
            content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
            content BLOB NOT NULL,
            source_file TEXT NOT NULL,
            loaded_at TEXT NOT NULL,
            is_current INTEGER NOT NULL CHECK (is_current IN (0, 1))
        ) STRICT;
        CREATE UNIQUE INDEX frameworks_one_current ON frameworks(is_current) WHERE is_current = 1;
        CREATE TABLE ingested_files (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            file_name TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            stored INTEGER NOT NULL CHECK (stored >= 0),
            rejected INTEGER NOT NULL CHECK (rejected >= 0)
        ) STRICT;
        CREATE TABLE ingest_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            dry_run INTEGER NOT NULL CHECK (dry_run IN (0, 1))
        ) STRICT;
        CREATE TABLE submissions (
            id INTEGER PRIMARY KEY,
            la_code TEXT NOT NULL REFERENCES las(la_code),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
            version INTEGER NOT NULL CHECK (version >= 1),
            is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
            source_file TEXT NOT NULL,
            source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
            source_format TEXT NOT NULL CHECK (source_format IN ('csv', 'json', 'xlsx')),
            ingested_at TEXT NOT NULL,
            submitted_on TEXT CHECK (submitted_on IS NULL OR submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            cx_signoff TEXT,
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            framework INTEGER NOT NULL REFERENCES frameworks(id),
            ingest_run INTEGER NOT NULL REFERENCES ingest_runs(id),
            -- The last diagnostic logged before this version was stored: errors logged after
            -- it (a later attempt rejected, even in the same run) show on the status board.
            diagnostics_mark INTEGER NOT NULL DEFAULT 0 CHECK (diagnostics_mark >= 0),
            UNIQUE (la_code, year, version)
        ) STRICT;
        CREATE UNIQUE INDEX submissions_one_current ON submissions(la_code, year) WHERE is_current = 1;
        CREATE INDEX submissions_year ON submissions(year, is_current);
        CREATE TABLE theme_ratings (
            submission_id INTEGER NOT NULL REFERENCES submissions(id),
            theme TEXT NOT NULL CHECK (theme <> ''),
            position INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            strength INTEGER NOT NULL CHECK (strength IN (0, 1)),
            development INTEGER NOT NULL CHECK (development IN (0, 1)),
            offer INTEGER NOT NULL CHECK (offer BETWEEN 0 AND 3),
            need INTEGER NOT NULL CHECK (need BETWEEN 0 AND 3),
            confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
            narrative TEXT NOT NULL,
            source_location TEXT NOT NULL,
            PRIMARY KEY (submission_id, theme)
        ) STRICT;
        CREATE TABLE diagnostics (
            id INTEGER PRIMARY KEY,
            ingest_run INTEGER NOT NULL REFERENCES ingest_runs(id),
            file TEXT NOT NULL,
            location TEXT NOT NULL,
            code TEXT NOT NULL CHECK (code GLOB '[EWI][0-9][0-9][0-9]'),
            severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'notice')),
            message TEXT NOT NULL,
            hint TEXT,
            la_code TEXT,
            year INTEGER,
            theme TEXT,
            submission_id INTEGER REFERENCES submissions(id)
        ) STRICT;
        CREATE INDEX diagnostics_la_year ON diagnostics(la_code, year);
        """,
        // 2: scoring runs and their results. Each run records the framework and the exact
        // submission versions it read; results of the latest run are kept in full. One row
        // per LA, year and theme holds the capacity parts and the trend (half the rows of two
        // tables); it is rewritten whole by each run and read whole by exports, so it is an
        // append-only rowid table without a key to maintain (the run writes each row once).
        """
        CREATE TABLE score_runs (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            framework_id TEXT NOT NULL,
            framework_version TEXT NOT NULL,
            framework_hash TEXT NOT NULL CHECK (length(framework_hash) = 64),
            inputs_hash TEXT NOT NULL CHECK (length(inputs_hash) = 64),
            inputs TEXT NOT NULL,
            submissions INTEGER NOT NULL CHECK (submissions >= 0)
        ) STRICT;
        CREATE TABLE la_scores (
            run INTEGER NOT NULL REFERENCES score_runs(id),
            year INTEGER NOT NULL,
            la_code TEXT NOT NULL REFERENCES las(la_code),
            la_name TEXT NOT NULL,
            region TEXT NOT NULL,
            lci REAL NOT NULL CHECK (lci BETWEEN 0 AND 100),
            lci_exact TEXT NOT NULL,
            band TEXT NOT NULL,
            lci_change REAL,
            PRIMARY KEY (run, year, la_code)
        ) STRICT;
        CREATE TABLE theme_results (
            run INTEGER NOT NULL REFERENCES score_runs(id),
            year INTEGER NOT NULL,
            la_code TEXT NOT NULL,
            position INTEGER NOT NULL,
            theme TEXT NOT NULL,
            rating INTEGER CHECK (rating BETWEEN 1 AND 4),
            q REAL CHECK (q BETWEEN 0 AND 1),
            o REAL CHECK (o BETWEEN 0 AND 1),
            n REAL CHECK (n BETWEEN 0 AND 1),
            c REAL CHECK (c BETWEEN 0 AND 1),
            weight REAL CHECK (weight > 0),
            -- Written only from the typed TrendDirection and TrendStatus enums. An IN-list
            -- CHECK here cost 57 ms of a 200 ms national scoring run (18k rows, measured),
            -- for no protection the type system does not already give.
            direction TEXT NOT NULL,
            status TEXT NOT NULL
        ) STRICT;
        CREATE TABLE theme_balance (
            run INTEGER NOT NULL REFERENCES score_runs(id),
            year INTEGER NOT NULL,
            region TEXT NOT NULL,
            theme TEXT NOT NULL,
            position INTEGER NOT NULL,
            rated INTEGER NOT NULL CHECK (rated >= 0),
            supply REAL NOT NULL,
            demand REAL NOT NULL,
            balance REAL NOT NULL CHECK (balance BETWEEN -100 AND 100),
            dev_share REAL NOT NULL CHECK (dev_share BETWEEN 0 AND 1),
            str_share REAL NOT NULL CHECK (str_share BETWEEN 0 AND 1),
            is_candidate INTEGER NOT NULL CHECK (is_candidate IN (0, 1)),
            priority_rank INTEGER CHECK (priority_rank >= 1),
            PRIMARY KEY (run, year, region, theme)
        ) STRICT;
        CREATE TABLE regional_index (
            run INTEGER NOT NULL REFERENCES score_runs(id),
            year INTEGER NOT NULL,
            region TEXT NOT NULL,
            las_submitted INTEGER NOT NULL CHECK (las_submitted >= 1),
            rci REAL NOT NULL CHECK (rci BETWEEN 0 AND 100),
            rci_change REAL,
            PRIMARY KEY (run, year, region)
        ) STRICT;
        CREATE TABLE flags (
            run INTEGER NOT NULL REFERENCES score_runs(id),
            seq INTEGER NOT NULL,
            year INTEGER NOT NULL,
            la_code TEXT NOT NULL,
            theme TEXT,
            code TEXT NOT NULL CHECK (code GLOB 'W1[0-9][0-9]'),
            message TEXT NOT NULL,
            PRIMARY KEY (run, seq)
        ) STRICT;
        """,
        // 3: evidence — published indicator values (one per indicator, period and LA: the latest
        // import wins), the published national and regional figures, Ofsted ILACS inspections
        // (one per LA and inspection date), statistical neighbours, and every file imported.
        """
        CREATE TABLE evidence_files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
            file_name TEXT NOT NULL CHECK (file_name <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('ees', 'lait', 'tidy', 'ofsted')),
            imported_at TEXT NOT NULL,
            rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
            rows_ignored INTEGER NOT NULL CHECK (rows_ignored >= 0),
            values_new INTEGER NOT NULL CHECK (values_new >= 0),
            values_changed INTEGER NOT NULL CHECK (values_changed >= 0),
            values_unchanged INTEGER NOT NULL CHECK (values_unchanged >= 0)
        ) STRICT;
        CREATE TABLE indicator_values (
            indicator TEXT NOT NULL CHECK (indicator <> ''),
            period INTEGER NOT NULL CHECK (period BETWEEN 1990 AND 2100),
            la_code TEXT NOT NULL REFERENCES las(la_code),
            period_label TEXT NOT NULL CHECK (period_label <> ''),
            value REAL,
            missing_code TEXT CHECK (missing_code IS NULL OR (missing_code = lower(missing_code) AND length(missing_code) <= 40)),
            combined INTEGER NOT NULL CHECK (combined IN (0, 1)),
            source_file INTEGER NOT NULL REFERENCES evidence_files(id),
            source_line INTEGER NOT NULL CHECK (source_line >= 1),
            CHECK ((value IS NULL) <> (missing_code IS NULL)),
            PRIMARY KEY (indicator, period, la_code)
        ) STRICT, WITHOUT ROWID;
        CREATE TABLE indicator_comparators (
            indicator TEXT NOT NULL CHECK (indicator <> ''),
            period INTEGER NOT NULL CHECK (period BETWEEN 1990 AND 2100),
            level TEXT NOT NULL CHECK (level IN ('national', 'regional')),
            area_key TEXT NOT NULL CHECK (area_key <> '' AND area_key = lower(area_key)),
            area TEXT NOT NULL CHECK (area <> ''),
            area_code TEXT,
            period_label TEXT NOT NULL CHECK (period_label <> ''),
            value REAL,
            missing_code TEXT CHECK (missing_code IS NULL OR missing_code = lower(missing_code)),
            source_file INTEGER NOT NULL REFERENCES evidence_files(id),
            CHECK ((value IS NULL) <> (missing_code IS NULL)),
            PRIMARY KEY (indicator, period, level, area_key)
        ) STRICT;
        CREATE TABLE ofsted_inspections (
            la_code TEXT NOT NULL REFERENCES las(la_code),
            inspection_date TEXT NOT NULL CHECK (inspection_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            publication_date TEXT NOT NULL CHECK (publication_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            ons_code TEXT NOT NULL,
            la_name TEXT NOT NULL,
            inspection_type TEXT,
            overall INTEGER CHECK (overall BETWEEN 1 AND 4),
            leaders INTEGER CHECK (leaders BETWEEN 1 AND 4),
            help_protection INTEGER CHECK (help_protection BETWEEN 1 AND 4),
            children_in_care INTEGER CHECK (children_in_care BETWEEN 1 AND 4),
            care_leavers INTEGER CHECK (care_leavers BETWEEN 1 AND 4),
            source_file INTEGER NOT NULL REFERENCES evidence_files(id),
            source_line INTEGER NOT NULL CHECK (source_line >= 1),
            CHECK (publication_date >= inspection_date),
            PRIMARY KEY (la_code, inspection_date)
        ) STRICT;
        CREATE TABLE statistical_neighbours (
            la_code TEXT NOT NULL REFERENCES las(la_code),
            rank INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 50),
            neighbour TEXT NOT NULL REFERENCES las(la_code),
            closeness TEXT NOT NULL,
            source_file TEXT NOT NULL,
            CHECK (neighbour <> la_code),
            PRIMARY KEY (la_code, rank),
            UNIQUE (la_code, neighbour)
        ) STRICT;
        """,
        // 4: the exact values of each run's results beside the doubles (rationals written
        // `n/d`), so reports read the recorded run exactly as the exports do instead of
        // scoring again; and the format each run's results were recorded in (runs of
        // format 1 lack the exact values and are scored again when asked for).
        """
        ALTER TABLE score_runs ADD COLUMN results_version INTEGER NOT NULL DEFAULT 1 CHECK (results_version >= 1);
        ALTER TABLE la_scores ADD COLUMN lci_change_exact TEXT;
        ALTER TABLE theme_balance ADD COLUMN supply_exact TEXT;
        ALTER TABLE theme_balance ADD COLUMN demand_exact TEXT;
        ALTER TABLE theme_balance ADD COLUMN balance_exact TEXT;
        ALTER TABLE theme_balance ADD COLUMN dev_share_exact TEXT;
        ALTER TABLE theme_balance ADD COLUMN str_share_exact TEXT;
        ALTER TABLE regional_index ADD COLUMN rci_exact TEXT;
        ALTER TABLE regional_index ADD COLUMN rci_change_exact TEXT;
        """,
        // 5: after the challenge event (SPEC 9) — the agreed ratings, the peer challenge
        // programme and the action tracker, each row kept with the import it came from. The
        // latest import of an LA, year and theme (outcomes), of a challenge_id or of an
        // action_id is current; earlier ones stay as history (an action's progress). A file
        // with rows rejected may be read again (an outcome waiting for its submission), so
        // the same bytes can have several rows here.
        """
        CREATE TABLE improvement_files (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('outcomes', 'challenges', 'actions')),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            file_name TEXT NOT NULL CHECK (file_name <> ''),
            imported_at TEXT NOT NULL,
            rows_loaded INTEGER NOT NULL CHECK (rows_loaded >= 0),
            rows_rejected INTEGER NOT NULL CHECK (rows_rejected >= 0)
        ) STRICT;
        CREATE INDEX improvement_files_sha256 ON improvement_files(kind, sha256);
        CREATE TABLE outcomes (
            id INTEGER PRIMARY KEY,
            la_code TEXT NOT NULL REFERENCES las(la_code),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
            theme TEXT NOT NULL CHECK (theme <> ''),
            agreed_rating INTEGER CHECK (agreed_rating BETWEEN 1 AND 4),
            note TEXT NOT NULL,
            agreed_on TEXT CHECK (agreed_on IS NULL OR agreed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
            source_file INTEGER NOT NULL REFERENCES improvement_files(id),
            source_location TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX outcomes_one_current ON outcomes(la_code, year, theme) WHERE is_current = 1;
        CREATE TABLE peer_challenges (
            id INTEGER PRIMARY KEY,
            challenge_id TEXT NOT NULL CHECK (challenge_id <> ''),
            la_code TEXT NOT NULL REFERENCES las(la_code),
            round TEXT NOT NULL CHECK (round <> ''),
            themes TEXT NOT NULL CHECK (themes <> ''),
            lead_la_code TEXT NOT NULL REFERENCES las(la_code),
            starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            ends_on TEXT NOT NULL CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND ends_on >= starts_on),
            cx_endorsed_on TEXT CHECK (cx_endorsed_on IS NULL OR cx_endorsed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            report_on TEXT CHECK (report_on IS NULL OR report_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
            source_file INTEGER NOT NULL REFERENCES improvement_files(id),
            source_location TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX peer_challenges_one_current ON peer_challenges(challenge_id) WHERE is_current = 1;
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            action_id TEXT NOT NULL CHECK (action_id <> ''),
            la_code TEXT NOT NULL REFERENCES las(la_code),
            source TEXT NOT NULL CHECK (source <> ''),
            theme TEXT CHECK (theme IS NULL OR theme <> ''),
            action TEXT NOT NULL CHECK (action <> ''),
            owner TEXT NOT NULL,
            due_on TEXT CHECK (due_on IS NULL OR due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            status TEXT NOT NULL CHECK (status IN ('not started', 'on track', 'at risk', 'off track', 'complete')),
            updated_on TEXT CHECK (updated_on IS NULL OR updated_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            note TEXT NOT NULL,
            is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
            source_file INTEGER NOT NULL REFERENCES improvement_files(id),
            source_location TEXT NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX actions_one_current ON actions(action_id) WHERE is_current = 1;
        """,
        // 6: the evidence share of each theme (SPEC 3, version 4), as a double and exactly;
        // NULL when no linked indicator had a band (blank, not zero). Runs recorded before it
        // have an earlier results version and are scored again when asked for.
        """
        ALTER TABLE theme_balance ADD COLUMN evidence_share REAL CHECK (evidence_share BETWEEN 0 AND 1);
        ALTER TABLE theme_balance ADD COLUMN evidence_share_exact TEXT;
        """,
        // 7: provenance of evidence — each value's and published figure's own period label as
        // an EES file gives it (`time_identifier`; the file's layout, name, SHA-256 and import
        // time are on `evidence_files`), and what one file's import replaced of another's
        // values (notice I008: how many, with up to five examples as JSON), kept for the pages.
        """
        ALTER TABLE indicator_values ADD COLUMN time_identifier TEXT CHECK (time_identifier IS NULL OR time_identifier <> '');
        ALTER TABLE indicator_comparators ADD COLUMN time_identifier TEXT CHECK (time_identifier IS NULL OR time_identifier <> '');
        CREATE TABLE evidence_replacements (
            file INTEGER NOT NULL REFERENCES evidence_files(id),
            previous_file INTEGER NOT NULL REFERENCES evidence_files(id),
            count INTEGER NOT NULL CHECK (count >= 1),
            examples TEXT NOT NULL,
            CHECK (file <> previous_file),
            PRIMARY KEY (file, previous_file)
        ) STRICT;
        """,
        // 8: withdrawals (SPEC 7 `withdraw`): a version filed under the wrong LA or year is
        // kept, marked withdrawn with when and why, and never counts again.
        """
        ALTER TABLE submissions ADD COLUMN withdrawn_at TEXT CHECK (withdrawn_at IS NULL OR is_current = 0);
        ALTER TABLE submissions ADD COLUMN withdrawn_why TEXT
            CHECK ((withdrawn_why IS NULL) = (withdrawn_at IS NULL) AND (withdrawn_why IS NULL OR trim(withdrawn_why) <> ''));
        """,
        // 9: the same tables with their lists of allowed words checked by comparisons, not
        // `IN ('a', 'b', 'c')`: for a CHECK with an IN list of three or more, SQLite builds
        // and drops a temporary table for every row it checks (19,400 of them in a national
        // ingest, a sixth of its instructions; issue 16). Same columns, same rules, same
        // rows and ids, copied once; migrations run with foreign keys off, so the tables
        // that refer to `submissions` refer to the new one.
        """
        CREATE TABLE theme_ratings_9 (
            submission_id INTEGER NOT NULL REFERENCES submissions(id),
            theme TEXT NOT NULL CHECK (theme <> ''),
            position INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            strength INTEGER NOT NULL CHECK (strength IN (0, 1)),
            development INTEGER NOT NULL CHECK (development IN (0, 1)),
            offer INTEGER NOT NULL CHECK (offer BETWEEN 0 AND 3),
            need INTEGER NOT NULL CHECK (need BETWEEN 0 AND 3),
            confidence TEXT NOT NULL CHECK (confidence = 'high' OR confidence = 'medium' OR confidence = 'low'),
            narrative TEXT NOT NULL,
            source_location TEXT NOT NULL,
            PRIMARY KEY (submission_id, theme)
        ) STRICT;
        INSERT INTO theme_ratings_9(submission_id, theme, position, rating, strength, development, offer, need, confidence,
            narrative, source_location)
        SELECT submission_id, theme, position, rating, strength, development, offer, need, confidence, narrative, source_location
        FROM theme_ratings ORDER BY rowid;
        DROP TABLE theme_ratings;
        ALTER TABLE theme_ratings_9 RENAME TO theme_ratings;

        CREATE TABLE submissions_9 (
            id INTEGER PRIMARY KEY,
            la_code TEXT NOT NULL REFERENCES las(la_code),
            year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
            version INTEGER NOT NULL CHECK (version >= 1),
            is_current INTEGER NOT NULL CHECK (is_current IN (0, 1)),
            source_file TEXT NOT NULL,
            source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
            source_format TEXT NOT NULL CHECK (source_format = 'csv' OR source_format = 'json' OR source_format = 'xlsx'),
            ingested_at TEXT NOT NULL,
            submitted_on TEXT CHECK (submitted_on IS NULL OR submitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            cx_signoff TEXT,
            content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
            framework INTEGER NOT NULL REFERENCES frameworks(id),
            ingest_run INTEGER NOT NULL REFERENCES ingest_runs(id),
            -- The last diagnostic logged before this version was stored: errors logged after
            -- it (a later attempt rejected, even in the same run) show on the status board.
            diagnostics_mark INTEGER NOT NULL DEFAULT 0 CHECK (diagnostics_mark >= 0),
            withdrawn_at TEXT CHECK (withdrawn_at IS NULL OR is_current = 0),
            withdrawn_why TEXT
                CHECK ((withdrawn_why IS NULL) = (withdrawn_at IS NULL) AND (withdrawn_why IS NULL OR trim(withdrawn_why) <> '')),
            UNIQUE (la_code, year, version)
        ) STRICT;
        INSERT INTO submissions_9(id, la_code, year, version, is_current, source_file, source_sha256, source_format, ingested_at,
            submitted_on, cx_signoff, content_hash, framework, ingest_run, diagnostics_mark, withdrawn_at, withdrawn_why)
        SELECT id, la_code, year, version, is_current, source_file, source_sha256, source_format, ingested_at,
            submitted_on, cx_signoff, content_hash, framework, ingest_run, diagnostics_mark, withdrawn_at, withdrawn_why
        FROM submissions ORDER BY id;
        DROP TABLE submissions;
        ALTER TABLE submissions_9 RENAME TO submissions;
        CREATE UNIQUE INDEX submissions_one_current ON submissions(la_code, year) WHERE is_current = 1;
        CREATE INDEX submissions_year ON submissions(year, is_current);

        CREATE TABLE diagnostics_9 (
            id INTEGER PRIMARY KEY,
            ingest_run INTEGER NOT NULL REFERENCES ingest_runs(id),
            file TEXT NOT NULL,
            location TEXT NOT NULL,
            code TEXT NOT NULL CHECK (code GLOB '[EWI][0-9][0-9][0-9]'),
            severity TEXT NOT NULL CHECK (severity = 'error' OR severity = 'warning' OR severity = 'notice'),
            message TEXT NOT NULL,
            hint TEXT,
            la_code TEXT,
            year INTEGER,
            theme TEXT,
            submission_id INTEGER REFERENCES submissions(id)
        ) STRICT;
        INSERT INTO diagnostics_9(id, ingest_run, file, location, code, severity, message, hint, la_code, year, theme, submission_id)
        SELECT id, ingest_run, file, location, code, severity, message, hint, la_code, year, theme, submission_id
        FROM diagnostics ORDER BY id;
        DROP TABLE diagnostics;
        ALTER TABLE diagnostics_9 RENAME TO diagnostics;
        CREATE INDEX diagnostics_la_year ON diagnostics(la_code, year);
        """,
        // 10: the suggested support pairs of every region and year (SPEC 8), recorded with the
        // scoring run from the same inputs (issue 16): exports read them back instead of
        // solving the matching again. `seq` keeps the solver's order (year, region, then
        // receiver and theme). Runs recorded before it have an earlier results version and
        // are scored again when asked for.
        """
        CREATE TABLE match_pairs (
            run INTEGER NOT NULL REFERENCES score_runs(id),
            seq INTEGER NOT NULL,
            year INTEGER NOT NULL,
            region TEXT NOT NULL,
            receiver TEXT NOT NULL,
            theme TEXT NOT NULL,
            provider TEXT NOT NULL,
            score_thirds INTEGER NOT NULL CHECK (score_thirds >= 1),
            is_fresh INTEGER NOT NULL CHECK (is_fresh IN (0, 1)),
            CHECK (receiver <> provider),
            PRIMARY KEY (run, seq)
        ) STRICT;
        """,
        // 11: a theme row without a rowid (its key, submission and theme, is the table's
        // own order: one b-tree instead of a table and an index on the same two columns)
        // and with its place in the submission's file (the line, JSON path or cell) instead
        // of the whole location: the file name was stored again on every theme row, 1.3 of
        // the 8.3 MB a national ingest stored (issue 16). The store reads the location
        // back as `source_file:place`. A row whose location did not start with its
        // submission's file name keeps the whole location as its place.
        """
        CREATE TABLE theme_ratings_11 (
            submission_id INTEGER NOT NULL REFERENCES submissions(id),
            theme TEXT NOT NULL CHECK (theme <> ''),
            position INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            strength INTEGER NOT NULL CHECK (strength IN (0, 1)),
            development INTEGER NOT NULL CHECK (development IN (0, 1)),
            offer INTEGER NOT NULL CHECK (offer BETWEEN 0 AND 3),
            need INTEGER NOT NULL CHECK (need BETWEEN 0 AND 3),
            confidence TEXT NOT NULL CHECK (confidence = 'high' OR confidence = 'medium' OR confidence = 'low'),
            narrative TEXT NOT NULL,
            source_place TEXT CHECK (source_place <> ''),
            PRIMARY KEY (submission_id, theme)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO theme_ratings_11(submission_id, theme, position, rating, strength, development, offer, need,
            confidence, narrative, source_place)
        SELECT t.submission_id, t.theme, t.position, t.rating, t.strength, t.development, t.offer, t.need, t.confidence,
            t.narrative,
            CASE
                WHEN t.source_location = s.source_file THEN NULL
                WHEN substr(t.source_location, 1, length(s.source_file) + 1) = s.source_file || ':'
                    AND length(t.source_location) > length(s.source_file) + 1
                    THEN substr(t.source_location, length(s.source_file) + 2)
                ELSE t.source_location
            END
        FROM theme_ratings t JOIN submissions s ON s.id = t.submission_id;
        DROP TABLE theme_ratings;
        ALTER TABLE theme_ratings_11 RENAME TO theme_ratings;
        """,
        // 12: the same theme rows, their reference to their submission checked when the
        // transaction commits instead of row by row. With a row-by-row check, SQLite has to
        // be able to undo half of the one statement that stores a submission's themes, so
        // it copied every page the statement touched into a statement journal first: a
        // twentieth of a national ingest's instructions (issue 16). The store writes theme
        // rows with `INSERT OR FAIL` inside a transaction that is rolled back whole on any
        // error, so nothing half-stored is ever committed; a theme row whose submission is
        // missing still cannot be committed. Same columns, rules, rows and order.
        """
        CREATE TABLE theme_ratings_12 (
            submission_id INTEGER NOT NULL REFERENCES submissions(id) DEFERRABLE INITIALLY DEFERRED,
            theme TEXT NOT NULL CHECK (theme <> ''),
            position INTEGER NOT NULL,
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
            strength INTEGER NOT NULL CHECK (strength IN (0, 1)),
            development INTEGER NOT NULL CHECK (development IN (0, 1)),
            offer INTEGER NOT NULL CHECK (offer BETWEEN 0 AND 3),
            need INTEGER NOT NULL CHECK (need BETWEEN 0 AND 3),
            confidence TEXT NOT NULL CHECK (confidence = 'high' OR confidence = 'medium' OR confidence = 'low'),
            narrative TEXT NOT NULL,
            source_place TEXT CHECK (source_place <> ''),
            PRIMARY KEY (submission_id, theme)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO theme_ratings_12 SELECT submission_id, theme, position, rating, strength, development, offer, need,
            confidence, narrative, source_place FROM theme_ratings;
        DROP TABLE theme_ratings;
        ALTER TABLE theme_ratings_12 RENAME TO theme_ratings;
        """,
    ]
}
