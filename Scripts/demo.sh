#!/usr/bin/env bash
# Runs capindex on the bundled demo data (Yorkshire and The Humber, 2024–2026) into a
# fresh folder: init, ingest, the November status board, scoring, exports.
# Usage: Scripts/demo.sh [OUTDIR]   (default: capindex-demo)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-capindex-demo}"
swift build -c release --product capindex >/dev/null
bin="$(swift build -c release --show-bin-path)/capindex"
rm -rf "$out" && mkdir -p "$out"
db="$out/capindex.sqlite"
"$bin" init --db "$db"
"$bin" ingest --db "$db" Data/demo
"$bin" evidence import --db "$db" Data/evidence
"$bin" evidence ofsted --db "$db" Data/ofsted/ofsted_ilacs_history_2018_2025.csv Data/ofsted/ofsted_ilacs_latest_2025.csv
"$bin" status --db "$db" --year 2026 --region "Yorkshire and The Humber"
"$bin" score --db "$db" --all-years --region "Yorkshire and The Humber"
"$bin" match --db "$db" --year 2026 --region "Yorkshire and The Humber"
"$bin" export --db "$db" --all-years --out "$out/exports"
echo "demo written to $out/ (database, exports)"
