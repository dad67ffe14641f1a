#!/usr/bin/env python3
"""Write the seeded benchmark data for Scripts/bench.sh.

  python3 Scripts/bench_data.py OUTDIR

OUTDIR/national/submissions/   the national submission set: every LA of the shipped
                               register that is valid in each year 2017-2026 (1,522
                               LA-years), less 64 that did not submit: 1,458
                               submissions in 1,223 files, about 5.8 MB; a quarter
                               JSON; most files one LA and year, some a region's
                               collated return for a year, some one LA's back-filled
                               years; a few of Excel's quirks (BOM, CRLF, semicolons,
                               Windows-1252, an ONS code, theme titles).
OUTDIR/region/submissions/     the files of the national set whose LAs are in
                               Yorkshire and The Humber (15 LAs), hard links.
OUTDIR/synthetic/register.csv  a synthetic register of 1,000 LAs (every 3-digit code
                               000-999; the register accepts nothing else, so 1,530 is
                               impossible), synthetic names and ONS codes, 67 regions of
                               about 15 LAs, all open from 2017.
OUTDIR/synthetic/submissions/  the same kind of set for that register, 10 years.
OUTDIR/evidence/ks2_national.csv
                               one EES-layout indicator file of 124 MB (bench_ks2.py).
OUTDIR/manifest.json           counts and sizes of each set.

Standard library only, and the demo generator's narratives and value spellings
(make_demo.py); seeded, so every run writes byte-identical files.
"""
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_ks2  # noqa: E402
from bench_submissions import SubmissionSet, register_las  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))
YEARS = range(2017, 2027)
REGION = "Yorkshire and The Humber"
SYNTHETIC_LAS = 1000
SYNTHETIC_REGION_SIZE = 15
SYLLABLES = ["ash", "bar", "brook", "by", "caster", "dale", "den", "field", "ford", "gate", "ham", "holm",
             "ley", "mere", "mouth", "ness", "over", "stow", "thorpe", "ton", "wick", "worth", "wold", "bury"]


def synthetic_register(path, rng):
    """Writes the synthetic register; returns its rows as dicts."""
    rows, names = [], set()
    regions = (SYNTHETIC_LAS + SYNTHETIC_REGION_SIZE - 1) // SYNTHETIC_REGION_SIZE
    for i in range(SYNTHETIC_LAS):
        name = ""
        while not name or name in names:
            name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice([2, 2, 3]))).capitalize()
            name += rng.choice(["", "", " and " + rng.choice(SYLLABLES).capitalize() + "shire", ", City of"])
        names.add(name)
        rows.append({"old_la_code": f"{i:03d}", "new_la_code": f"E069{i:05d}", "la_name": name,
                     "region": f"Synthetic region {i % regions + 1:02d}", "from_year": "", "to_year": ""})
    cols = ["old_la_code", "new_la_code", "la_name", "region", "from_year", "to_year"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(cols) + "\n")
        for r in rows:
            f.write(",".join('"%s"' % r[c] if "," in r[c] else r[c] for c in cols) + "\n")
    return rows


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench-data"
    for sub in ("national", "region", "synthetic"):
        shutil.rmtree(os.path.join(out, sub), ignore_errors=True)
    manifest = {}

    las = register_las(os.path.join(here, "..", "Data", "register.csv"), YEARS)
    national = SubmissionSet(las, YEARS, random.Random(2017), missing=64, files=1223)
    manifest["national"] = national.write(os.path.join(out, "national", "submissions"))

    region_dir = os.path.join(out, "region", "submissions")
    os.makedirs(region_dir)
    for name, region in national.file_regions.items():
        if region == REGION:
            os.link(os.path.join(out, "national", "submissions", name), os.path.join(region_dir, name))
    manifest["region"] = national.summary(region_dir, REGION)

    rng = random.Random(1530)
    os.makedirs(os.path.join(out, "synthetic"))
    rows = synthetic_register(os.path.join(out, "synthetic", "register.csv"), rng)
    las = register_las(os.path.join(out, "synthetic", "register.csv"), YEARS)
    valid = SYNTHETIC_LAS * len(YEARS)
    synthetic = SubmissionSet(las, YEARS, rng, missing=round(valid * 64 / 1522),
                              files=round((valid - round(valid * 64 / 1522)) * 1223 / 1458))
    manifest["synthetic"] = synthetic.write(os.path.join(out, "synthetic", "submissions"))
    manifest["synthetic"]["las"] = len(rows)

    big = os.path.join(out, "evidence", "ks2_national.csv")
    if not os.path.exists(big):
        bench_ks2.write(big, os.path.join(here, "..", "Data", "register.csv"))
    manifest["ks2_bytes"] = os.path.getsize(big)
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)
    for k in ("national", "region", "synthetic"):
        m = manifest[k]
        print(f"{k}: {m['submissions']:,} submissions in {m['files']:,} files ({m['json_files']} JSON), "
              f"{m['bytes'] / 1e6:.1f} MB, {m['las']} LAs")


if __name__ == "__main__":
    main()
