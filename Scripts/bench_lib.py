"""Timing, machine description and printing for Scripts/bench.py.

Every command, capindex or reference, runs as a whole process under `/usr/bin/time`
(for its peak resident set); its wall time is taken around the process from here, so
start-up costs count on both sides. Trials of the commands being compared alternate
(A B A B ...), so both see the same load on a shared machine, and the best (lowest) wall
time of N counts: noise on a busy machine only ever adds time.
"""
import datetime
import os
import platform
import re
import shutil
import subprocess
import time


class Trial:
    """One timed process: wall seconds, CPU seconds (user + system), peak RSS in MB, standard output."""

    def __init__(self, wall, cpu, rss, stdout):
        self.wall, self.cpu, self.rss, self.stdout = wall, cpu, rss, stdout


class Job:
    """A command to time, with an untimed setup run before each trial."""

    all = []  # every job made, for the result file

    def __init__(self, name, cmd, env, setup=None, stdin=None):
        self.name, self.cmd, self.env, self.setup, self.stdin = name, cmd, env, setup, stdin
        self.trials = []
        Job.all.append(self)

    def once(self):
        if self.setup:
            self.setup()
        stdin = open(self.stdin, "rb") if self.stdin else subprocess.DEVNULL
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M CPU %U %S"] + self.cmd, env=self.env, stdin=stdin,
                           capture_output=True, text=True)
        wall = time.perf_counter() - start
        if self.stdin:
            stdin.close()
        if p.returncode != 0:
            raise SystemExit(f"{self.name} failed ({p.returncode}): {' '.join(self.cmd)}\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
        m = re.search(r"MAXRSS (\d+) CPU ([0-9.]+) ([0-9.]+)", p.stderr)
        trial = Trial(wall, float(m.group(2)) + float(m.group(3)), int(m.group(1)) / 1024, p.stdout)
        self.trials.append(trial)
        return trial

    def warm(self):
        """Runs once untimed (file caches, page cache, lazy binding); returns the job."""
        self.once()
        self.trials.clear()
        return self

    @property
    def best(self):
        return min(self.trials, key=lambda t: t.wall)

    @property
    def best_cpu(self):
        return min(t.cpu for t in self.trials)

    @property
    def peak(self):
        return max(t.rss for t in self.trials)


def alternate(n, *jobs):
    """Runs each job n times, alternating between them."""
    for _ in range(n):
        for j in jobs:
            j.once()
    return jobs


def fresh_copy(src, dst):
    """Replaces the SQLite file `dst` (and its -wal/-shm) by a copy of `src`."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copyfile(src, dst)
    if os.path.exists(src + "-wal"):  # a process that ended cleanly leaves none, but be sure
        shutil.copyfile(src + "-wal", dst + "-wal")


SET_ASIDE = ".set-aside"


def cleared(path):
    """A setup step: moves the folder or file at `path` out of the way, into a `.set-aside`
    folder beside it, so the trial writes into a new, empty one. Moved, not deleted: on a
    file system without a journal (this machine's ext4) the inode allocator skips every
    inode freed in the last 30 s and reads its inode-table block to find out, so deleting
    the last trial's 4,724 pages made the next trial's creates scan them (system time
    0.34, 1.23, 2.27, 3.77 s in four back-to-back report trials, user time 2.4 s in each).
    That is the harness's cost, not capindex's; `discard_set_aside` deletes them all once
    the timing is over."""
    def clear():
        if not os.path.lexists(path):
            return
        aside = os.path.join(os.path.dirname(path), SET_ASIDE)
        os.makedirs(aside, exist_ok=True)
        os.rename(path, os.path.join(aside, f"{os.path.basename(path)}-{time.time_ns()}"))
    return clear


def discard_set_aside(root):
    """Deletes every `.set-aside` folder under `root` (after the last timed trial)."""
    for folder, dirs, _ in os.walk(root):
        if SET_ASIDE in dirs:
            shutil.rmtree(os.path.join(folder, SET_ASIDE))
            dirs.remove(SET_ASIDE)


def machine(binary):
    """One line naming the machine, the date and the tools."""
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[:1]
    load = os.getloadavg()
    return (f"machine: {os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {model}, {platform.machine()}, "
            f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB; "
            f"date {datetime.datetime.now().astimezone().isoformat(timespec='minutes')}; "
            f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
            f"sqlite3 {sqlite[0] if sqlite else '?'}; Python {platform.python_version()}; capindex {binary}")


class Printer:
    """Prints figures and targets as they come and keeps them for the result file."""

    def __init__(self):
        self.lines, self.verdicts = [], []

    def say(self, text=""):
        self.lines.append(text)
        print(text, flush=True)

    def target(self, name, ratio, op, limit, detail):
        """A ratio target: `ratio` op `limit` (op is '<=' or '>=')."""
        ok = ratio <= limit if op == "<=" else ratio >= limit
        self.verdicts.append((name, ok))
        sign = "≤" if op == "<=" else "≥"
        self.say(f"{name:<34} {ratio:6.2f}×  (target {sign} {limit}×)  {'met' if ok else 'MISSED'}")
        self.say(f"{'':<34} {detail}")

    def limit(self, name, value, unit, limit):
        """An absolute limit (memory)."""
        ok = value < limit
        self.verdicts.append((name, ok))
        self.say(f"{name:<34} {value:6.0f} {unit}  (target < {limit} {unit})  {'met' if ok else 'MISSED'}")

    def save(self, path):
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")
