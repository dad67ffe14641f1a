#!/usr/bin/env python3
"""The benchmark's reference workloads, each run as a whole process by bench.py.

  bench_ref.py read DIR            reads every submission file under DIR, in file-name
                                   order: CSV with the csv module (UTF-8 with or without
                                   BOM, else Windows-1252; comma or semicolon, whichever
                                   the header line has more of), JSON with json.load; every
                                   field is touched. What capindex must do before it can
                                   validate anything.
  bench_ref.py store DIR DB        reads as `read` does, then stores what it read the way
                                   capindex keeps it: each file's SHA-256 and each record's
                                   fields as rows of an SQLite database in WAL mode
                                   (synchronous NORMAL, as capindex), one transaction,
                                   closed (so checkpointed). No validation. Information
                                   beside target 1, not a target: the durable store is work
                                   the `read` reference does not do.
  bench_ref.py write ROWS OUTDIR   writes the export tables held in ROWS (marshal: table
                                   name -> header, rows with ints and floats as numbers)
                                   as CSV with csv.writer: UTF-8 with BOM, LF, minimal
                                   quoting, numbers formatted by Python (shortest
                                   round-trip, as capindex writes them), plus a small JSON
                                   manifest. What capindex export writes, once it has the rows.
"""
import csv
import hashlib
import io
import json
import marshal
import os
import sys


def read(folder, keep=None):
    paths = []
    for root, _, names in os.walk(folder):
        paths += [os.path.join(root, n) for n in names if not n.startswith(".")]
    fields = records = 0
    for path in sorted(paths, key=lambda p: p.encode()):
        with open(path, "rb") as f:
            data = f.read()
        if keep is not None:
            keep.file(path, data)
        if path.endswith(".json"):
            doc = json.loads(data)
            for sub in doc if isinstance(doc, list) else [doc]:
                records += len(sub["themes"])
                fields += sum(len(t) for t in sub["themes"]) + len(sub)
                if keep is not None:
                    for t in sub["themes"]:
                        keep.row([str(v) for v in t.values()])
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        head = text.split("\n", 1)[0]
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=";" if head.count(";") > head.count(",") else ",")
        for row in rows:
            records += 1
            fields += len(row)
            if keep is not None:
                keep.row(row)
    print(f"{len(paths)} files, {records} records, {fields} fields")


class Keeper:
    """Stores files and records as capindex's store would hold them, in one transaction."""

    def __init__(self, db_path):
        import sqlite3

        self.db = sqlite3.connect(db_path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS files (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL UNIQUE)")
        self.db.execute("CREATE TABLE IF NOT EXISTS records (file INTEGER NOT NULL REFERENCES files(id), "
                        + ", ".join(f"c{i} TEXT" for i in range(12)) + ")")
        self.db.execute("BEGIN IMMEDIATE")
        self.current = None

    def file(self, path, data):
        cur = self.db.execute("INSERT INTO files(name, sha256) VALUES (?, ?)",
                              (os.path.basename(path), hashlib.sha256(data).hexdigest()))
        self.current = cur.lastrowid

    def row(self, fields):
        cells = (list(fields) + [None] * 12)[:12]
        self.db.execute("INSERT INTO records VALUES (?" + ", ?" * 12 + ")", [self.current] + cells)

    def close(self):
        self.db.execute("COMMIT")
        self.db.close()


def write(rows_path, out):
    with open(rows_path, "rb") as f:
        tables = marshal.load(f)
    os.makedirs(out, exist_ok=True)
    for name, (header, rows) in tables.items():
        with open(os.path.join(out, name + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    with open(os.path.join(out, "export-manifest.json"), "w") as f:
        json.dump({"files": sorted(tables), "rows": {k: len(v[1]) for k, v in tables.items()}}, f, indent=2)


if __name__ == "__main__":
    if sys.argv[1] == "read":
        read(sys.argv[2])
    elif sys.argv[1] == "store":
        keeper = Keeper(sys.argv[3])
        read(sys.argv[2], keeper)
        keeper.close()
    else:
        write(sys.argv[2], sys.argv[3])
