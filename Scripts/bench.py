#!/usr/bin/env python3
"""Measures capindex against reference tools doing comparable work, in the same run.

  bench.py BINARY WORKDIR        (called by Scripts/bench.sh; data in WORKDIR/data)

Each target is a ratio of best-of-N wall times of whole processes measured here and now,
so a busy or slower machine moves both sides alike; BENCHMARKS.md explains each reference.
Prints one line per target with met / MISSED, then the growth table, and keeps the text
in WORKDIR/bench-result.txt and the figures in WORKDIR/bench-result.json.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_prep  # noqa: E402
from bench_growth import growth  # noqa: E402
from bench_lib import Job, Printer, alternate, cleared, discard_set_aside, fresh_copy, machine  # noqa: E402
from bench_tier import REPORT_DATE, REPORT_YEAR, Tier  # noqa: E402


class Context:
    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.data = os.path.join(work, "data")
        self.scripts = os.path.dirname(os.path.abspath(__file__))
        self.repo_data = os.path.normpath(os.path.join(self.scripts, "..", "Data"))
        self.env = dict(os.environ, CAPINDEX_DATA=self.repo_data, CAPINDEX_NOW=REPORT_DATE + "T12:00:00Z")
        with open(os.path.join(self.data, "manifest.json")) as f:
            self.manifest = json.load(f)
        self.out = Printer()
        self.figures = {}

    def python(self, *args):
        # The interpreter itself, not a version-manager shim that would add its own start-up.
        return [sys.executable, os.path.join(self.scripts, "bench_ref.py")] + list(args)


def ingest_targets(ctx, nat, n):
    ref = Job("python read", ctx.python("read", nat.subs), ctx.env).warm()
    store_db = nat.path("ref-store.sqlite")
    store = Job("python read + store", ctx.python("store", nat.subs, store_db), ctx.env,
                setup=lambda: [os.remove(p) for p in (store_db, store_db + "-wal", store_db + "-shm") if os.path.exists(p)])
    alternate(n, ref, store, nat.dry_run, nat.ingest)
    subs, r = ctx.manifest["national"]["submissions"], ref.best.wall
    i, d = nat.ingest.best.wall, nat.dry_run.best.wall
    st = store.best.wall
    ctx.out.target("1. ingest, national set", i / r, "<=", 1.0,
                   f"capindex ingest {i:.3f} s ({i / subs * 1000:.3f} ms/submission, peak {nat.ingest.peak:.0f} MB); "
                   f"Python csv + json.load reading the same files {r:.3f} s")
    ctx.out.say(f"{'   ingest --dry-run (no target)':<34} {d / r:6.2f}×  capindex {d:.3f} s (parse + validate only)")
    ctx.out.say(f"{'   ingest vs read + store':<34} {i / st:6.2f}×  (no target) Python reading the same files and storing "
                f"their rows and SHA-256s in SQLite (WAL, one transaction, no validation) {st:.3f} s")
    ctx.figures.update(ingest_s=i, dry_run_s=d, python_read_s=r, ingest_ratio=i / r, dry_run_ratio=d / r,
                       python_read_store_s=st, ingest_store_ratio=i / st)


def score_target(ctx, nat, n):
    script = nat.path("score-rows.sql")
    counts = bench_prep.score_script(nat.ingested, nat.scored, script)
    rows = sum(counts.values())
    ref_db = nat.path("ref-score.sqlite")
    sql = Job("sqlite3 script", ["sqlite3", "-bail", ref_db], ctx.env, setup=lambda: fresh_copy(nat.ingested, ref_db), stdin=script)
    alternate(n, nat.score, sql.warm())
    s, r = nat.score.best.wall, sql.best.wall
    ctx.out.target("2. score --all-years --all-regions", s / r, "<=", 2.0,
                   f"capindex {s:.3f} s writing {rows:,} rows ({', '.join(f'{t} {c:,}' for t, c in counts.items())}); "
                   f"sqlite3 shell inserting the same rows, one transaction {r:.3f} s")
    ctx.figures.update(score_s=s, sqlite_script_s=r, score_rows=rows, score_ratio=s / r)


def export_target(ctx, nat, n):
    rows_file, ref_out = nat.path("export-rows.marshal"), nat.path("ref-export")
    tables, rows = bench_prep.export_rows(nat.exports, rows_file)
    ref = Job("python write", ctx.python("write", rows_file, ref_out), ctx.env, setup=cleared(ref_out))
    alternate(n, nat.export, ref.warm())
    same = bench_prep.same_bytes(nat.exports, ref_out)
    e, r = nat.export.best.wall, ref.best.wall
    ctx.out.target("3. export --all-years", e / r, "<=", 1.0,
                   f"capindex {e:.3f} s; Python csv.writer writing the same {rows:,} rows in {tables} files {r:.3f} s "
                   f"(byte-identical: {len(same)} of {tables} files)")
    ctx.figures.update(export_s=e, python_write_s=r, export_rows=rows, export_ratio=e / r)


def import_target(ctx, nat, n):
    big = os.path.join(ctx.data, "evidence", "ks2_national.csv")
    mb = os.path.getsize(big) / 1e6
    db, ref_db = nat.path("import.sqlite"), nat.path("ref-import.sqlite")
    cap = Job("evidence import", [ctx.binary, "evidence", "import", "--db", db, "--quiet", big], ctx.env,
              setup=lambda: fresh_copy(nat.init, db))
    ref = Job("sqlite3 .import", ["sqlite3", ref_db, "-cmd", ".mode csv", f".import {big} t"], ctx.env,
              setup=cleared(ref_db))
    alternate(n, cap.warm(), ref.warm())
    c, r = cap.best.wall, ref.best.wall
    ctx.out.target("4. bulk indicator import", r / c, ">=", 3.0,
                   f"capindex {mb / c:.0f} MB/s ({c:.3f} s); sqlite3 .import of the same {mb:.1f} MB file {mb / r:.0f} MB/s ({r:.3f} s)")
    ctx.out.limit("   import peak memory", cap.peak, "MB", 150)
    ctx.figures.update(import_s=c, sqlite_import_s=r, import_ratio=r / c, import_peak_mb=cap.peak)


def run_target(ctx, nat, n):
    db, out = nat.path("run.sqlite"), nat.path("run-out")
    cmd = [ctx.binary, "run", "--db", db, "--all-regions", "--year", REPORT_YEAR, "--submissions", nat.subs,
           "--evidence", os.path.join(ctx.repo_data, "evidence"), "--evidence", os.path.join(ctx.repo_data, "ofsted"),
           "--out", out, "--date", REPORT_DATE, "--json"]

    def fresh_setup():
        fresh_copy(nat.init, db)
        cleared(out)()
    fresh, again = Job("run", cmd, ctx.env, setup=fresh_setup), Job("run again", cmd, ctx.env)
    alternate(n, fresh.warm(), again)
    assert all(json.loads(t.stdout)["unchanged"] for t in again.trials), "the re-run was not unchanged"
    f, a = fresh.best.wall, again.best.wall
    ctx.out.target("5. unchanged cron re-run", a / f, "<=", 0.2, f"capindex run again {a * 1000:.0f} ms; the fresh run {f:.2f} s")
    outcome = json.loads(fresh.best.stdout)
    stages = ", ".join(f"{s['stage']} {s['milliseconds'] / 1000:.2f}" for s in outcome["timings"])
    pages = outcome["pages_written"] + outcome["pages_unchanged"]
    ctx.out.say(f"{'6. whole national run':<34} {f:6.2f} s, peak {fresh.peak:.0f} MB (no target): {stages} s; "
                f"{pages} pages, {outcome['export_files']} export files; the real DfE and Ofsted files as evidence")
    ctx.figures.update(run_s=f, rerun_s=a, rerun_ratio=a / f, run_peak_mb=fresh.peak)


def main():
    ctx = Context(sys.argv[1], sys.argv[2])
    discard_set_aside(os.path.join(ctx.work, "run"))  # a bench stopped before its end leaves some
    m = ctx.manifest["national"]
    ctx.out.say(machine(ctx.binary))
    ctx.out.say(f"national set: {m['submissions']:,} submissions in {m['files']:,} files ({m['json_files']} JSON), "
                f"{m['bytes'] / 1e6:.1f} MB, {m['las']} LAs, {m['years']} years. Times: best of N, wall, whole process.")
    ctx.out.say()
    nat = Tier(ctx, "national", os.path.join(ctx.data, "national", "submissions"))
    nat.prepare(dry_run=True)
    # Best of 15: both sides take about 70 ms, and with 5 trials the best of each moved
    # by 5% from one bench to the next on this shared 2-core machine (BENCHMARKS.md).
    ingest_targets(ctx, nat, 15)
    score_target(ctx, nat, 7)
    export_target(ctx, nat, 7)
    import_target(ctx, nat, 3)
    run_target(ctx, nat, 3)
    ctx.out.say()
    growth(ctx, nat)
    discard_set_aside(os.path.join(ctx.work, "run"))
    missed = [name.strip() for name, ok in ctx.out.verdicts if not ok]
    ctx.out.say()
    ctx.out.say(f"{len(ctx.out.verdicts) - len(missed)} of {len(ctx.out.verdicts)} targets met"
                + (f"; MISSED: {', '.join(missed)}" if missed else ""))
    ctx.out.save(os.path.join(ctx.work, "bench-result.txt"))
    ctx.figures["trials"] = {j.name: [[round(t.wall, 4), round(t.cpu, 2), round(t.rss)] for t in j.trials] for j in Job.all}
    with open(os.path.join(ctx.work, "bench-result.json"), "w") as f:
        json.dump(ctx.figures, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
