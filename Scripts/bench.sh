#!/usr/bin/env bash
# The benchmark, one command on a fresh clone: builds capindex in release mode, makes
# the seeded national dataset (Scripts/bench_data.py), runs the reference tools and
# capindex on it, and prints one line per figure beside its target (met / MISSED).
#   Scripts/bench.sh [WORKDIR]      (default: .bench; the dataset is reused when present)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-.bench}"
mkdir -p "$work"
export PATH="/opt/swift/usr/bin:$PATH"
command -v sqlite3 >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q sqlite3 >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
echo "building capindex (release)…" >&2
swift build -c release --product capindex >&2
bin="$(swift build -c release --show-bin-path)/capindex"
if [ ! -f "$work/data/evidence/ks2_national.csv" ]; then
  echo "making the national dataset…" >&2
  python3 Scripts/bench_data.py "$work/data" >&2
fi
python3 Scripts/bench.py "$bin" "$work"
