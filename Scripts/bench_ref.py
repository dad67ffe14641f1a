#!/usr/bin/env python3
"""The benchmark's reference workloads, each run as a whole process by bench.py.

  bench_ref.py read DIR            reads every submission file under DIR, in file-name
                                   order: CSV with the csv module (UTF-8 with or without
                                   BOM, else Windows-1252; comma or semicolon, whichever
                                   the header line has more of), JSON with json.load; every
                                   field is touched. What capindex must do before it can
                                   validate anything.
  bench_ref.py write ROWS OUTDIR   writes the export tables held in ROWS (marshal: table
                                   name -> header, rows with ints and floats as numbers)
                                   as CSV with csv.writer: UTF-8 with BOM, LF, minimal
                                   quoting, numbers formatted by Python (shortest
                                   round-trip, as capindex writes them), plus a small JSON
                                   manifest. What capindex export writes, once it has the rows.
"""
import csv
import io
import json
import marshal
import os
import sys


def read(folder):
    paths = []
    for root, _, names in os.walk(folder):
        paths += [os.path.join(root, n) for n in names if not n.startswith(".")]
    fields = records = 0
    for path in sorted(paths, key=lambda p: p.encode()):
        with open(path, "rb") as f:
            data = f.read()
        if path.endswith(".json"):
            doc = json.loads(data)
            for sub in doc if isinstance(doc, list) else [doc]:
                records += len(sub["themes"])
                fields += sum(len(t) for t in sub["themes"]) + len(sub)
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
    print(f"{len(paths)} files, {records} records, {fields} fields")


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
    else:
        write(sys.argv[2], sys.argv[3])
