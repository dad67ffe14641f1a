#!/usr/bin/env bash
# Writes the demo reports (Yorkshire and The Humber 2026: status and feedback pages,
# challenge overview and packs, summit, trends, improvement, index, and the England page;
# Markdown and HTML), the November window's pages (a rejected workbook, a late version, a
# withdrawal), and a status board and pack with hostile submitted text, and checks every
# HTML page as a person would meet it: axe-core (fails on any serious or critical
# violation), the Nu HTML validator (fails on any error) and its width in a 1280-pixel
# window (fails when one long word widens the page).
#
# Usage: Scripts/check_reports.sh [--pages-only] [OUTDIR]     (default OUTDIR: .build/report-check)
# Needs the team's tools beside the repository (../shared/tools, or CAPINDEX_SHARED=DIR);
# install them once with: bash ../shared/tools/setup.sh
# Exit: 0 all pages pass, 1 an axe or validator failure, 2 setup or build problem.
set -u
cd "$(dirname "$0")/.."
pages_only=0
if [ "${1:-}" = "--pages-only" ]; then pages_only=1; shift; fi
out="${1:-.build/report-check}"
shared="${CAPINDEX_SHARED:-../shared}"
tools="$shared/tools"
region="Yorkshire and The Humber"
year=2026

if [ $pages_only -eq 0 ]; then
  for t in axe_check.py html_validate.sh; do
    [ -f "$tools/$t" ] || { echo "check_reports: $tools/$t not found; set CAPINDEX_SHARED to the shared folder" >&2; exit 2; }
  done
fi

swift build --product capindex >/dev/null || { echo "check_reports: swift build failed" >&2; exit 2; }
bin="$(swift build --show-bin-path)/capindex"

# A fixed clock, so the pages are the same on every run.
export CAPINDEX_NOW="2026-11-23T09:00:00Z"
export CAPINDEX_DATA="$PWD/Data"
rm -rf "$out" && mkdir -p "$out"
db="$out/capindex.sqlite"
# The pages exactly as the README's main command writes them …
"$bin" demo --out "$out/demo" --date 2027-01-20 --quiet
rc=$?
if [ $rc -gt 1 ]; then echo "check_reports: capindex demo failed ($rc)" >&2; exit 2; fi
# … and the summit and a challenge pack again in a region's own look (settings file with
# title, introduction, accent colour), since the accent colour reaches text and borders.
"$bin" report summit --db "$out/demo/capindex.sqlite" --quiet --year $year --region "$region" --out "$out/branded" \
  --date 2027-01-20 --settings Data/report-settings.example.json || { echo "check_reports: capindex report failed" >&2; exit 2; }
# … and the improvement loop late in the cycle (the demo's own report date), when every
# challenge and action flag W113–W117 is on the page, with the packs' section 4 and the summit.
"$bin" report improvement challenge summit --db "$out/demo/capindex.sqlite" --quiet --year $year --region "$region" \
  --out "$out/loop" --date 2027-09-30 || { echo "check_reports: capindex report (improvement) failed" >&2; exit 2; }
# … and the England page, which compares every region (eight of them without submissions
# in the demo), beside the demo's pages so that its link to the region's summit is real.
"$bin" report england --all-regions --db "$out/demo/capindex.sqlite" --quiet --year $year --out "$out/demo" \
  --date 2027-01-20 || { echo "check_reports: capindex report england failed" >&2; exit 2; }
# … and the November window on the demo database, with a deadline: Barnsley sends back its
# blank workbook as a second version (rejected), Leeds resubmits after the deadline, and
# York's return is withdrawn; so the feedback pages of a rejected workbook, a late version
# and a withdrawal, and the status board with its chase list, are checked too.
nov="$out/november"
mkdir -p "$nov/inbox"
"$bin" template --db "$out/demo/capindex.sqlite" --quiet --year $year --la 370 --out "$nov/templates" \
  || { echo "check_reports: capindex template failed" >&2; exit 2; }
cp "$nov/templates/370-barnsley-$year.xlsx" "$nov/inbox/370-barnsley-$year-v2.xlsx"
sed 's/^2026,383,front-door,2,/2026,383,front-door,3,/' Data/demo/2026/383-leeds-2026.csv >"$nov/inbox/383-leeds-2026-v2.csv"
printf '{"deadlines": {"%s": "%s-11-28"}}\n' $year $year >"$nov/settings.json"
export CAPINDEX_NOW="2026-11-30T10:00:00Z"
"$bin" withdraw --db "$out/demo/capindex.sqlite" --quiet 816 --year $year --why "filed under the wrong LA code" \
  || { echo "check_reports: capindex withdraw failed" >&2; exit 2; }
"$bin" run --db "$out/demo/capindex.sqlite" --quiet --year $year --region "$region" --submissions "$nov/inbox" \
  --out "$nov/out" --settings "$nov/settings.json" --date 2026-11-30
rc=$?
if [ $rc -ne 1 ]; then echo "check_reports: the November run should exit 1 (a rejected workbook), not $rc" >&2; exit 2; fi
# … and the status board and Leeds's pack with hostile submitted text (issue 17): a
# 3,950-character word in a narrative, a 300-character sign-off, a right-to-left override.
mkdir -p "$out/hostile-inbox"
python3 - "$out/hostile-inbox/383-leeds-2026-hostile.csv" <<'PY' || { echo "check_reports: hostile file failed" >&2; exit 2; }
import csv, sys
rows = list(csv.DictReader(open("Data/demo/2026/383-leeds-2026.csv", encoding="utf-8")))
for r in rows:
    r["cx_signoff"] = "A. Boss\u202eevil " + "y" * 300
    if r["theme"] == "help-protection":
        r["narrative"] = "Audit \u202eevil (12%) " + "x" * 3950
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
PY
"$bin" ingest --db "$out/hostile.sqlite" --quiet Data/demo "$out/hostile-inbox" >/dev/null
"$bin" report status challenge --db "$out/hostile.sqlite" --quiet --year $year --region "$region" --out "$out/hostile" \
  --date 2027-01-20 || { echo "check_reports: capindex report (hostile text) failed" >&2; exit 2; }
november="$nov/out/yorkshire-and-the-humber/$year"
hostile="$out/hostile/yorkshire-and-the-humber/$year"
pages="$out/demo/yorkshire-and-the-humber/$year"
loop="$out/loop/yorkshire-and-the-humber/$year"
html=("$pages"/*.html "$out/branded/yorkshire-and-the-humber/$year"/summit.html "$loop"/improvement.html "$loop"/summit.html
  "$loop"/challenge-370.html "$loop"/challenge-811.html "$out/demo/england/$year/england.html" "$november"/status.html
  "$november"/feedback-370.html "$november"/feedback-383.html "$november"/feedback-816.html "$hostile"/status.html
  "$hostile"/challenge-383.html)
echo "check_reports: ${#html[@]} HTML and $(ls "$pages"/*.md | wc -l) Markdown pages"
[ $pages_only -eq 1 ] && exit 0

status=0
echo "== axe-core (fails on serious or critical) =="
python3 "$tools/axe_check.py" --fail-on serious "${html[@]}"
rc=$?
if [ $rc -ne 0 ]; then echo "check_reports: axe FAILED ($rc)"; status=1; fi
echo "== Nu HTML validator (fails on any error) =="
bash "$tools/html_validate.sh" "${html[@]}"
rc=$?
if [ $rc -ne 0 ]; then echo "check_reports: validator FAILED ($rc)"; status=1; fi
echo "== page widths and words: no page wider than a 1280-pixel window or an A4 page, no ordinary word split, hostile text included =="
python3 Scripts/check_widths.py 1280 "${html[@]}"
rc=$?
if [ $rc -ne 0 ]; then echo "check_reports: widths FAILED ($rc)"; status=1; fi
[ $status -eq 0 ] && echo "check_reports: OK - ${#html[@]} pages pass axe (no serious/critical), the validator (no error) and the width check"
exit $status
