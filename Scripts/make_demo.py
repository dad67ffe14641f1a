#!/usr/bin/env python3
"""Write the capindex demo submissions to Data/demo/ and check them.

The demo is the 15 local authorities of Yorkshire and The Humber (real names,
3-digit DfE codes and ONS codes from the LA register), submitting their
children's services self-assessment in November 2024, 2025 and 2026: 45
submissions, one per LA and year, each rating all 12 default themes. Everything
else is fictional: ratings come from a latent quality per LA and theme that
persists from year to year (occasional one-grade moves), offers go with good
ratings, needs with poor ones, strengths sit on the best themes and areas for
development on the weakest, and the chief executives are invented.

A handful of deliberate inconsistencies make the challenge flags W101-W104 and
W107-W110 (SPEC section 2) occur, mostly in 2026 and some in earlier years.
W105, W106 and W111 depend on indicator and Ofsted evidence, not on the
submissions, so they are not planned here.

The files look like what LAs really send: mostly one CSV per LA and year
(`370-barnsley-2026.csv`), a multi-LA regional CSV in 2024, three JSON files,
and the Excel quirks the spec accepts (UTF-8 BOM, CRLF and CR line ends,
semicolon delimiter, Windows-1252, an unknown `notes` column, trailing empty
columns, blank and delimiter-only rows, an ONS code instead of the 3-digit
code, theme titles instead of ids, every accepted spelling of ratings and
yes/no values, blanks for defaults). Every file is valid:
`capindex ingest Data/demo` must store all 45 submissions with no error.

Run from anywhere:  python3 Scripts/make_demo.py [--out DIR]

Standard library only; deterministic (random.Random(2026), no clock reads), so
every run writes byte-identical files. After writing, the script re-reads every
file with the csv / json modules, rebuilds the 45 submissions, checks them
against what it meant to write, recomputes the flags from the re-read data,
asserts they are exactly the planned ones, and prints the count per flag and
year.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
import sys
from fractions import Fraction
from pathlib import Path

YEARS = (2024, 2025, 2026)

# ---------------------------------------------------------------------------
# Reference data (from the shipped register: rows of Yorkshire and The Humber)
# ---------------------------------------------------------------------------

REGION = "Yorkshire and The Humber"

# old_la_code, new_la_code, la_name, from_year, to_year (None = open)
REGISTER_ROWS = [
    ("370", "E08000016", "Barnsley", None, 2024),
    ("370", "E08000038", "Barnsley", 2025, None),
    ("380", "E08000032", "Bradford", None, None),
    ("381", "E08000033", "Calderdale", None, None),
    ("371", "E08000017", "Doncaster", None, None),
    ("811", "E06000011", "East Riding of Yorkshire", None, None),
    ("810", "E06000010", "Kingston upon Hull, City of", None, None),
    ("382", "E08000034", "Kirklees", None, None),
    ("383", "E08000035", "Leeds", None, None),
    ("812", "E06000012", "North East Lincolnshire", None, None),
    ("813", "E06000013", "North Lincolnshire", None, None),
    ("815", "E10000023", "North Yorkshire", None, 2022),
    ("815", "E06000065", "North Yorkshire", 2023, None),
    ("372", "E08000018", "Rotherham", None, None),
    ("373", "E08000019", "Sheffield", None, 2024),
    ("373", "E08000039", "Sheffield", 2025, None),
    ("384", "E08000036", "Wakefield", None, None),
    ("816", "E06000014", "York", None, None),
]

LA_CODES = []
LA_NAME = {}
for _code, _ons, _name, _f, _t in REGISTER_ROWS:
    if _code not in LA_NAME:
        LA_CODES.append(_code)
        LA_NAME[_code] = _name


def ons_code(la: str, year: int) -> str:
    """The ONS code of LA `la` valid in submission year `year`."""
    for code, ons, _name, f, t in REGISTER_ROWS:
        if code == la and (f is None or year >= f) and (t is None or year <= t):
            return ons
    raise KeyError((la, year))


THEMES = [
    ("front-door", "Front door: contact, referral and early help"),
    ("help-protection", "Children who need help and protection"),
    ("children-in-care", "Children in care"),
    ("care-leavers", "Care leavers"),
    ("placement-sufficiency", "Placement supply and sufficiency"),
    ("send", "Special educational needs and disabilities"),
    ("ks12-attainment", "Key stage 1 and 2 performance"),
    ("vulnerable-outcomes", "Outcomes for vulnerable groups"),
    ("exploitation-missing", "Exploitation and missing children"),
    ("workforce", "Social work workforce"),
    ("leadership", "Leadership, management and governance"),
    ("partnerships", "Partnerships and safeguarding arrangements"),
]
THEME_IDS = [t for t, _ in THEMES]
THEME_TITLE = dict(THEMES)

RATING_WORD = {1: "Outstanding", 2: "Good", 3: "Requires improvement", 4: "Inadequate"}

# Fictional chief executives (one per LA; Kirklees has an interim from 2026).
CX = {
    "370": "Siân Pritchard",
    "380": "Imran Qureshi",
    "381": "Helen Ackroyd",
    "371": "Zoë Hartley",
    "811": "Graham Wilberforce",
    "810": "Dr Adaeze Okafor",
    "382": "Rachel Thornton",
    "383": "José Martins",
    "812": "Paul Dearden",
    "813": "Ann-Marie O’Connor",
    "815": "Richard Flint",
    "372": "Chloé Durand",
    "373": "Marcus Bell",
    "384": "Sarah Ellison",
    "816": "Dr Renée Blackburn",
}


def cx_name(la: str, year: int) -> str:
    if la == "382" and year >= 2026:
        return "Tom Heywood (interim)"
    return CX[la]


# ---------------------------------------------------------------------------
# Narrative text
# ---------------------------------------------------------------------------

# Per theme: sentences for a well-rated theme and for a poorly rated one.
# Placeholders: {LO-HI} a whole number in that range, {m} money in millions.
# Only characters that Windows-1252 can hold, so any narrative fits any file.
GOOD_TEXT = {
    "front-door": [
        "MASH decisions made within 24 hours for {88-99}% of contacts in the last audit sample.",
        "Re-referrals within 12 months down to {12-19}% (England 22.4%).",
        "Family Hubs now in all {4-8} localities; early help assessments up year on year.",
        "Ofsted (ILACS): \"Children and families receive a timely, proportionate response at the front door.\"",
    ],
    "help-protection": [
        "Strategy discussions are multi-agency in {85-98}% of cases, with health attending in person.",
        "Repeat child protection plans at {12-19}%, below the regional mean for three years running.",
        "Initial conferences held within 15 working days for {88-99}% of children.",
        "Audits rate {70-86}% of plans good or better; children’s voices are clear in assessments.",
    ],
    "children-in-care": [
        "Long-term placement stability at {72-80}%, and {3-8} brothers and sisters reunited in shared placements this year.",
        "IRO footprint strong: every child’s plan reviewed on time, with the child’s views recorded.",
        "Permanence tracking panel meets monthly; {10-30} children left care through SGOs.",
    ],
    "care-leavers": [
        "{60-72}% of care leavers aged 19–21 in education, employment or training.",
        "Care Leavers’ Café runs weekly in the city centre, co-designed with our Children in Care Council.",
        "Council tax exemption, free prescriptions and a £{m}m Staying Close offer in place.",
    ],
    "placement-sufficiency": [
        "{2-5} new in-house children’s homes opened since 2023; fostering households up by {8-20}.",
        "Use of unregistered provision: none for 18 months.",
        "Regional commissioning framework with {3-6} neighbouring LAs has held fee increases below inflation.",
    ],
    "send": [
        "New EHC plans issued within 20 weeks: {72-98}%.",
        "Local Area SEND inspection outcome positive; parent carer forum co-chairs the board.",
        "Specialist place planning has added {2-6} resourced provisions in mainstream schools.",
    ],
    "ks12-attainment": [
        "KS2 reading, writing and maths at the expected standard: {63-69}%, above England.",
        "Phonics screening check results in the top quartile for two years.",
    ],
    "vulnerable-outcomes": [
        "Virtual School: PEPs completed on time for {92-99}% of children; KS2 gap narrowing.",
        "No permanent exclusions of children in care in 2024–25.",
        "Extended duties for children with a social worker embedded with headteachers.",
    ],
    "exploitation-missing": [
        "Return home interviews offered within 72 hours for {85-97}% of missing episodes.",
        "Contextual safeguarding panel maps peer groups and places, not just individual children.",
        "Joint work with British Transport Police on county lines disrupted {5-15} lines this year.",
    ],
    "workforce": [
        "Agency social workers down to {3-9}%; vacancy rate the lowest in the region.",
        "Social Work Academy has taken {15-40} ASYEs a year since 2022; retention after two years {75-90}%.",
        "Average caseload {13-17} children per worker; staff survey: 88% would recommend us.",
    ],
    "leadership": [
        "Stable senior team; DCS and lead member in post since 2021.",
        "Corporate parenting board chaired by the Leader; scrutiny challenges performance quarterly.",
        "Self-evaluation is honest and matches what audits and inspection found.",
    ],
    "partnerships": [
        "Safeguarding partnership with independent scrutiny; partners fund {35-60}% of the budget.",
        "Joint commissioning with the ICB for emotional health; waiting times halved.",
        "Police, health and schools attend every strategy meeting in the MASH.",
    ],
}

POOR_TEXT = {
    "front-door": [
        "Re-referrals have risen to {25-33}%; audit found thresholds applied inconsistently across localities.",
        "Police notifications make up {35-55}% of contacts and too many go to referral without added value.",
        "Step-down to early help is not always timely – {20-60} families waited over four weeks in Q2.",
    ],
    "help-protection": [
        "{26-34}% of plans are a second or subsequent plan; drift in child in need work is the main cause.",
        "Quality of assessments varies; audit graded {35-60}% as requiring improvement or inadequate.",
        "Pre-proceedings (PLO) tracking is weak and {4-12} cases have been in PLO for over 26 weeks.",
    ],
    "children-in-care": [
        "Too many moves for teenagers: {12-16}% had three or more placements in the year.",
        "Care plans for children placed out of area are not reviewed often enough.",
        "Rising numbers in care ({20-60} more than last year) have stretched IRO capacity.",
    ],
    "care-leavers": [
        "Only {38-50}% of care leavers aged 19–21 are in education, employment or training.",
        "Pathway plans are out of date for {15-40} young people; personal advisers carry high caseloads.",
        "Too many care leavers placed in B&B or unsuitable accommodation last winter.",
    ],
    "placement-sufficiency": [
        "Heavy reliance on IFAs and out-of-area residential; average weekly cost £{6-9},{100-990}.",
        "{2-7} children placed in unregistered provision during the year – each reported to Ofsted.",
        "In-house fostering households fell by {8-20}; recruitment campaign has not yet reversed it.",
    ],
    "send": [
        "Only {8-35}% of new EHC plans issued within 20 weeks; tribunal appeals up sharply.",
        "High needs block deficit of £{m}m; safety valve plan agreed with the DfE.",
        "Written statement of action following the Local Area SEND inspection.",
    ],
    "ks12-attainment": [
        "KS2 reading, writing and maths at {52-58}%, below England and the region.",
        "Attendance of disadvantaged pupils is a concern in {6-14} primary schools.",
    ],
    "vulnerable-outcomes": [
        "Attainment gap for children in need has widened; only {20-28}% met the KS2 standard.",
        "Suspensions of children with a social worker remain high.",
        "PEP quality audit: {45-65}% judged good, the rest lack SMART targets.",
    ],
    "exploitation-missing": [
        "Return home interviews completed for only {40-65}% of episodes.",
        "Strategic response to child criminal exploitation is not yet joined up with community safety.",
        "{2-9} children went missing from out-of-area placements more than five times.",
    ],
    "workforce": [
        "Agency social workers at {22-34}%; turnover in the assessment teams is high.",
        "Average caseload {21-26}, over our target of 18; two teams on a recovery plan.",
        "Vacancy rate {19-30}% in frontline teams despite the market supplement.",
    ],
    "leadership": [
        "Three DCSs in four years; the new senior team is still establishing grip.",
        "Performance information is not yet used well by managers below head of service.",
        "Improvement board in place following the ILACS judgement; progress is uneven.",
    ],
    "partnerships": [
        "Partnership arrangements under review after the Working Together 2023 changes.",
        "Health attendance at strategy discussions is {30-60}%.",
        "Schools say they are not always told the outcome of referrals.",
    ],
}

# Narratives that show particular cases (assigned to chosen cells below).
LIST_NARRATIVE = (
    "- Re-referrals within 12 months: {24-29}% (2024–25), up from 19.8%\n"
    "- Contacts to the MASH up 11% since the new police notification form\n"
    "- Early help: 1,240 families supported, \"most say it made a difference\"\n"
    "- Next step: joint screening with health visitors from January"
)
FORMULA_NARRATIVE = (
    "=A1 on the improvement plan tracker: RAG amber. Audit of {20-40} cases found "
    "management oversight recorded but not always \"purposeful\"; see the board paper."
)
LONG_NARRATIVE = (
    "Context: the service was judged Inadequate for children in care in the last "
    "ILACS, and a statutory direction followed. Since then:\n\n"
    "1. We have opened {2-4} in-house homes and stopped using unregistered "
    "provision, at a cost of £{m}m from the council’s reserves.\n"
    "2. Every child placed out of area has had a visit from their IRO within six "
    "weeks; reviews are now on time for {88-97}% of children.\n"
    "3. The Children in Care Council told us: \"we want the same social worker, "
    "not a new one every few months\" – our retention offer responds to this.\n\n"
    "What is not yet good enough: placement stability for 13–15 year olds, "
    "sibling placements, and the timeliness of health assessments (the ICB has "
    "agreed a recovery trajectory). Our monitoring visit in the spring found "
    "\"clear progress, from a low base\"; we agree with that judgement and rate "
    "ourselves accordingly.\n\n"
    "Support asked of the region: a peer review of permanence planning, and "
    "practice observation by a Good or Outstanding authority."
)


# ---------------------------------------------------------------------------
# The model: what each LA submits each year
# ---------------------------------------------------------------------------


class Cell:
    """One LA, year and theme."""

    __slots__ = ("rating", "strength", "development", "offer", "need",
                 "confidence", "narrative")

    def __init__(self, rating: int):
        self.rating = rating
        self.strength = False
        self.development = False
        self.offer = 0
        self.need = 0
        self.confidence = "medium"
        self.narrative = ""

    def as_tuple(self):
        return (self.rating, self.strength, self.development, self.offer,
                self.need, self.confidence, self.narrative)


def fill(template: str, rng: random.Random) -> str:
    """Replace {LO-HI} by a whole number in that range, {m} by millions."""
    text = re.sub(r"\{(\d+)-(\d+)\}",
                  lambda mo: str(rng.randint(int(mo[1]), int(mo[2]))), template)
    return text.replace("{m}", rng.choice(["1.2", "2.4", "3.1", "4.8", "6.5", "14"]))


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def build_model(rng: random.Random):
    """Ratings, derived fields and planned inconsistencies.

    Returns (cells, sub, planned): cells[(la, year, theme)] = Cell,
    sub[(la, year)] = dict(submitted_on=date, cx=name), planned = set of
    (code, year, la, theme-or-"") the data is meant to raise.
    """
    # Latent quality: an LA level plus a theme offset; a trend per LA.
    level = {la: clamp(rng.gauss(2.4, 0.45), 1.6, 3.3) for la in LA_CODES}
    trend = {la: rng.choice([-1, 0, 0, 1]) for la in LA_CODES}
    latent = {}
    disposition = {}
    for la in LA_CODES:
        for t in THEME_IDS:
            latent[la, t] = clamp(level[la] + rng.gauss(0, 0.6), 0.8, 4.2)
            disposition[la, t] = rng.random()

    ratings = {}
    for la in LA_CODES:
        for t in THEME_IDS:
            r = int(clamp(round(latent[la, t]), 1, 4))
            ratings[la, 2024, t] = r
            for y in (2025, 2026):
                if rng.random() < 0.12:
                    step = trend[la] * -1 if trend[la] else rng.choice([-1, 1])
                    if rng.random() < 0.3:
                        step = -step
                    r = clamp(r + step, 1, 4)
                ratings[la, y, t] = r

    planned = set()
    taken = set()  # (la, theme) tracks whose ratings are forced

    def pick_track(first_rating, exclude_las=()):
        cands = [(la, t) for la in LA_CODES for t in THEME_IDS
                 if (la, t) not in taken and la not in exclude_las
                 and ratings[la, 2024, t] == first_rating]
        if not cands:
            cands = [(la, t) for la in LA_CODES for t in THEME_IDS
                     if (la, t) not in taken and la not in exclude_las]
        la, t = rng.choice(cands)
        taken.add((la, t))
        return la, t

    # W104: a rating moves two grades in one year.
    w104_tracks = [((2, 4, 4), 2025), ((4, 4, 2), 2026), ((1, 1, 3), 2026)]
    w104_cells = []
    for track, year in w104_tracks:
        la, t = pick_track(track[0])
        for y, r in zip(YEARS, track):
            ratings[la, y, t] = r
        planned.add(("W104", year, la, t))
        w104_cells.append((la, t))
    # W110: area for development three years running, need 0 now.
    # (A) improved to Good but still flagged (also W101);
    # (B) still Requires improvement with no need declared (also W103).
    w110_a = pick_track(3)
    w110_b = pick_track(3, exclude_las=(w110_a[0],))
    for (la, t), track in ((w110_a, (3, 3, 2)), (w110_b, (3, 3, 3))):
        for y, r in zip(YEARS, track):
            ratings[la, y, t] = r
    planned |= {("W110", 2026, w110_a[0], w110_a[1]), ("W101", 2026, w110_a[0], w110_a[1]),
                ("W110", 2026, w110_b[0], w110_b[1]), ("W103", 2026, w110_b[0], w110_b[1])}

    # The strongest LA keeps improving, so that 2026 shows every capacity band.
    best = min(LA_CODES, key=lambda la: sum(ratings[la, 2024, t] for t in THEME_IDS))
    ups = [t for t in sorted(THEME_IDS, key=lambda t: latent[best, t])
           if (best, t) not in taken and ratings[best, 2025, t] == ratings[best, 2026, t] == 2]
    for t in ups[:2]:
        ratings[best, 2026, t] = 1

    # Derive the clean fields from the ratings.
    cells = {}
    for la in LA_CODES:
        for y in YEARS:
            row = {t: Cell(ratings[la, y, t]) for t in THEME_IDS}
            # Strengths: the best themes rated 1-2 (up to 3); areas for
            # development: the weakest rated 3-4 (up to 3).
            good = sorted((t for t in THEME_IDS if row[t].rating <= 2),
                          key=lambda t: (row[t].rating, latent[la, t]))
            poor = sorted((t for t in THEME_IDS if row[t].rating >= 3),
                          key=lambda t: (-row[t].rating, -latent[la, t]))
            n_str = min(len(good), 1 + int(level[la] < 2.3) + int(level[la] < 1.9))
            n_dev = min(len(poor), 1 + int(level[la] > 2.5) + int(level[la] > 2.9))
            for t in good[:n_str]:
                row[t].strength = True
            for t in poor[:n_dev]:
                row[t].development = True
            for t in THEME_IDS:
                c = row[t]
                u = disposition[la, t]
                if c.rating == 1:
                    c.offer = [1, 2, 2, 3, 3][int(u * 5)]
                elif c.rating == 2:
                    c.offer = [0, 0, 1, 1, 2][int(u * 5)]
                    c.need = 1 if u > 0.85 else 0
                elif c.rating == 3:
                    c.need = [1, 1, 2][int(u * 3)]
                else:
                    c.need = [2, 3, 3][int(u * 3)]
                c.confidence = rng.choice({
                    1: ["high", "high", "medium"],
                    2: ["high", "medium", "medium", "medium"],
                    3: ["medium", "medium", "low"],
                    4: ["medium", "low", "low"],
                }[c.rating])
                remarkable = c.strength or c.development or c.rating in (1, 4)
                if remarkable or rng.random() < 0.3:
                    bank = GOOD_TEXT[t] if c.rating <= 2 else POOR_TEXT[t]
                    k = rng.choice([1, 1, 2, 2, 3])
                    picks = rng.sample(bank, min(k, len(bank)))
                    c.narrative = " ".join(fill(s, rng) for s in picks)
                cells[la, y, t] = c

    for (la, t) in (w110_a, w110_b):
        for y in YEARS:
            c = cells[la, y, t]
            c.development = True
            c.strength = False
            c.offer = 0
            if not c.narrative:
                c.narrative = fill(rng.choice(POOR_TEXT[t]), rng)
        cells[la, 2026, t].need = 0
    cells[w110_a[0], 2026, w110_a[1]].narrative = (
        "Now Good on the evidence of the summer audit, but we keep this as an area "
        "for development until the improvement has lasted a full year.")

    # Submission-level fields.
    sub = {}
    for la in LA_CODES:
        for y in YEARS:
            while True:
                d = dt.date(y, 11, rng.randint(3, 28))
                if d.weekday() < 5:
                    break
            sub[la, y] = {"submitted_on": d, "cx": cx_name(la, y)}

    # Field-level inconsistencies and special narratives, each on its own
    # cell, spread over LAs (an LA shows one code at most once).
    touched = {(la, y, t) for (la, t) in taken for y in YEARS}
    used = {"W101": {w110_a[0]}, "W103": {w110_b[0]}}  # code -> LAs that show it

    def choose(year, ok, code=""):
        las = used.setdefault(code, set())
        cands = [(la, t) for la in LA_CODES for t in THEME_IDS
                 if (la, year, t) not in touched and ok(cells[la, year, t])
                 and not (code and la in las)
                 and not any((la, y, t) in touched for y in YEARS if code)]
        la, t = rng.choice(cands)
        touched.add((la, year, t))
        las.add(la)
        return la, t, cells[la, year, t]

    # Special narratives: a bullet list (starts with "-"), a formula-like one
    # (starts with "="), and a long one with paragraphs.
    def special(year, themes, ok, text, weakest=False):
        # Not in the 2026 JSON file (812, 813): these test CSV cells.
        cands = [(la, t) for t in themes for la in LA_CODES
                 if (la, year, t) not in touched and la not in ("812", "813")
                 and ok(cells[la, year, t])]
        if weakest:  # the LA with the poorest ratings that year
            cands.sort(key=lambda lt: -sum(cells[lt[0], year, t].rating for t in THEME_IDS))
            la, t = cands[0]
        else:
            la, t = rng.choice(cands)
        touched.add((la, year, t))
        cells[la, year, t].narrative = fill(text, rng)

    dev_poor = lambda c: c.rating >= 3 and c.development and not c.strength  # noqa: E731
    special(2025, ["front-door"], dev_poor, LIST_NARRATIVE)
    special(2026, ["leadership", "help-protection", "front-door"], dev_poor, FORMULA_NARRATIVE)
    special(2026, ["children-in-care", "placement-sufficiency"], dev_poor, LONG_NARRATIVE,
            weakest=True)

    # How many of each field-level inconsistency, per year.
    counts = {
        2024: {"W101": 1, "W102": 1, "W103": 1, "W108": 1, "W109": 1},
        2025: {"W101": 1, "W102": 1, "W103": 1, "W108": 1},
        2026: {"W101": 2, "W102": 2, "W103": 2, "W108": 2, "W109": 2},
    }
    for year, todo in counts.items():
        for code, k in todo.items():
            for i in range(k):
                if code == "W101":  # Good, yet an area for development
                    la, t, c = choose(year, lambda c: c.rating == 2 and not c.strength, code)
                    c.development = True
                    c.narrative = fill(rng.choice(POOR_TEXT[t]), rng) + (
                        " Rated Good overall, but this is where we want to improve next.")
                elif code == "W102":  # an offer on a theme rated 3
                    la, t, c = choose(year, lambda c: c.rating == 3, code)
                    c.offer = 1 + i % 2
                    c.narrative = (c.narrative + " " if c.narrative else "") + (
                        "Happy to share our new practice framework with other LAs.")
                elif code == "W103" and i % 2 == 0:  # rated 3, need 0
                    la, t, c = choose(year, lambda c: c.rating == 3 and not c.development, code)
                    c.need = 0
                elif code == "W103":  # rated 4, need 1
                    la, t, c = choose(year, lambda c: c.rating == 4, code)
                    c.need = 1
                elif code == "W108":  # area for development, no narrative
                    la, t, c = choose(year, lambda c: c.rating >= 3 and c.development
                                      and not c.strength and c.need >= c.rating - 2, code)
                    c.narrative = ""
                elif code == "W109":  # strength and development both
                    la, t, c = choose(year, lambda c: c.rating == 3 and c.development, code)
                    c.strength = True
                    c.narrative = ("Strong leadership of this area, but practice is not yet "
                                   "consistent: " + fill(rng.choice(POOR_TEXT[t]), rng))
                planned.add((code, year, la, t))

    # W107: no chief executive sign-off (one JSON submission in 2025, one CSV in 2026).
    sub["381", 2025]["cx"] = ""
    sub["811", 2026]["cx"] = ""
    planned |= {("W107", 2025, "381", ""), ("W107", 2026, "811", "")}

    # Characters Excel writes as single Windows-1252 bytes, in that file.
    t = next(t for t in THEME_IDS if ("371", 2025, t) not in touched
             and not cells["371", 2025, t].development)
    c = cells["371", 2025, t]
    c.narrative = (c.narrative + " " if c.narrative else "") + (
        "Cabinet agreed £2.4m of investment for 2025–26.")
    return cells, sub, planned


# ---------------------------------------------------------------------------
# Writing files
# ---------------------------------------------------------------------------

CP1252_FILE = "2025/371-doncaster-2025.csv"

STANDARD_HEADER = ["la_code", "year", "theme", "rating", "strength", "development",
                   "offer", "need", "confidence", "narrative", "submitted_on",
                   "cx_signoff"]

BOOL_STYLES = {
    "YN": ("Y", "N"), "yesno": ("yes", "no"), "YesNo": ("Yes", "No"),
    "TRUEFALSE": ("TRUE", "FALSE"), "Truefalse": ("True", "false"), "10": ("1", "0"),
}


class Style:
    """How one file spells its values."""

    def __init__(self, rng, *, rating="word", bools="YN", blanks=False,
                 date="iso", titles=0, shuffle=False, pad=False):
        self.rng = rng
        self.rating = rating      # digit / word / upper / lower / mixed
        self.bools = bools        # key of BOOL_STYLES
        self.blanks = blanks      # defaults left blank
        # iso (YYYY-MM-DD), uk (DD/MM/YYYY) or mixed: one of the two per file
        self.date = date if date != "mixed" else rng.choice(["iso", "uk"])
        self.titles = titles      # how many rows name the theme by its title
        self.shuffle = shuffle    # rows not in framework order
        self.pad = pad            # stray blanks around some values

    def rating_text(self, r):
        s = self.rating
        if s == "mixed":
            s = self.rng.choice(["digit", "word", "upper", "lower", "ri"])
        if s == "digit":
            return str(r)
        if s == "ri" and r == 3:
            return self.rng.choice(["RI", "Requires improvement to be good", "ri"])
        w = RATING_WORD[r]
        if s == "upper":
            return w.upper()
        if s == "lower":
            return w.lower()
        if s == "ri" and r != 3:
            return w
        if r == 3 and self.rng.random() < 0.25:
            return "Requires improvement to be good"
        return w

    def bool_text(self, b):
        if self.blanks and not b:
            return ""
        return BOOL_STYLES[self.bools][0 if b else 1]

    def int_text(self, v):
        return "" if self.blanks and v == 0 else str(v)

    def conf_text(self, c):
        if self.blanks and c == "medium":
            return ""
        return c.capitalize() if self.bools in ("YesNo", "TRUEFALSE") else c

    def date_text(self, d):
        return d.isoformat() if self.date == "iso" else d.strftime("%d/%m/%Y")

    def padded(self, v):
        if self.pad and v and self.rng.random() < 0.2:
            return " " + v + " "
        return v


TITLE_VARIANTS = [
    lambda s: s.upper(),
    lambda s: s.lower(),
    lambda s: s.replace(" ", "  ", 1),
    lambda s: "  " + s + " ",
    lambda s: s.replace(" and ", "   AND  "),
    lambda s: s,
]


def theme_order(style: Style):
    order = list(THEME_IDS)
    if style.shuffle:
        style.rng.shuffle(order)
    return order


def theme_names(style: Style, order):
    names = {t: t for t in order}
    for t in style.rng.sample(order, style.titles):
        names[t] = style.rng.choice(TITLE_VARIANTS)(THEME_TITLE[t])
    return names


def csv_rows(la, year, cells, sub, style: Style, la_label=None):
    """Dict rows (keyed by standard header) of one submission."""
    order = theme_order(style)
    names = theme_names(style, order)
    s = sub[la, year]
    rows = []
    for t in order:
        c = cells[la, year, t]
        rows.append({
            "_theme": t,
            "la_code": la_label or la,
            "year": str(year),
            "theme": names[t],
            "rating": style.padded(style.rating_text(c.rating)),
            "strength": style.bool_text(c.strength),
            "development": style.bool_text(c.development),
            "offer": style.padded(style.int_text(c.offer)),
            "need": style.int_text(c.need),
            "confidence": style.conf_text(c.confidence),
            "narrative": c.narrative,
            "submitted_on": style.date_text(s["submitted_on"]),
            "cx_signoff": s["cx"],
        })
    return rows


def render_csv(header, rows, *, delimiter=",", newline="\n", trailing=0):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=newline)
    w.writerow(list(header) + [""] * trailing)
    for r in rows:
        if r is None:  # a row of delimiters only
            w.writerow([""] * (len(header) + trailing))
        elif r == "blank":
            buf.write(newline)
        elif isinstance(r, list):  # cells in header order
            w.writerow(r + [""] * trailing)
        else:
            w.writerow([r.get(h.strip().lower(), "") for h in header] + [""] * trailing)
    return buf.getvalue()


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def file_name(la, year, ext="csv"):
    return f"{year}/{la}-{slug(LA_NAME[la])}-{year}.{ext}"


def json_submission(la, year, cells, sub, *, native: bool, rng):
    """One submission as a JSON object: native numbers/booleans, or strings."""
    s = sub[la, year]
    themes = []
    for t in THEME_IDS:
        c = cells[la, year, t]
        if native:
            themes.append({
                "theme": t,
                "rating": c.rating if rng.random() < 0.5 else RATING_WORD[c.rating],
                "strength": c.strength,
                "development": c.development,
                "offer": c.offer,
                "need": c.need,
                "confidence": c.confidence,
                "narrative": c.narrative or None,
            })
        else:
            themes.append({
                "theme": t,
                "rating": RATING_WORD[c.rating] if c.rating != 3 else "RI",
                "strength": "Y" if c.strength else None,
                "development": "Y" if c.development else "N",
                "offer": str(c.offer) if c.offer else None,
                "need": str(c.need),
                "confidence": None if c.confidence == "medium" else c.confidence,
                "narrative": c.narrative or None,
            })
    return {
        "la_code": la,
        "year": year if native else str(year),
        "submitted_on": s["submitted_on"].isoformat(),
        "cx_signoff": s["cx"] or None,
        "themes": themes,
    }


def build_files(cells, sub, rng):
    """{relative path: bytes} of every demo file, and a description of each."""
    files = {}
    notes = {}
    done = set()

    def put(path, text, *, encoding="utf-8", note=""):
        files[path] = text.encode(encoding)
        notes[path] = note

    # ---- 2024 -------------------------------------------------------------
    # A regional return: four West Yorkshire LAs in one file, rows grouped by
    # theme (not by LA), with a `notes` column capindex does not know.
    west = ["380", "381", "382", "384"]
    per_la = {}
    for la in west:
        st = Style(rng, rating="word", bools="YN", date="uk", titles=1 if la == "382" else 0)
        per_la[la] = {r["_theme"]: r for r in csv_rows(la, 2024, cells, sub, st)}
        done.add((la, 2024))
    rows = []
    for t in THEME_IDS:
        las = list(west)
        rng.shuffle(las)
        rows += [per_la[la][t] for la in las]
    for r in rows[5:]:  # submission-level fields filled on the first rows only
        if rng.random() < 0.15:
            r["submitted_on"] = ""
    for r in rows:
        r["notes"] = ""
    rows[0]["notes"] = "Collated by the West Yorkshire performance group"
    rows[17]["notes"] = "Checked against Q2 scorecard"
    put("2024/west-yorkshire-regional-2024.csv",
        render_csv(STANDARD_HEADER + ["notes"], rows),
        note="4 LAs in one file (380, 381, 382, 384), rows grouped by theme; unknown column `notes`")

    # Barnsley by its (then valid) ONS code.
    st = Style(rng, rating="digit", bools="YN")
    put(file_name("370", 2024),
        render_csv(STANDARD_HEADER, csv_rows("370", 2024, cells, sub, st,
                                             la_label=ons_code("370", 2024))),
        note="LA given by ONS code E08000016 (its code until 2024)")
    done.add(("370", 2024))

    # Rotherham with a UTF-8 BOM.
    st = Style(rng, rating="word", bools="yesno", date="uk", titles=2)
    put(file_name("372", 2024), render_csv(STANDARD_HEADER, csv_rows("372", 2024, cells, sub, st)),
        encoding="utf-8-sig", note="UTF-8 with BOM; theme titles on 2 rows")
    done.add(("372", 2024))

    # Leeds: trailing empty columns, blank lines and a row of delimiters only.
    st = Style(rng, rating="upper", bools="TRUEFALSE", blanks=True)
    rows = csv_rows("383", 2024, cells, sub, st)
    rows = rows[:6] + ["blank"] + rows[6:] + [None, None]
    put(file_name("383", 2024), render_csv(STANDARD_HEADER, rows, trailing=3),
        note="3 trailing empty columns (header too), a blank line, 2 delimiter-only rows; blanks for defaults")
    done.add(("383", 2024))

    # York as a JSON object with string values and nulls.
    put(file_name("816", 2024, "json"),
        json.dumps(json_submission("816", 2024, cells, sub, native=False, rng=rng),
                   ensure_ascii=False, indent=2) + "\n",
        note="JSON object, every value a string, null for blanks")
    done.add(("816", 2024))

    # ---- 2025 -------------------------------------------------------------
    # Doncaster saved as "CSV" by Excel on Windows: Windows-1252.
    st = Style(rng, rating="word", bools="YN", date="uk")
    put(CP1252_FILE, render_csv(STANDARD_HEADER, csv_rows("371", 2025, cells, sub, st),
                                           newline="\r\n"),
        encoding="cp1252", note="Windows-1252 (cp1252), CRLF; holds £, – and ë")
    done.add(("371", 2025))

    # Hull from a European-locale Excel: semicolons.
    st = Style(rng, rating="mixed", bools="10", date="iso", titles=2)
    put(file_name("810", 2025), render_csv(STANDARD_HEADER, csv_rows("810", 2025, cells, sub, st),
                                           delimiter=";"),
        note="semicolon-delimited; ratings spelt every way; yes/no as 1/0")
    done.add(("810", 2025))

    # Calderdale as JSON with native numbers and booleans (and no sign-off).
    put(file_name("381", 2025, "json"),
        json.dumps(json_submission("381", 2025, cells, sub, native=True, rng=rng),
                   ensure_ascii=False, indent=2) + "\n",
        note="JSON object, real booleans and numbers, null for blanks; cx_signoff null (W107)")
    done.add(("381", 2025))

    # North Yorkshire: capitalised headers in another order.
    st = Style(rng, rating="lower", bools="Truefalse", date="mixed", shuffle=True, pad=True)
    header = ["LA_Code", "Year", "Submitted_On", "CX_Signoff", "Theme", "Rating", "Confidence",
              "Strength", "Development", "Offer", "Need", "Narrative"]
    put(file_name("815", 2025), render_csv(header, csv_rows("815", 2025, cells, sub, st)),
        note="headers capitalised and reordered; rows shuffled; padded values")
    done.add(("815", 2025))

    # ---- 2026 -------------------------------------------------------------
    # Sheffield by its new ONS code, CRLF.
    st = Style(rng, rating="word", bools="YesNo", date="uk", titles=1)
    put(file_name("373", 2026),
        render_csv(STANDARD_HEADER, csv_rows("373", 2026, cells, sub, st,
                                             la_label=ons_code("373", 2026)),
                   newline="\r\n"),
        note="LA given by ONS code E08000039 (new in 2025); CRLF")
    done.add(("373", 2026))

    # Leeds with a notes column in the middle and another column order.
    st = Style(rng, rating="digit", bools="YN", blanks=True, date="iso")
    rows = csv_rows("383", 2026, cells, sub, st)
    for r in rows:
        r["notes"] = ""
    rows[2]["notes"] = "DCS to confirm"
    rows[9]["notes"] = "see annex, p.4"
    header = ["year", "la_code", "theme", "rating", "notes", "strength", "development",
              "offer", "need", "confidence", "narrative", "submitted_on", "cx_signoff"]
    put(file_name("383", 2026), render_csv(header, rows),
        note="unknown column `notes` in the middle; blanks for defaults")
    done.add(("383", 2026))

    # Wakefield: semicolons and a BOM ("CSV UTF-8" from a European-locale Excel).
    st = Style(rng, rating="word", bools="yesno", date="uk", titles=1)
    put(file_name("384", 2026), render_csv(STANDARD_HEADER, csv_rows("384", 2026, cells, sub, st),
                                           delimiter=";"),
        encoding="utf-8-sig", note="semicolon-delimited with UTF-8 BOM")
    done.add(("384", 2026))

    # York from an old Mac Excel: CR line ends.
    st = Style(rng, rating="word", bools="YN", date="iso")
    put(file_name("816", 2026), render_csv(STANDARD_HEADER, csv_rows("816", 2026, cells, sub, st),
                                           newline="\r"),
        note="CR-only line ends (classic Mac)")
    done.add(("816", 2026))

    # North East and North Lincolnshire sent together as a JSON array.
    arr = [json_submission("812", 2026, cells, sub, native=True, rng=rng),
           json_submission("813", 2026, cells, sub, native=False, rng=rng)]
    put("2026/812-813-north-east-and-north-lincolnshire-2026.json",
        json.dumps(arr, ensure_ascii=False, indent=2) + "\n",
        note="JSON array of 2 objects: 812 with native values, 813 with strings")
    done |= {("812", 2026), ("813", 2026)}

    # ---- every other LA-year: one plain CSV each --------------------------
    plain_styles = [
        dict(rating="word", bools="YN", date="iso"),
        dict(rating="word", bools="YN", date="uk", titles=1),
        dict(rating="digit", bools="YN", blanks=True, date="uk"),
        dict(rating="mixed", bools="yesno", date="iso"),
        dict(rating="word", bools="TRUEFALSE", date="uk", titles=1),
        dict(rating="lower", bools="10", date="iso", shuffle=True),
    ]
    for y in YEARS:
        for la in LA_CODES:
            if (la, y) in done:
                continue
            st = Style(rng, **rng.choice(plain_styles))
            put(file_name(la, y), render_csv(STANDARD_HEADER, csv_rows(la, y, cells, sub, st)))
            done.add((la, y))
    assert len(done) == 45
    return dict(sorted(files.items())), notes



# ---------------------------------------------------------------------------
# After the challenge event (SPEC 9): outcomes, peer challenges, actions
# ---------------------------------------------------------------------------
#
# The 2026/27 cycle as the region runs it: the challenge event on 21 January 2027
# moves a few ratings (down where a theme rated Good was also an area for
# development, up where the evidence since the submission says so) and confirms
# others; a peer challenge programme in two rounds (February-March and May-September
# 2027) on the LAs' areas for development, with one challenge taking on a theme that
# is not one (W113), one never endorsed and one endorsed after it began (W114), and
# one that ended in March with no action plan (W115 by the demo's report date,
# 30 September 2027); an action tracker imported twice (end of May, then September),
# so each action has a progress history, with actions complete, on track, overdue
# (W116) and stale (W117), the summit's task-and-finish groups (summit:2026) and last
# cycle's actions (2025/26), which the 2026 packs show as "where they ended".
# Fixed lists, no randomness: the story is meant to be read.

EVENT_DATE = "2027-01-21"

# (la, theme, agreed rating or None for confirmed, self-rating expected, note)
OUTCOMES = [
    ("370", "placement-sufficiency", 3, 2,
     "Sufficiency strategy not yet delivering: two homes opened against a plan of six; agreed Requires improvement"),
    ("381", "front-door", 2, 1,
     "Strong MASH, but the re-referral rate does not yet support Outstanding"),
    ("371", "children-in-care", 3, 4,
     "Monitoring visits since the submission show sustained progress in care planning"),
    ("372", "ks12-attainment", 2, 1,
     "KS2 results at the national average, not above it"),
    ("383", "help-protection", None, 4,
     "Confirmed: the improvement plan is in place but not yet showing in practice"),
    ("384", "children-in-care", 3, 2,
     "Named an area for development with drift in permanence: agreed Requires improvement"),
    ("812", "partnerships", None, 3,
     "Confirmed; the new safeguarding arrangements are too recent to judge"),
    ("813", "ks12-attainment", 3, 2,
     "Rated Good and named an area for development; the event agreed Requires improvement"),
    ("815", "workforce", None, 4,
     "Confirmed: agency rate still above 30%"),
    ("816", "send", 3, 4,
     "EHC plan timeliness up from 18% to 46% since the summer; agreed Requires improvement"),
]

# challenge_id, receiving LA, round, themes, lead LA, starts_on, ends_on, cx_endorsed_on, report_on
CHALLENGES = [
    ("PC25-01", "370", "1", ["ks12-attainment"], "372", "2026-03-03", "2026-03-05", "2026-02-20", "2026-04-01"),
    ("PC25-02", "383", "1", ["help-protection"], "381", "2026-04-14", "2026-04-16", "2026-03-30", "2026-05-12"),
    ("PC26-01", "370", "1", ["front-door"], "381", "2027-02-09", "2027-02-11", "2027-01-28", "2027-03-05"),
    ("PC26-02", "811", "1", ["help-protection", "care-leavers"], "372", "2027-02-23", "2027-02-25", "2027-02-10", "2027-03-24"),
    ("PC26-03", "380", "1", ["workforce"], "382", "2027-03-09", "2027-03-11", "", "2027-04-15"),
    ("PC26-04", "373", "1", ["care-leavers"], "384", "2027-03-16", "2027-03-18", "2027-03-01", "2027-04-20"),
    ("PC26-05", "816", "2", ["send"], "811", "2027-05-11", "2027-05-13", "2027-05-12", "2027-06-10"),
    ("PC26-06", "810", "2", ["ks12-attainment", "leadership"], "372", "2027-06-08", "2027-06-10", "2027-05-20", ""),
    ("PC26-07", "815", "2", ["vulnerable-outcomes"], "381", "2027-06-22", "2027-06-24", "2027-06-01", "2027-07-30"),
    ("PC26-08", "371", "2", ["children-in-care"], "813", "2027-09-07", "2027-09-09", "2027-08-20", ""),
]

# The tracker as at 20 September 2027:
# action_id, la, source, theme, action, owner, due_on, status, updated_on, note
ACTIONS = [
    ("A-001", "370", "PC25-01", "ks12-attainment", "Maths mastery hubs in every primary school cluster",
     "Head of School Improvement", "2026-07-31", "complete", "2026-07-20", "All 11 clusters joined"),
    ("A-002", "370", "PC25-01", "ks12-attainment", "Reading recovery for disadvantaged pupils in Year 5 and 6",
     "Virtual School Head", "2026-09-30", "off track", "2027-06-10", "Funding ended in March; seeking a sponsor"),
    ("A-003", "383", "PC25-02", "help-protection", "Child protection plan reviews within timescale: weekly tracker",
     "Head of Safeguarding", "2026-10-31", "complete", "2026-11-02", ""),
    ("A-004", "380", "event:2025", "workforce", "Caseload cap of 20 for newly qualified social workers",
     "Principal Social Worker", "2026-06-30", "complete", "2026-06-28", ""),
    ("A-101", "370", "PC26-01", "front-door", "Single front door practice standard and a weekly audit of contact decisions",
     "Head of Early Help and Front Door", "2027-06-30", "complete", "2027-07-02", "Audit shows 94% of decisions within 24 hours"),
    ("A-102", "370", "PC26-01", "front-door", "Bring re-referrals within 12 months down to the regional average",
     "Service Manager, MASH", "2028-03-31", "on track", "2027-09-12", ""),
    ("A-103", "811", "PC26-02", "help-protection", "Child protection conference timeliness recovery plan",
     "Head of Safeguarding and Quality", "2027-07-31", "at risk", "2027-09-01", "Chair vacancies until November"),
    ("A-104", "811", "PC26-02", "care-leavers", "Care leavers' local offer refreshed with young people",
     "Leaving Care Service Manager", "2027-12-31", "on track", "2027-05-20", ""),
    ("A-105", "811", "PC26-02", "care-leavers", "Staying close: two supported lodgings providers commissioned",
     "Commissioning Manager", "2027-10-31", "not started", "", ""),
    ("A-106", "380", "PC26-03", "workforce", "Recruitment and retention offer for experienced social workers",
     "Assistant Director, Workforce", "2027-09-01", "off track", "2027-08-15", "Pay case deferred to the autumn budget"),
    ("A-107", "816", "PC26-05", "send", "EHC plan timeliness: a weekly triage panel",
     "Head of SEND", "2027-12-31", "on track", "2027-09-20", ""),
    ("A-108", "810", "PC26-06", "ks12-attainment", "Reading fluency programme in 20 primary schools",
     "Head of School Effectiveness", "2028-07-31", "not started", "2027-07-15", ""),
    ("A-109", "815", "PC26-07", "vulnerable-outcomes", "Virtual school tracking of attendance for children in need",
     "Virtual School Head", "2027-12-15", "on track", "2027-09-05", ""),
    ("A-110", "384", "event:2026", "children-in-care", "Monthly permanence tracking panel",
     "Head of Children in Care", "2027-04-30", "complete", "2027-05-03", "Agreed at the challenge event"),
    ("A-111", "370", "event:2026", "placement-sufficiency", "Sufficiency strategy refreshed with a costed plan",
     "Director of Children's Services", "2027-05-31", "at risk", "2027-05-28", "Awaiting cabinet"),
    ("A-112", "813", "event:2026", "ks12-attainment", "KS2 attainment evidence pack for the next self-assessment",
     "Performance Manager", "2027-10-31", "on track", "2027-09-15", ""),
    ("S-01", "383", "summit:2026", "care-leavers", "Regional task-and-finish group: care leavers in education, employment or training",
     "DCS, Leeds", "2028-03-31", "on track", "2027-09-10", "Three workstreams agreed"),
    ("S-02", "372", "summit:2026", "ks12-attainment", "Regional task-and-finish group: a shared reading and maths offer",
     "DCS, Rotherham", "2028-03-31", "at risk", "2027-06-01", ""),
    ("S-03", "382", "summit:2026", "workforce", "Regional memorandum on agency social worker rates",
     "DCS, Kirklees", "2027-07-31", "on track", "2027-08-01", "Signed by 12 of 15 LAs"),
]

# The earlier import (31 May 2027): the states that changed since, by action_id.
ACTIONS_MAY = {
    "A-002": ("off track", "2027-04-30", "Funding ends in March"),
    "A-101": ("on track", "2027-05-15", ""),
    "A-103": ("on track", "2027-05-10", ""),
    "A-106": ("on track", "2027-05-01", ""),
    "A-110": ("on track", "2027-04-15", ""),
    "A-112": ("not started", "2027-04-20", ""),
    "S-01": ("on track", "2027-05-12", ""),
    "S-02": ("not started", "2027-04-02", ""),
    "S-03": ("on track", "2027-05-05", ""),
}
# Actions not yet on the tracker at the end of May.
ACTIONS_LATER = {"A-107", "A-108", "A-109"}


def improvement_files(cells) -> dict:
    """The outcome, challenge and action files, by path under Data/."""
    for la, theme, agreed, expect, _ in OUTCOMES:
        c = cells[la, 2026, theme]
        assert c.rating == expect, (la, theme, c.rating, expect)
        assert agreed is None or agreed != c.rating, (la, theme)
    for cid, la, _, themes, lead, *_ in CHALLENGES:
        assert la in LA_NAME and lead in LA_NAME and la != lead, cid
        for t in themes:
            assert t in THEME_TITLE, (cid, t)
    files = {}
    header = ["la_code", "year", "theme", "agreed_rating", "note", "agreed_on"]
    rows = [[la, "2026", theme, RATING_WORD[agreed] if agreed else "", note, EVENT_DATE]
            for la, theme, agreed, _, note in OUTCOMES]
    # Saved from Excel as "CSV UTF-8": a byte-order mark and CRLF line ends.
    files["outcomes/outcomes-2026-challenge-event.csv"] = (
        b"\xef\xbb\xbf" + render_csv(header, rows, newline="\r\n").encode("utf-8"))
    header = ["challenge_id", "la_code", "round", "theme", "lead_la_code", "starts_on", "ends_on",
              "cx_endorsed_on", "report_on"]
    rows = [[cid, la, rnd, t, lead, s, e, cx, rep]
            for cid, la, rnd, themes, lead, s, e, cx, rep in CHALLENGES for t in themes]
    files["challenges/peer-challenge-programme.csv"] = render_csv(header, rows).encode("utf-8")
    header = ["action_id", "la_code", "source", "theme", "action", "owner", "due_on", "status",
              "updated_on", "note"]
    may = []
    for a in ACTIONS:
        if a[0] in ACTIONS_LATER:
            continue
        row = list(a)
        if a[0] in ACTIONS_MAY:
            row[7], row[8], row[9] = ACTIONS_MAY[a[0]]
        may.append(row)
    # The May tracker as a European Excel saves it: semicolons, a byte-order mark.
    files["actions/action-tracker-2027-05-31.csv"] = (
        b"\xef\xbb\xbf" + render_csv(header, may, delimiter=";").encode("utf-8"))
    files["actions/action-tracker-2027-09-20.csv"] = render_csv(header, [list(a) for a in ACTIONS]).encode("utf-8")
    return files


# ---------------------------------------------------------------------------
# Self-check: read the files back as capindex would, recompute the flags
# ---------------------------------------------------------------------------

RATING_PARSE = {"1": 1, "2": 2, "3": 3, "4": 4, "outstanding": 1, "good": 2,
                "requires improvement": 3, "ri": 3,
                "requires improvement to be good": 3, "inadequate": 4}
BOOL_PARSE = {"y": True, "yes": True, "true": True, "1": True,
              "n": False, "no": False, "false": False, "0": False, "": False}
THEME_PARSE = {}
for _id, _title in THEMES:
    THEME_PARSE[_id] = _id
    THEME_PARSE[_title.lower()] = _id


def norm(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return re.sub(r"\s+", " ", str(v).strip())


def resolve_la(code: str, year: int) -> str:
    if code in LA_NAME:
        return code
    for la, ons, _n, f, t in REGISTER_ROWS:
        if ons == code.upper():
            assert (f is None or year >= f) and (t is None or year <= t), \
                f"ONS code {code} not valid in {year}"
            return la
    raise AssertionError(f"unknown LA code {code!r}")


def parse_date(s: str) -> dt.date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s)
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    assert m, f"bad date {s!r}"
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def read_records(path: str, data: bytes):
    """(la, year, submission fields, theme fields) records of one file."""
    assert b"\0" not in data
    if path.endswith(".json"):
        doc = json.loads(data.decode("utf-8"))
        objs = doc if isinstance(doc, list) else [doc]
        out = []
        for o in objs:
            for th in o["themes"]:
                out.append({"la_code": o["la_code"], "year": o["year"],
                            "submitted_on": o.get("submitted_on"),
                            "cx_signoff": o.get("cx_signoff"), **th})
        return out
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
    header_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delim = ";" if header_line.count(";") > header_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True))
    header = [h.strip().lower() for h in rows[0]]
    out = []
    for row in rows[1:]:
        if not any(c.strip() for c in row):
            continue
        assert len(row) <= len(header), f"{path}: cells beyond the header"
        out.append({h: v for h, v in zip(header, row) if h})
    return out


def check(files: dict, cells, sub, planned):
    """Re-read every file, rebuild the submissions, compare, recompute flags."""
    got = {}   # (la, year) -> {"themes": {t: tuple}, "cx": str, "date": date}
    for path, data in files.items():
        for rec in read_records(path, data):
            year = int(norm(rec["year"]))
            la = resolve_la(norm(rec["la_code"]), year)
            assert path.startswith(f"{year}/"), (path, year)
            s = got.setdefault((la, year), {"themes": {}, "cx": "", "date": None})
            theme = THEME_PARSE[norm(rec["theme"]).lower()]
            assert theme not in s["themes"], f"{path}: {theme} twice for {la} {year}"
            rv = rec["rating"]
            rating = rv if isinstance(rv, int) else RATING_PARSE[norm(rv).lower()]
            strength = BOOL_PARSE[norm(rec.get("strength")).lower()]
            development = BOOL_PARSE[norm(rec.get("development")).lower()]
            offer = int(norm(rec.get("offer")) or 0)
            need = int(norm(rec.get("need")) or 0)
            conf = norm(rec.get("confidence")).lower() or "medium"
            narrative = (rec.get("narrative") or "").strip()
            assert 1 <= rating <= 4 and 0 <= offer <= 3 and 0 <= need <= 3
            assert conf in ("high", "medium", "low")
            assert len(narrative) <= 4000, f"{path}: narrative too long"
            s["themes"][theme] = (rating, strength, development, offer, need, conf, narrative)
            if not s["cx"] and norm(rec.get("cx_signoff")):
                s["cx"] = norm(rec.get("cx_signoff"))
            if s["date"] is None and norm(rec.get("submitted_on")):
                s["date"] = parse_date(norm(rec.get("submitted_on")))
    assert len(got) == 45, f"{len(got)} submissions, not 45"
    # Exactly one file is Windows-1252 (not UTF-8), and it holds Excel's characters.
    not_utf8 = []
    for path, data in files.items():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            not_utf8.append(path)
    assert not_utf8 == [CP1252_FILE], not_utf8
    text = files[CP1252_FILE].decode("cp1252")
    assert "£" in text or "–" in text
    for (la, year), s in got.items():
        assert sorted(s["themes"]) == sorted(THEME_IDS), (la, year)
        assert s["date"] == sub[la, year]["submitted_on"] and s["date"].month == 11
        assert s["cx"] == sub[la, year]["cx"], (la, year, s["cx"])
        for t in THEME_IDS:
            want = cells[la, year, t].as_tuple()
            want = want[:6] + (want[6].strip(),)
            assert s["themes"][t] == want, (la, year, t, s["themes"][t], want)

    # Flags that depend on the submissions alone (SPEC section 2).
    found = set()
    for (la, y), s in got.items():
        if not s["cx"]:
            found.add(("W107", y, la, ""))
        for t, (r, st, dev, off, need, _c, narr) in s["themes"].items():
            if r <= 2 and dev:
                found.add(("W101", y, la, t))
            if off > 0 and r >= 3:
                found.add(("W102", y, la, t))
            if (r == 3 and need < 1) or (r == 4 and need < 2):
                found.add(("W103", y, la, t))
            prev = got.get((la, y - 1))
            if prev and abs(prev["themes"][t][0] - r) >= 2:
                found.add(("W104", y, la, t))
            if dev and not narr:
                found.add(("W108", y, la, t))
            if st and dev:
                found.add(("W109", y, la, t))
            window = [got.get((la, y - k)) for k in (2, 1)]
            if dev and need == 0 and all(window) and all(w["themes"][t][2] for w in window):
                found.add(("W110", y, la, t))
    # Capacity index and band (SPEC section 3, default weights), exactly.
    bands = {}
    for (la, y), s in got.items():
        total = Fraction(0)
        for r, _st, _dev, off, need, _c, _n in s["themes"].values():
            q = Fraction(4 - r, 3)
            o = Fraction(off, 3) if r <= 2 else Fraction(0)
            n = max(Fraction(need, 3), Fraction(max(r - 2, 0), 3))
            total += (q + o + 1 - n) / 3
        lci = 100 * total / len(s["themes"])
        bands[la, y] = ("Strong capacity" if lci >= 75 else "Secure" if lci >= 55
                        else "Mixed" if lci >= 40 else "Support priority")
    assert len({b for (la, y), b in bands.items() if y == 2026}) == 4, "2026 lacks a band"

    missing = planned - found
    extra = found - planned
    assert not missing and not extra, f"planned but absent: {sorted(missing)}; unplanned: {sorted(extra)}"
    return got, found, bands


def check_register_file(root: Path):
    """Cross-check the embedded LA rows against the register, where one is found."""
    for cand in (root / "Data" / "la_register_history.csv",
                 root.parent / "shared" / "reference" / "la_register_history.csv"):
        if cand.exists():
            with cand.open(encoding="utf-8-sig", newline="") as f:
                rows = [(r["old_la_code"], r["new_la_code"], r["la_name"],
                         int(r["from_year"]) if r["from_year"] else None,
                         int(r["to_year"]) if r["to_year"] else None)
                        for r in csv.DictReader(f) if r["region"] == REGION]
            assert sorted(rows, key=str) == sorted(REGISTER_ROWS, key=str), \
                f"embedded LA rows differ from {cand}"
            return cand
    return None


# ---------------------------------------------------------------------------


def main(argv=None):
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=root / "Data" / "demo",
                    help="folder to write the year folders into (default: Data/demo)")
    ap.add_argument("--data", type=Path, default=root / "Data",
                    help="folder to write outcomes/, challenges/ and actions/ into (default: Data)")
    args = ap.parse_args(argv)

    rng = random.Random(2026)
    cells, sub, planned = build_model(rng)
    files, notes = build_files(cells, sub, rng)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in sorted(out.glob("*/*")):  # stale demo files from an earlier run
        rel = old.relative_to(out).as_posix()
        if old.suffix in (".csv", ".json") and rel not in files:
            old.unlink()
    for rel, data in files.items():
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    loop = improvement_files(cells)
    for rel, data in loop.items():
        p = args.data / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    print(f"wrote {len(loop)} files of the improvement loop (SPEC 9) under {args.data}: "
          f"{len(OUTCOMES)} outcomes, {len(CHALLENGES)} peer challenges, {len(ACTIONS)} actions")

    # Self-check from what is on disk.
    on_disk = {rel: (out / rel).read_bytes() for rel in files}
    got, found, bands = check(on_disk, cells, sub, planned)
    reg = check_register_file(root)

    print(f"wrote {len(files)} files, {len(got)} submissions "
          f"({len(LA_CODES)} LAs x {len(YEARS)} years, 12 themes each) to {out}")
    if reg:
        print(f"LA codes and names agree with {reg}")
    for rel in files:
        if notes.get(rel):
            print(f"  {rel}: {notes[rel]}")
    print("capacity bands (SPEC 3, default framework):")
    for y in YEARS:
        per = {b: sum(1 for k, v in bands.items() if k[1] == y and v == b)
               for b in ("Strong capacity", "Secure", "Mixed", "Support priority")}
        print(f"  {y}: " + ", ".join(f"{b} {n}" for b, n in per.items()))
    codes = ["W101", "W102", "W103", "W104", "W107", "W108", "W109", "W110"]
    print("challenge flags in the data (W105, W106, W111 need evidence):")
    print("  code  " + "  ".join(str(y) for y in YEARS) + "  total")
    for code in codes:
        per = [sum(1 for f in found if f[0] == code and f[1] == y) for y in YEARS]
        print(f"  {code}  " + "  ".join(f"{n:4d}" for n in per) + f"  {sum(per):5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
