-- The schema a database made by capindex at commit 5dab7bd has: its two migrations as they
-- were then (migrations 1 and 2 were edited afterwards), and user_version 2.
-- migration 1 as of 5dab7bd
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
-- migration 2 as of 5dab7bd
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
CREATE TABLE theme_scores (
    run INTEGER NOT NULL REFERENCES score_runs(id),
    year INTEGER NOT NULL,
    la_code TEXT NOT NULL,
    theme TEXT NOT NULL,
    position INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    q REAL NOT NULL CHECK (q BETWEEN 0 AND 1),
    o REAL NOT NULL CHECK (o BETWEEN 0 AND 1),
    n REAL NOT NULL CHECK (n BETWEEN 0 AND 1),
    c REAL NOT NULL CHECK (c BETWEEN 0 AND 1),
    weight REAL NOT NULL CHECK (weight > 0),
    PRIMARY KEY (run, year, la_code, theme)
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
CREATE TABLE trends (
    run INTEGER NOT NULL REFERENCES score_runs(id),
    year INTEGER NOT NULL,
    la_code TEXT NOT NULL,
    theme TEXT NOT NULL,
    position INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('improving', 'stable', 'declining', 'insufficient-history')),
    status TEXT NOT NULL CHECK (status IN ('persistent-development', 'persistent-strength', 'new-development',
        'resolved-development', 'new-strength', 'lapsed-strength', 'none')),
    PRIMARY KEY (run, year, la_code, theme)
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
PRAGMA user_version = 2;
