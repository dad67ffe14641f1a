#!/usr/bin/env bash
# Screenshots of one page of each report type, as a person sees it: the whole page on
# screen (1280 px wide) and the printed A4 PDF with its pages as PNG. Look at them.
#
# Usage: Scripts/screenshots.sh [OUTDIR]     (default OUTDIR: .build/report-shots)
#   OUTDIR/<page>/screen-full.png   whole page on screen (shot_full.py)
#   OUTDIR/<page>/print.pdf         A4 print, OUTDIR/<page>/print-1.png … each printed page (render.sh)
# Needs ../shared/tools (or CAPINDEX_SHARED=DIR) with chromium installed by its setup.sh.
set -u
cd "$(dirname "$0")/.."
out="${1:-.build/report-shots}"
shared="${CAPINDEX_SHARED:-../shared}"
tools="$shared/tools"
for t in render.sh shot_full.py; do
  [ -f "$tools/$t" ] || { echo "screenshots: $tools/$t not found; set CAPINDEX_SHARED to the shared folder" >&2; exit 2; }
done
Scripts/check_reports.sh --pages-only "$out/demo" || exit 2
pages="$out/demo/demo/yorkshire-and-the-humber/2026"
status=0
for page in index status challenge challenge-370 summit trends; do
  dir="$out/$page"
  mkdir -p "$dir"
  # Output goes to a file, never into `head`: a closed pipe would leave chromium running.
  python3 "$tools/shot_full.py" "$pages/$page.html" "$dir/screen-full.png" > "$dir/shot.log" 2>&1 || status=1
  cat "$dir/shot.log"
  bash "$tools/render.sh" "$pages/$page.html" "$dir" > "$dir/render.log" 2>&1 || status=1
  grep '^render:' "$dir/render.log"
done
echo "screenshots: in $out/<page>/ (screen-full.png, print.pdf, print-N.png)"
exit $status
