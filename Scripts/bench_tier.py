"""One submission set and the capindex steps the benchmark times on it (bench.py).

Each step is a whole `capindex` process on a database in a known state, set up untimed
before every trial: `ingest` (and `ingest --dry-run`) into a freshly initialised
database, `score --all-years --all-regions` on the ingested one, `report --year 2026
--all-regions` and `export --all-years` on the scored one, each into an empty folder.
"""
import os
import subprocess

from bench_lib import Job, cleared, fresh_copy

REPORT_YEAR = "2026"
REPORT_DATE = "2026-11-23"


class Tier:
    """The steps of one submission set: ingest, dry-run, score, report, export."""

    def __init__(self, ctx, name, submissions, register=None):
        self.name, self.subs = name, submissions
        self.dir = os.path.join(ctx.work, "run", name)
        cleared(self.dir)()  # the last bench's files, set aside: see bench_lib.cleared
        os.makedirs(self.dir)
        self.init = self.path("init.sqlite")
        cmd = [ctx.binary, "init", "--db", self.init, "--quiet"] + (["--register", register] if register else [])
        subprocess.run(cmd, env=ctx.env, check=True)
        self.ingested, self.scored = self.path("ingested.sqlite"), self.path("scored.sqlite")
        db, bin = self.path("step.sqlite"), ctx.binary
        self.ingest = Job(f"{name} ingest", [bin, "ingest", "--db", db, "--quiet", submissions], ctx.env,
                          setup=lambda: fresh_copy(self.init, db))
        self.dry_run = Job(f"{name} ingest --dry-run", [bin, "ingest", "--db", db, "--dry-run", "--quiet", submissions], ctx.env,
                           setup=lambda: fresh_copy(self.init, db))
        self.score = Job(f"{name} score", [bin, "score", "--db", db, "--all-years", "--all-regions", "--quiet"], ctx.env,
                         setup=lambda: fresh_copy(self.ingested, db))
        self.reports, self.exports = self.path("reports"), self.path("exports")
        self.report = Job(f"{name} report", [bin, "report", "--db", self.scored, "--year", REPORT_YEAR, "--all-regions",
                                     "--out", self.reports, "--date", REPORT_DATE, "--quiet"], ctx.env,
                          setup=cleared(self.reports))
        self.export = Job(f"{name} export", [bin, "export", "--db", self.scored, "--all-years", "--out", self.exports,
                                     "--quiet"], ctx.env, setup=cleared(self.exports))
        self.step_db = db

    def path(self, name):
        return os.path.join(self.dir, name)

    def prepare(self, dry_run=False):
        """Runs every step once, untimed (warm-up), keeping the ingested and scored databases."""
        if dry_run:
            self.dry_run.warm()
        self.ingest.warm()
        fresh_copy(self.step_db, self.ingested)
        self.score.warm()
        fresh_copy(self.step_db, self.scored)
        self.report.warm()
        self.export.warm()

    def submissions(self):
        out = subprocess.run(["sqlite3", self.ingested, "SELECT count(*) FROM submissions"], capture_output=True, text=True)
        return int(out.stdout.strip())
