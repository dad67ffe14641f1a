#!/usr/bin/env python3
"""Measures capindex on the national dataset and prints each figure beside its target.

Called by Scripts/bench.sh with the release binary and the work folder. Times are
wall-clock on this machine; the reference tools (sqlite3 .import, Python's csv
module) run in the same session on the same file, so the ratios carry over.
"""
import csv, json, os, re, shutil, subprocess, sys, time

binary, work = sys.argv[1], sys.argv[2]
data = os.path.join(work, "data")
big = os.path.join(data, "evidence", "ks2_national.csv")
repo_data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Data")
mb = os.path.getsize(big) / 1e6
env = dict(os.environ, CAPINDEX_DATA=repo_data)
lines = []


def run(args, peak=False):
    """Runs a command; returns (seconds, peak RSS in MB or None, stdout)."""
    cmd = (["/usr/bin/time", "-f", "MAXRSS %M"] if peak else []) + args
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stdout[-3000:] + p.stderr[-3000:])
        raise SystemExit(f"failed ({p.returncode}): {' '.join(args)}")
    rss = None
    if peak:
        m = re.search(r"MAXRSS (\d+)", p.stderr)
        rss = int(m.group(1)) / 1024 if m else None
    return dt, rss, p.stdout


def figure(name, value, unit, target=None, met=None):
    t = f"  (target: {target}) {'met' if met else 'MISSED'}" if target else ""
    line = f"{name:<46} {value:>12} {unit}{t}"
    lines.append(line)
    print(line, flush=True)


def fresh_db(name):
    db = os.path.join(work, name)
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    run([binary, "init", "--db", db, "--register", os.path.join(data, "register.csv"), "--quiet"])
    return db


rows = sum(1 for _ in open(big, "rb")) - 1
print(f"dataset: 1,530 submissions; {os.path.basename(big)} {mb:.1f} MB, {rows:,} rows", flush=True)

# Reference tools on the same file.
ref = os.path.join(work, "ref.sqlite")
if os.path.exists(ref):
    os.remove(ref)
t_sqlite, _, _ = run(["sqlite3", ref, "-cmd", ".mode csv", f".import {big} t"])
figure("reference: sqlite3 .import", f"{mb / t_sqlite:.1f}", f"MB/s ({t_sqlite:.2f} s)")
t = time.perf_counter()
with open(big, newline="", encoding="utf-8-sig") as f:
    n = sum(1 for _ in csv.reader(f))
t_py = time.perf_counter() - t
figure("reference: Python csv module parse", f"{mb / t_py:.1f}", f"MB/s ({t_py:.2f} s)")

# 2. The indicator import alone, on a fresh database.
db = fresh_db("import.sqlite")
t_imp, rss_imp, _ = run([binary, "evidence", "import", "--db", db, "--quiet", big], peak=True)
ratio = (mb / t_imp) / (mb / t_sqlite)
figure("2. indicator import", f"{mb / t_imp:.1f}", f"MB/s, {rows / t_imp:,.0f} rows/s, {ratio:.1f}x sqlite3",
       "≥ 2x sqlite3 .import", ratio >= 2)
figure("   import peak memory", f"{rss_imp:.0f}", "MB", "< 150 MB", rss_imp < 150)

# The whole national run: ingest, evidence, score, reports, exports.
db = fresh_db("national.sqlite")
out = os.path.join(work, "out")
shutil.rmtree(out, ignore_errors=True)
args = [binary, "run", "--db", db, "--all-regions", "--year", "2026", "--submissions", os.path.join(data, "submissions"),
        "--evidence", os.path.join(data, "evidence"), "--evidence", os.path.join(repo_data, "evidence"),
        "--evidence", os.path.join(repo_data, "ofsted"), "--out", out, "--json", "--date", "2026-11-23"]
t_run, rss_run, stdout = run(args, peak=True)
outcome = json.loads(stdout)
ms = {s["stage"]: s["milliseconds"] for s in outcome["timings"]}
subs = outcome["ingest"]["stored"]
figure("1. ingest of all submissions", f"{subs / (ms['ingest'] / 1000):,.0f}", f"submissions/s ({subs} in {ms['ingest']:.0f} ms)")
figure("3. scoring every region and year", f"{ms['score']:.0f}", "ms", "< 200 ms", ms["score"] < 200)
pages = outcome["pagesWritten"] + outcome["pagesUnchanged"]
figure("4. every report, every region, 2026", f"{ms['reports']:.0f}", f"ms ({pages} pages)")
figure("   evidence stage (big file + real files)", f"{ms['evidence']:.0f}", "ms")
figure("whole national run (ingest..reports)", f"{t_run:.2f}", "s", "< 10 s", t_run < 10)

# 5. An unchanged re-run: best of five.
best = min(run(args)[0] for _ in range(5))
figure("5. unchanged re-run of capindex run", f"{best * 1000:.0f}", "ms", "< 100 ms", best < 0.1)
figure("6. peak memory of the whole run", f"{rss_run:.0f}", "MB")
with open(os.path.join(work, "bench-result.txt"), "w") as f:
    f.write("\n".join(lines) + "\n")
