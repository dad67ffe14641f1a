#!/usr/bin/env python3
"""Makes the committed .xlsx test fixtures in Tests/CapIndexTests/Fixtures/xlsx/.

A capindex template (LA 370, year 2026, last year's values from the demo data) is filled
in by openpyxl the way an LA might (words, typed numbers, a boolean, a real date, rich
text, blanks, rows in another order), then re-saved by LibreOffice, and written again in
the 1904 date system. expected.json says what each file must read back as. The
encrypted copy and the old .xls check that those are refused with a clear error.

With --improvement it makes the improvement fixtures instead (SPEC 9): capindex's
outcomes, challenges and actions templates for the demo region, filled in by openpyxl
(words, numbers where text is expected, real dates, dates typed as text, blanks) and
re-saved by LibreOffice; improvement-expected.json says what each must import as.

Needs: swift (builds capindex), openpyxl, LibreOffice (soffice), msoffcrypto-tool.
CI needs none of these: the fixtures are committed. Run from anywhere:
    python3 Scripts/make_xlsx_fixtures.py
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "CapIndexTests", "Fixtures", "xlsx")
LA, YEAR = "370", 2026
SUBMITTED_ON = datetime.date(2026, 11, 14)
CX_SIGNOFF = "J. Example (Chief Executive)"

# theme id -> (what is typed into rating, strength, development, offer, need, confidence, narrative)
# and what it must read back as. None = left blank.
FILL = {
    "front-door": (("Good", "Y", "N", 2, 0, "high", "Audit: 96% of contacts decided within 24 hours.\nSecond line: “quotes” & <angle> brackets — 🙂"),
                   (2, True, False, 2, 0, "high", "Audit: 96% of contacts decided within 24 hours.\nSecond line: “quotes” & <angle> brackets — 🙂")),
    "help-protection": ((3, True, False, 1.0, "2", "Medium", "RICH"),
                        (3, True, False, 1, 2, "medium", "Plans reviewed monthly; second plans down to 18%.")),
    "children-in-care": (("RI", "n", "yes", None, None, None, None),
                         (3, False, True, 0, 0, "medium", "")),
    "care-leavers": (("Outstanding", "Y", "N", 3, 0, "HIGH", "  Staying close offer for every care leaver.  "),
                     (1, True, False, 3, 0, "high", "Staying close offer for every care leaver.")),
    "placement-sufficiency": (("Requires improvement", "N", "Y", 0, 3, "low", "Sufficiency strategy refreshed; 14 in-house beds short."),
                              (3, False, True, 0, 3, "low", "Sufficiency strategy refreshed; 14 in-house beds short.")),
    "send": (("inadequate", "N", "Y", 0, 2, "low", "EHC plans within 20 weeks: 41%."),
             (4, False, True, 0, 2, "low", "EHC plans within 20 weeks: 41%.")),
    "ks12-attainment": (("Good", "N", "N", 1, 0, "medium", "KS2 RWM 62%."),
                        (2, False, False, 1, 0, "medium", "KS2 RWM 62%.")),
    "vulnerable-outcomes": (("Requires improvement to be good", "N", "Y", 0, 1, "medium", "Virtual school gap narrowing."),
                            (3, False, True, 0, 1, "medium", "Virtual school gap narrowing.")),
    "exploitation-missing": (("Good", "Y", "N", 2, 0, "high", "Return home interviews: 94% within 72 hours."),
                             (2, True, False, 2, 0, "high", "Return home interviews: 94% within 72 hours.")),
    "workforce": (("Good", "N", "N", 1, 1, "medium", "Agency rate 9%."),
                  (2, False, False, 1, 1, "medium", "Agency rate 9%.")),
    "leadership": (("Good", "Y", "N", 3, 0, "high", "Stable leadership team since 2023."),
                   (2, True, False, 3, 0, "high", "Stable leadership team since 2023.")),
    "partnerships": (("Good", "N", "N", 0, 0, "medium", "Safeguarding partnership review done."),
                     (2, False, False, 0, 0, "medium", "Safeguarding partnership review done.")),
}
FIELDS = ["rating", "strength", "development", "offer", "need", "confidence", "narrative"]


def run(args, **kw):
    print("+", " ".join(args), file=sys.stderr)
    subprocess.run(args, check=True, **kw)


def make_template(work):
    run(["swift", "build", "--product", "capindex"], cwd=ROOT)
    binpath = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    capindex = os.path.join(binpath, "capindex")
    env = dict(os.environ, CAPINDEX_DATA=os.path.join(ROOT, "Data"), CAPINDEX_NOW="2026-11-23T09:00:00Z")
    db = os.path.join(work, "capindex.sqlite")
    run([capindex, "ingest", "--db", db, "--quiet", os.path.join(ROOT, "Data", "demo")], env=env)
    run([capindex, "template", "--db", db, "--year", str(YEAR), "--la", LA, "--out", work], env=env)
    return os.path.join(work, f"{LA}-barnsley-{YEAR}.xlsx")


def fill(template, out, epoch1904=False):
    wb = openpyxl.load_workbook(template)
    ws = wb["Submission"]
    if epoch1904:
        wb.epoch = CALENDAR_MAC_1904
    header = next(r for r in range(1, 30) if ws.cell(r, 1).value == "theme")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    block = {ws.cell(r, 1).value: r for r in range(1, header)}
    ws.cell(block["submitted_on"], 2).value = SUBMITTED_ON
    ws.cell(block["cx_signoff"], 2).value = CX_SIGNOFF
    titles = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(header + 1, header + 1 + len(FILL))}
    # Rows in reverse order: capindex must match them by theme id, not by position.
    for i, theme in enumerate(reversed(list(FILL))):
        r = header + 1 + i
        ws.cell(r, 1).value = theme
        ws.cell(r, 2).value = titles[theme]
        typed, _ = FILL[theme]
        for f, v in zip(FIELDS, typed):
            if v == "RICH":
                v = CellRichText(["Plans reviewed ", TextBlock(InlineFont(b=True), "monthly"), "; second plans down to 18%."])
            ws.cell(r, cols[f]).value = v
    wb.save(out)


def libreoffice_resave(src, out, work):
    profile = "file://" + os.path.join(work, "lo-profile")
    outdir = os.path.join(work, "lo")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
         "--outdir", outdir, src])
    shutil.move(os.path.join(outdir, os.path.basename(src)), out)


def libreoffice_xls(src, out, work):
    profile = "file://" + os.path.join(work, "lo-profile")
    outdir = os.path.join(work, "lo-xls")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xls", "--outdir", outdir, src])
    shutil.move(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".xls"), out)


def encrypt(src, out):
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(src, "rb") as f, open(out, "wb") as g:
        OOXMLFile(f).encrypt("capindex-test", g)


def expected():
    themes = []
    for theme, (_, want) in FILL.items():
        themes.append(dict(theme=theme, **dict(zip(FIELDS, want))))
    return dict(la_code=LA, year=YEAR, submitted_on=SUBMITTED_ON.isoformat(), cx_signoff=CX_SIGNOFF, themes=themes)


REGION = "Yorkshire and The Humber"


def make_improvement_templates(work):
    run(["swift", "build", "--product", "capindex"], cwd=ROOT)
    binpath = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    capindex = os.path.join(binpath, "capindex")
    env = dict(os.environ, CAPINDEX_DATA=os.path.join(ROOT, "Data"), CAPINDEX_NOW="2026-11-23T09:00:00Z")
    db = os.path.join(work, "capindex.sqlite")
    run([capindex, "ingest", "--db", db, "--quiet", os.path.join(ROOT, "Data", "demo")], env=env)
    out = {}
    for kind in ("outcomes", "challenges", "actions"):
        run([capindex, "template", "--db", db, "--kind", kind, "--year", str(YEAR), "--region", REGION, "--out", work], env=env)
        out[kind] = os.path.join(work, f"{kind}-yorkshire-and-the-humber-{YEAR}.xlsx")
    return out


def columns(ws):
    header = next(r for r in range(1, 10) if any(ws.cell(r, c).value in ("la_code", "challenge_id", "action_id") for c in range(1, 4)))
    return header, {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(header, c).value}


def fill_outcomes(path, out):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header, cols = columns(ws)
    rows = {(ws.cell(r, cols["la_code"]).value, ws.cell(r, cols["theme"]).value): r for r in range(header + 1, ws.max_row + 1)}
    typed = [
        ("370", "front-door", "RI", "Re-referrals still high", datetime.date(2027, 1, 21)),
        ("371", "send", 2, "Typed as a number", "21/01/2027"),
        ("816", "leadership", None, "Confirmed", None),
    ]
    for la, theme, rating, note, on in typed:
        r = rows[la, theme]
        ws.cell(r, cols["agreed_rating"]).value = rating
        ws.cell(r, cols["note"]).value = note
        ws.cell(r, cols["agreed_on"]).value = on
    wb.save(out)
    return [dict(la_code="370", year=YEAR, theme="front-door", agreed_rating=3, note="Re-referrals still high", agreed_on="2027-01-21"),
            dict(la_code="371", year=YEAR, theme="send", agreed_rating=2, note="Typed as a number", agreed_on="2027-01-21"),
            dict(la_code="816", year=YEAR, theme="leadership", agreed_rating=None, note="Confirmed", agreed_on=None)]


def fill_rows(path, out, rows):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    header, cols = columns(ws)
    for i, values in enumerate(rows):
        for name, v in values.items():
            ws.cell(header + 1 + i, cols[name]).value = v
    wb.save(out)


def fill_challenges(path, out):
    row = dict(challenge_id="PC-X1", la_code=370, round=1, theme="front-door", lead_la_code="381",
               starts_on=datetime.date(2027, 2, 9), ends_on=datetime.date(2027, 2, 11), cx_endorsed_on="28/01/2027")
    fill_rows(path, out, [row, dict(row, theme="Special educational needs and disabilities")])
    return [dict(challenge_id="PC-X1", la_code="370", round="1", themes=["front-door", "send"], lead_la_code="381",
                 starts_on="2027-02-09", ends_on="2027-02-11", cx_endorsed_on="2027-01-28", report_on=None)]


def fill_actions(path, out):
    fill_rows(path, out, [
        dict(action_id="A-X1", la_code="370", source="PC-X1", theme="front-door", action="Weekly audit of contact decisions",
             owner="Head of Service", due_on=datetime.date(2027, 6, 30), status="On Track", updated_on=datetime.date(2027, 5, 1),
             note="Started in April"),
        dict(action_id="A-X2", la_code=812, source="summit:2026", action="Regional task-and-finish group",
             owner="DCS, North East Lincolnshire", status="not started"),
    ])
    return [dict(action_id="A-X1", la_code="370", source="PC-X1", theme="front-door", action="Weekly audit of contact decisions",
                 owner="Head of Service", due_on="2027-06-30", status="on track", updated_on="2027-05-01", note="Started in April"),
            dict(action_id="A-X2", la_code="812", source="summit:2026", theme=None, action="Regional task-and-finish group",
                 owner="DCS, North East Lincolnshire", due_on=None, status="not started", updated_on=None, note="")]


def main_improvement():
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    files = []
    with tempfile.TemporaryDirectory() as work:
        templates = make_improvement_templates(work)
        for kind, fill_kind in (("outcomes", fill_outcomes), ("challenges", fill_challenges), ("actions", fill_actions)):
            filled = os.path.join(OUT, f"{kind}-openpyxl.xlsx")
            expected[kind] = fill_kind(templates[kind], filled)
            libreoffice_resave(filled, os.path.join(OUT, f"{kind}-libreoffice.xlsx"), work)
            files += [dict(kind=kind, file=f"{kind}-openpyxl.xlsx"), dict(kind=kind, file=f"{kind}-libreoffice.xlsx")]
    with open(os.path.join(OUT, "improvement-expected.json"), "w", encoding="utf-8") as f:
        json.dump(dict(files=files, **expected), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("improvement fixtures written to", OUT)


def main():
    if "--improvement" in sys.argv[1:]:
        return main_improvement()
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        template = make_template(work)
        filled = os.path.join(OUT, "openpyxl-filled.xlsx")
        fill(template, filled)
        fill(template, os.path.join(OUT, "openpyxl-1904.xlsx"), epoch1904=True)
        libreoffice_resave(filled, os.path.join(OUT, "libreoffice-resaved.xlsx"), work)
        # LibreOffice re-saving the 1904 file: its own writing of that date system.
        src1904 = os.path.join(work, "openpyxl-1904.xlsx")
        shutil.copy(os.path.join(OUT, "openpyxl-1904.xlsx"), src1904)
        libreoffice_resave(src1904, os.path.join(OUT, "libreoffice-1904.xlsx"), work)
        libreoffice_xls(filled, os.path.join(OUT, "libreoffice-legacy.xls"), work)
        encrypt(filled, os.path.join(OUT, "encrypted.xlsx"))
    files = ["openpyxl-filled.xlsx", "openpyxl-1904.xlsx", "libreoffice-resaved.xlsx", "libreoffice-1904.xlsx"]
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(dict(files=files, submission=expected()), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("fixtures written to", OUT)


if __name__ == "__main__":
    main()
