"""The benchmark's bulk indicator file (used by bench_data.py).

One EES-layout file of 124 MB, `ks2_national.csv`: every current LA of the register and
academic year 201617 ... 202526 crossed with three filter columns (social_care_group x 8,
characteristic_group/characteristic x 60): 734,400 LA rows, four value columns and
t_pupils, about 8% missing codes (c, x, z, low, k, u), plus National and Regional rows. The
catalogue's filters (CLA 12 months at 31 March, CINO at 31 March) select a quarter of the
rows. At the real file's row width of ~170 bytes one million rows would be 170 MB; the
bench keeps the size near 100 MB.
"""
import csv
import os
import random

GROUPS = ["CLA 12 months at 31 March", "CINO at 31 March", "CPPO at 31 March", "CIN at 31 March",
          "Non-CIN", "All pupils", "Disadvantaged", "Not disadvantaged"]
CHARS = [("Total", "Total")] + [("Sex", s) for s in ("Boys", "Girls")] + \
        [("Ethnicity", "Ethnic group %d" % i) for i in range(1, 29)] + \
        [("First language", la) for la in ("English", "Other", "Unclassified")] + \
        [("SEN provision", "SEN group %d" % i) for i in range(1, 27)]
CODES = ["c", "x", "z", "low", "k", "u"]
COLUMNS = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code",
           "region_name", "old_la_code", "new_la_code", "la_name", "social_care_group", "characteristic_group",
           "characteristic", "t_pupils", "pt_rwm_met_expected_standard", "pt_read_met_expected_standard",
           "pt_writ_met_expected_standard", "pt_mat_met_expected_standard"]


def write(path, register_path, years=range(2017, 2027)):
    """Writes the file at `path` from the current LAs of the register at `register_path`."""
    rng = random.Random(7)
    current = [r for r in csv.DictReader(open(register_path, encoding="utf-8")) if not r["to_year"]]
    regions = sorted({r["region"] for r in current})
    os.makedirs(os.path.dirname(path), exist_ok=True)

    def pct():
        return f"{rng.uniform(20, 70):.1f}"

    with open(path + ".tmp", "w", newline="", encoding="utf-8") as f:
        f.write("\ufeff" + ",".join(COLUMNS) + "\n")
        for y in years:
            period = f"{y - 1}{y % 100:02d}"
            for g in GROUPS:
                f.write(f"{period},Academic year,National,E92000001,England,,,,,,{g},Total,Total,"
                        f"{rng.randint(5000, 600000)},{pct()},{pct()},{pct()},{pct()}\n")
                for i, reg in enumerate(regions):
                    f.write(f"{period},Academic year,Regional,E92000001,England,E1200000{i + 1},\"{reg}\",,,,{g},Total,"
                            f"Total,{rng.randint(500, 60000)},{pct()},{pct()},{pct()},{pct()}\n")
            for la in current:
                name = '"' + la["la_name"] + '"' if "," in la["la_name"] else la["la_name"]
                prefix = (f"{period},Academic year,Local authority,E92000001,England,E12000000,{la['region']},"
                          f"{la['old_la_code']},{la['new_la_code']},{name},")
                base = rng.uniform(25, 65)
                lines = []
                for g in GROUPS:
                    for cg, c in CHARS:
                        vals = [rng.choice(CODES) if rng.random() < 0.08 else f"{base + rng.uniform(-8, 8):.1f}"
                                for _ in range(4)]
                        lines.append(f"{prefix}{g},{cg},{c},{rng.randint(5, 3000)},{','.join(vals)}\n")
                f.writelines(lines)
    os.replace(path + ".tmp", path)
