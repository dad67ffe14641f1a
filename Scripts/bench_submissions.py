"""One seeded set of submission files for the benchmark (used by bench_data.py).

A latent quality per LA and theme drifts from year to year; strengths sit on the best
themes and areas for development on the weakest, offers go with good ratings and needs
with poor ones, narratives come from the demo's sentence banks (make_demo.py), a few
submissions lack a sign-off. Files are mostly one LA and year; some are a region's
collated return for one year, some one LA's back-filled years; a quarter are JSON; a few
carry Excel's quirks. Every submission is valid, so all of them are stored.
"""
import csv
import datetime as dt
import json
import os

import make_demo as demo
from make_demo import Cell, Style, THEME_IDS

FIRST = ["Alison", "Ben", "Carol", "David", "Eleanor", "Farah", "Gareth", "Hannah", "Imran", "Joanne", "Kevin",
         "Lorraine", "Mohammed", "Nicola", "Owen", "Priya", "Rachel", "Simon", "Tariq", "Una", "Victoria", "William"]
LAST = ["Ahmed", "Bradley", "Carter", "Dixon", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan",
        "Lewis", "Morgan", "Nolan", "Owens", "Patel", "Quinn", "Roberts", "Shaw", "Turner", "Walsh", "Young"]


def register_las(path, years):
    """{year: [(code, name, region, ons)]} of the LAs a register holds valid in each year."""
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    out = {}
    for y in years:
        seen = {}
        for r in rows:
            if (not r["from_year"] or int(r["from_year"]) <= y) and (not r["to_year"] or int(r["to_year"]) >= y):
                seen.setdefault(r["old_la_code"], (r["old_la_code"], r["la_name"], r["region"], r["new_la_code"]))
        out[y] = sorted(seen.values())
    return out


class SubmissionSet:
    """The submissions of every LA-year but `missing` of them, grouped into `files` files."""

    def __init__(self, las, years, rng, missing, files):
        self.rng, self.years = rng, list(years)
        self.info = {la[0]: la for y in self.years for la in las[y]}
        valid = [(la[0], y) for y in self.years for la in las[y]]
        gone = set(rng.sample(valid, missing))
        self.subs = [s for s in valid if s not in gone]
        self.cells, self.sub = self._model()
        self.groups = self._group(len(self.subs) - files)
        self.file_regions = {}
        self.meta = {}

    def _model(self):
        rng, cells, sub = self.rng, {}, {}
        level = {la: min(3.3, max(1.6, rng.gauss(2.4, 0.45))) for la in self.info}
        latent = {(la, t): min(4.2, max(0.8, level[la] + rng.gauss(0, 0.6))) for la in self.info for t in THEME_IDS}
        cx = {la: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for la in self.info}
        for la, y in sorted(self.subs, key=lambda s: (s[1], s[0])):
            row = {}
            for t in THEME_IDS:
                if rng.random() < 0.12:
                    latent[la, t] = min(4.2, max(0.8, latent[la, t] + rng.choice([-0.7, 0.7])))
                row[t] = Cell(int(min(4, max(1, round(latent[la, t])))))
            good = sorted((t for t in THEME_IDS if row[t].rating <= 2), key=lambda t: latent[la, t])
            poor = sorted((t for t in THEME_IDS if row[t].rating >= 3), key=lambda t: -latent[la, t])
            for t in good[:rng.choice([1, 2, 3])]:
                row[t].strength = True
            for t in poor[:rng.choice([1, 2, 3])]:
                row[t].development = True
            for t, c in row.items():
                u = rng.random()
                c.offer = [1, 2, 2, 3, 3][int(u * 5)] if c.rating == 1 else [0, 0, 1, 1, 2][int(u * 5)] if c.rating == 2 else 0
                c.need = [0, 0, 0, 0, 1][int(u * 5)] if c.rating <= 2 else [1, 1, 2][int(u * 3)] if c.rating == 3 else [2, 3, 3][int(u * 3)]
                c.confidence = rng.choice(["high", "medium", "medium", "low"])
                if c.strength or c.development or rng.random() < 0.93:
                    bank = demo.GOOD_TEXT[t] if c.rating <= 2 else demo.POOR_TEXT[t]
                    picks = [rng.choice(bank) for _ in range(rng.choice([1, 2, 3, 3, 4, 4]))]
                    c.narrative = (" " if rng.random() < 0.9 else "\n").join(demo.fill(s, rng) for s in picks)
                slip = rng.random()  # the inconsistencies real returns have (challenge flags)
                if slip < 0.01 and c.rating <= 2:
                    c.development = True  # W101
                elif slip < 0.02 and c.rating == 3:
                    c.offer = 1  # W102
                elif slip < 0.03 and c.rating >= 3:
                    c.need = 0  # W103
                elif slip < 0.04 and c.development:
                    c.narrative = ""  # W108
                cells[la, y, t] = c
            signed = rng.random() < 0.96
            sub[la, y] = {"submitted_on": dt.date(y, 11, rng.randint(1, 28)), "cx": cx[la] if signed else ""}
        return cells, sub

    def _group(self, extra):
        """Lists of submissions sharing a file: collated regional returns and back-filled years."""
        rng, free, groups = self.rng, set(self.subs), []
        by_region = {}
        for la, y in self.subs:
            by_region.setdefault((self.info[la][2], y), []).append(la)
        keys = sorted(by_region)
        while extra > 0:
            if rng.random() < 0.6:
                region, y = rng.choice(keys)
                cands = [la for la in by_region[region, y] if (la, y) in free]
                members = [(la, y) for la in rng.sample(cands, min(len(cands), rng.randint(3, 8), extra + 1))]
            else:
                la, y0 = rng.choice(self.subs)
                members = [(la, y) for y in range(y0, y0 + rng.randint(2, 4)) if (la, y) in free][:extra + 1]
                members = members if all(y == y0 + i for i, (_, y) in enumerate(members)) else []
            if len(members) >= 2 and all(m in free for m in members):
                groups.append(members)
                free -= set(members)
                extra -= len(members) - 1
        return groups + [[s] for s in sorted(free)]

    def _name(self, group, ext):
        la, y = group[0]
        if len(group) == 1:
            stem = f"{la}-{demo.slug(self.info[la][1])}-{y}"
        elif group[1][0] == la:
            stem = f"{la}-{demo.slug(self.info[la][1])}-{y}-{group[-1][1]}"
        else:
            stem = f"{demo.slug(self.info[la][2])}-{y}-collated"
        name, k = f"{stem}.{ext}", 2
        while name in self.meta:
            name, k = f"{stem}-{k}.{ext}", k + 1
        return name

    def _csv(self, group):
        rng = self.rng
        style = Style(rng, rating=rng.choice(["word", "digit", "mixed"]), bools=rng.choice(list(demo.BOOL_STYLES)),
                      blanks=rng.random() < 0.3, date=rng.choice(["iso", "iso", "uk"]),
                      titles=rng.choice([0, 0, 0, 2]), shuffle=rng.random() < 0.1, pad=rng.random() < 0.1)
        onsname = len(group) == 1 and rng.random() < 0.03
        rows = []
        for la, y in group:
            rows += demo.csv_rows(la, y, self.cells, self.sub, style, la_label=self.info[la][3] if onsname else None)
        if len(group) > 2 and group[1][0] != group[0][0] and rng.random() < 0.5:
            rows.sort(key=lambda r: THEME_IDS.index(r["_theme"]))  # a return laid out theme by theme
        quirk = rng.random()
        text = demo.render_csv(demo.STANDARD_HEADER, rows, delimiter=";" if quirk < 0.03 else ",",
                               newline="\r\n" if 0.03 <= quirk < 0.15 else "\n")
        if 0.15 <= quirk < 0.17:
            try:
                return text.encode("cp1252")
            except UnicodeEncodeError:
                pass
        return (b"\xef\xbb\xbf" if 0.17 <= quirk < 0.27 else b"") + text.encode("utf-8")

    def _json(self, group):
        objs = [demo.json_submission(la, y, self.cells, self.sub, native=self.rng.random() < 0.7, rng=self.rng)
                for la, y in group]
        return (json.dumps(objs[0] if len(objs) == 1 and self.rng.random() < 0.8 else objs, indent=2,
                           ensure_ascii=False) + "\n").encode("utf-8")

    def write(self, folder):
        """Writes every file into `folder`; returns the set's summary."""
        os.makedirs(folder, exist_ok=True)
        for group in self.groups:
            is_json = self.rng.random() < 0.25
            name = self._name(group, "json" if is_json else "csv")
            with open(os.path.join(folder, name), "wb") as f:
                f.write(self._json(group) if is_json else self._csv(group))
            self.meta[name] = (len(group), is_json, {la for la, _ in group})
            self.file_regions[name] = self.info[group[0][0]][2]
        return self.summary(folder)

    def summary(self, folder, region=None):
        """Files, submissions, JSON files, bytes and LAs of the set (or of one region's files)."""
        names = [n for n in self.meta if region is None or self.file_regions[n] == region]
        return {"files": len(names), "submissions": sum(self.meta[n][0] for n in names),
                "json_files": sum(self.meta[n][1] for n in names),
                "bytes": sum(os.path.getsize(os.path.join(folder, n)) for n in names),
                "las": len(set().union(*(self.meta[n][2] for n in names))),
                "years": len(self.years)}
