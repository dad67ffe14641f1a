#!/usr/bin/env python3
"""Instruction profiles (valgrind callgrind) of the steps the benchmark times.

  python3 Scripts/bench_profile.py [WORKDIR] [STEP...] [--annotate]   (default .bench; all steps)

Needs the benchmark data (run Scripts/bench.sh once). Builds capindex in release mode with
debug information into .build-prof/, prepares the databases untimed, runs each step under
callgrind (instruction counts: repeatable on a busy machine, unlike wall time) and writes
WORKDIR/prof/<step>.callgrind and WORKDIR/prof/<step>.txt: the total, the top functions by
inclusive cost (capindex's own code) and by self cost (any library), demangled, with their
share of all instructions. About 6 minutes on the 2-core machine. --annotate summarises the
profiles already in WORKDIR/prof again without running anything.
"""
import os
import re
import shutil
import subprocess
import sys

scripts = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(scripts)
work = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, ".bench"))
data, prof = os.path.join(work, "data"), os.path.join(work, "prof")
env = dict(os.environ, CAPINDEX_DATA=os.path.join(repo, "Data"), CAPINDEX_NOW="2026-11-23T12:00:00Z",
           PATH="/opt/swift/usr/bin:" + os.environ["PATH"])
LINE = re.compile(r"^\s*([\d,]+) \(\s*[\d.]+%\)\s+(\S.*?):(.+?)(?: \[(.+)\])?$")
TOP = 25


def sh(cmd, **kw):
    return subprocess.run(cmd, env=env, check=True, **kw)


def db(name, src=None):
    path = os.path.join(prof, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    if src:
        shutil.copyfile(src, path)
    return path


def annotate(out, inclusive):
    text = subprocess.run(["callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", "--threshold=100", "--auto=no", out],
                          capture_output=True, text=True, env=env).stdout
    text = subprocess.run(["swift", "demangle", "--simplified"], input=text, capture_output=True, text=True, env=env).stdout
    total, costs = 0, {}
    for line in text.splitlines():
        if line.strip().endswith("PROGRAM TOTALS"):
            total = int(line.split()[0].replace(",", ""))
        m = LINE.match(line)
        if not m or m.group(2).startswith("=>"):
            continue
        ir, file, fn, lib = int(m.group(1).replace(",", "")), m.group(2), m.group(3).strip(), m.group(4) or ""
        if inclusive and ("/Sources/CapIndex" not in file and "<compiler-generated>" not in file
                          or "ParsableCommand" in fn or "Console.guarded" in fn or re.fullmatch(r"\w+\.run\(\)", fn)):
            continue  # the command-line layer wraps everything: no information
        key = (fn, os.path.basename(lib) if lib else "capindex")
        # The same function appears once per source file its inlined code came from: self
        # costs add up, inclusive costs overlap (take the largest).
        costs[key] = max(costs.get(key, 0), ir) if inclusive else costs.get(key, 0) + ir
    return total, sorted(costs.items(), key=lambda kv: -kv[1])[:TOP]


def profile(step, cmd, run=True):
    out = os.path.join(prof, step + ".callgrind")
    if run:
        sh(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out] + cmd, capture_output=True)
    total, incl = annotate(out, True)
    _, self_ = annotate(out, False)
    with open(out, errors="replace") as f:
        what = next((line[5:].strip() for line in f if line.startswith("cmd: ")), "")
    what = " ".join(os.path.basename(w) if w.startswith("/") else w for w in what.split())
    lines = [f"{step}: {total:,} instructions ({what})", "", "inclusive (capindex code):"]
    lines += [f"  {ir / total * 100:5.1f}%  {fn[:150]}" for (fn, _), ir in incl]
    lines += ["", "self (any library):"]
    lines += [f"  {ir / total * 100:5.1f}%  {fn[:130]}  [{lib}]" for (fn, lib), ir in self_]
    with open(os.path.join(prof, step + ".txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines[:14]) + "\n", flush=True)


def main():
    steps = [s for s in sys.argv[2:] if s != "--annotate"]
    if "--annotate" in sys.argv:  # summarise the profiles already taken again
        for name in sorted(os.listdir(prof)):
            if name.endswith(".callgrind") and (not steps or name[:-10] in steps):
                profile(name[:-10], ["capindex"], run=False)
        return
    os.makedirs(prof, exist_ok=True)
    sh(["swift", "build", "-c", "release", "-Xswiftc", "-g", "--build-path", os.path.join(repo, ".build-prof"),
        "--product", "capindex"], cwd=repo, stdout=subprocess.DEVNULL)
    bin = os.path.join(repo, ".build-prof", "release", "capindex")
    subs = os.path.join(data, "national", "submissions")
    init = db("init.sqlite")
    sh([bin, "init", "--db", init, "--quiet"])
    ingested = db("ingested.sqlite", init)
    sh([bin, "ingest", "--db", ingested, "--quiet", subs])
    scored = db("scored.sqlite", ingested)
    sh([bin, "score", "--db", scored, "--all-years", "--all-regions", "--quiet"])
    synth = db("synthetic.sqlite")
    sh([bin, "init", "--db", synth, "--quiet", "--register", os.path.join(data, "synthetic", "register.csv")])
    sh([bin, "ingest", "--db", synth, "--quiet", os.path.join(data, "synthetic", "submissions")])
    sh([bin, "score", "--db", synth, "--all-years", "--all-regions", "--quiet"])
    report = ["report", "--year", "2026", "--out", os.path.join(prof, "reports"), "--date", "2026-11-23", "--quiet"]
    plan = {
        "ingest-dry-run": [bin, "ingest", "--db", db("dry.sqlite", init), "--dry-run", "--quiet", subs],
        "ingest": [bin, "ingest", "--db", db("ingest.sqlite", init), "--quiet", subs],
        "score": [bin, "score", "--db", db("score.sqlite", ingested), "--all-years", "--all-regions", "--quiet"],
        "export": [bin, "export", "--db", scored, "--all-years", "--out", os.path.join(prof, "export"), "--quiet"],
        "report": [bin] + report + ["--db", scored, "--all-regions"],
        "report-synthetic-region": [bin] + report + ["--db", synth, "--region", "Synthetic region 01"],
    }
    for step, cmd in plan.items():
        if not steps or step in steps:
            shutil.rmtree(os.path.join(prof, "reports"), ignore_errors=True)
            shutil.rmtree(os.path.join(prof, "export"), ignore_errors=True)
            profile(step, cmd)


if __name__ == "__main__":
    main()
