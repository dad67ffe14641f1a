"""Untimed preparation of the reference workloads, from what capindex itself wrote.

score_script: the rows a scoring run added to the database (every table, the database
after `score` EXCEPT the database before it) as one SQL script for the `sqlite3` shell:
the pragmas capindex's Store sets, then BEGIN, one INSERT of literal values per row, and
COMMIT, into a copy of the database before scoring, so the rows meet the same schema,
CHECKs, indexes and foreign keys.

export_rows: the rows of capindex's own export, read back with the csv module, whole
numbers and floats turned back into numbers (only where Python writes them back to the
same text) so that the reference formats them as capindex does.
"""
import csv
import marshal
import os
import re
import sqlite3

PRAGMAS = "PRAGMA synchronous = NORMAL;\nPRAGMA foreign_keys = ON;\nPRAGMA cache_size = -65536;\n"


def literal(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, bytes):
        return "X'" + v.hex() + "'"
    return "'" + v.replace("'", "''") + "'"


def score_script(before, after, path):
    """Writes the script; returns {table: rows}."""
    db = sqlite3.connect(after)
    db.execute("ATTACH DATABASE ? AS old", (before,))
    tables = [r[0] for r in db.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
    counts = {}
    with open(path, "w", encoding="utf-8") as f:
        f.write(PRAGMAS + "BEGIN;\n")
        for t in tables:
            rows = db.execute(f'SELECT * FROM main."{t}" EXCEPT SELECT * FROM old."{t}"').fetchall()
            for r in rows:
                f.write(f'INSERT INTO "{t}" VALUES ({", ".join(literal(v) for v in r)});\n')
            if rows:
                counts[t] = len(rows)
        f.write("COMMIT;\n")
    db.close()
    return counts


INT = re.compile(r"-?[0-9]+")
FLOAT = re.compile(r"-?[0-9]+\.[0-9]+(e-?[0-9]+)?")


def number(cell):
    if INT.fullmatch(cell) and str(int(cell)) == cell:
        return int(cell)
    if FLOAT.fullmatch(cell) and repr(float(cell)) == cell:
        return float(cell)
    return cell


def export_rows(folder, path):
    """Writes the marshal file; returns (tables, rows)."""
    tables = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".csv"):
            with open(os.path.join(folder, name), encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f))
            tables[name[:-4]] = (rows[0], [[number(c) for c in r] for r in rows[1:]])
    with open(path, "wb") as f:
        marshal.dump(tables, f)
    return len(tables), sum(len(v[1]) for v in tables.values())


def same_bytes(a, b):
    """Names of the CSV files in folder `a` whose bytes equal those in folder `b`."""
    same = []
    for name in sorted(os.listdir(a)):
        pb = os.path.join(b, name)
        if name.endswith(".csv") and os.path.exists(pb):
            with open(os.path.join(a, name), "rb") as fa, open(pb, "rb") as fb:
                if fa.read() == fb.read():
                    same.append(name)
    return same
