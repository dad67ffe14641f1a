#!/usr/bin/env python3
"""Write the seeded synthetic national dataset for Scripts/bench.sh.

  python3 Scripts/bench_data.py OUTDIR [--rows-target 1000000]

OUTDIR/register.csv       the shipped register, with the 153 current LAs open from
                          2017 so that every one of them can submit every year
                          (LAs created after 2017 did not exist then; the benchmark
                          wants all 1,530 submissions valid, and says so)
OUTDIR/submissions/       1,530 CSV files: 153 LAs x 2017-2026, 12 themes each,
                          ratings that drift slowly from year to year
OUTDIR/evidence/ks2_national.csv
                          one EES-layout file of about 100 MB: every LA and year
                          (academic periods 201617 ... 202526) crossed with three
                          filter columns (social_care_group x 8, characteristic_group
                          and characteristic x 60 combinations: 734,400 LA rows), five value columns,
                          missing codes c, x, z, low, k, u; the catalogue's filters
                          (social_care_group = CLA 12 months at 31 March, CINO at 31
                          March) select a quarter of the rows; plus National and
                          Regional rows.
Standard library only; random.Random(7) makes every run byte-identical.
"""
import csv, os, random, sys

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "Data")
out = sys.argv[1] if len(sys.argv) > 1 else "bench-data"
rng = random.Random(7)
os.makedirs(os.path.join(out, "submissions"), exist_ok=True)
os.makedirs(os.path.join(out, "evidence"), exist_ok=True)

rows = list(csv.DictReader(open(os.path.join(data, "register.csv"), encoding="utf-8")))
current = [r for r in rows if not r["to_year"]]
with open(os.path.join(out, "register.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["old_la_code", "new_la_code", "la_name", "region", "from_year", "to_year"])
    for r in rows:
        w.writerow([r["old_la_code"], r["new_la_code"], r["la_name"], r["region"],
                    "" if not r["to_year"] else r["from_year"], r["to_year"]])

themes = ["front-door", "help-protection", "children-in-care", "care-leavers", "placement-sufficiency", "send",
          "ks12-attainment", "vulnerable-outcomes", "exploitation-missing", "workforce", "leadership", "partnerships"]
header = "la_code,year,theme,rating,strength,development,offer,need,confidence,narrative,submitted_on,cx_signoff\n"
years = range(2017, 2027)
for la in current:
    level = {t: rng.choice([1, 2, 2, 2, 3, 3, 4]) for t in themes}
    for y in years:
        lines = [header]
        for t in themes:
            if rng.random() < 0.15:
                level[t] = min(4, max(1, level[t] + rng.choice([-1, 1])))
            r = level[t]
            strength = "Y" if r == 1 and rng.random() < 0.7 else "N"
            dev = "Y" if r >= 3 and rng.random() < 0.7 else "N"
            offer = rng.choice([2, 3]) if r <= 2 and rng.random() < 0.5 else 0
            need = rng.choice([1, 2, 3]) if r >= 3 else 0
            narrative = '"Evidence summary for %s, %d: audit, data and ""feedback"" from families."' % (t, y) if dev == "Y" else ""
            lines.append(f"{la['old_la_code']},{y},{t},{r},{strength},{dev},{offer},{need},medium,{narrative},{y}-11-{rng.randint(1, 28):02d},CX {la['old_la_code']}\n")
        with open(os.path.join(out, "submissions", f"{la['old_la_code']}-{y}.csv"), "w", encoding="utf-8") as f:
            f.writelines(lines)

groups = ["CLA 12 months at 31 March", "CINO at 31 March", "CPPO at 31 March", "CIN at 31 March",
          "Non-CIN", "All pupils", "Disadvantaged", "Not disadvantaged"]
chars = [("Total", "Total")] + [("Sex", s) for s in ("Boys", "Girls")] + \
        [("Ethnicity", "Ethnic group %d" % i) for i in range(1, 29)] + \
        [("First language", l) for l in ("English", "Other", "Unclassified")] + \
        [("SEN provision", "SEN group %d" % i) for i in range(1, 27)]
assert len(chars) == 60
codes = ["c", "x", "z", "low", "k", "u"]
regions = sorted({r["region"] for r in current})
with open(os.path.join(out, "evidence", "ks2_national.csv"), "w", newline="", encoding="utf-8") as f:
    f.write("\ufeff")
    cols = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code",
            "region_name", "old_la_code", "new_la_code", "la_name", "social_care_group", "characteristic_group",
            "characteristic", "t_pupils", "pt_rwm_met_expected_standard", "pt_read_met_expected_standard",
            "pt_writ_met_expected_standard", "pt_mat_met_expected_standard"]
    f.write(",".join(cols) + "\n")
    for y in years:
        period = f"{y - 1}{y % 100:02d}"
        for g in groups:
            f.write(f"{period},Academic year,National,E92000001,England,,,,,,{g},Total,Total,"
                    f"{rng.randint(5000, 600000)},{rng.uniform(20, 70):.1f},{rng.uniform(20, 70):.1f},{rng.uniform(20, 70):.1f},{rng.uniform(20, 70):.1f}\n")
            for i, reg in enumerate(regions):
                f.write(f"{period},Academic year,Regional,E92000001,England,E1200000{i + 1},\"{reg}\",,,,{g},Total,Total,"
                        f"{rng.randint(500, 60000)},{rng.uniform(20, 70):.1f},{rng.uniform(20, 70):.1f},{rng.uniform(20, 70):.1f},{rng.uniform(20, 70):.1f}\n")
        for la in current:
            name = la["la_name"]
            if "," in name:
                name = '"' + name + '"'
            prefix = f"{period},Academic year,Local authority,E92000001,England,E12000000,{la['region']},{la['old_la_code']},{la['new_la_code']},{name},"
            base = rng.uniform(25, 65)
            out_lines = []
            for g in groups:
                for cg, c in chars:
                    vals = []
                    for k in range(4):
                        vals.append(rng.choice(codes) if rng.random() < 0.08 else f"{base + rng.uniform(-8, 8):.1f}")
                    out_lines.append(f"{prefix}{g},{cg},{c},{rng.randint(5, 3000)},{vals[0]},{vals[1]},{vals[2]},{vals[3]}\n")
            f.writelines(out_lines)
print(f"bench data in {out}: {len(current)} LAs x {len(years)} years of submissions; "
      f"{os.path.getsize(os.path.join(out, 'evidence', 'ks2_national.csv')) / 1e6:.1f} MB EES file")
