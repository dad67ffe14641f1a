#!/usr/bin/env bash
# The benchmark, one command on a fresh clone: builds capindex in release mode, makes the
# seeded benchmark data (Scripts/bench_data.py; remade when its generator changes), and
# prints each target as a ratio against a reference tool measured in the same run, with
# met / MISSED, then the growth table (Scripts/bench.py). BENCHMARKS.md says how and why.
#   Scripts/bench.sh [WORKDIR]      (default: .bench, git-ignored)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-.bench}"
mkdir -p "$work"
export PATH="/opt/swift/usr/bin:$PATH"
missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null
fi
# The binary Scripts/install.sh ships: release, with the Swift runtime linked statically
# (it starts in 6 ms where the dynamically linked build takes 10 ms, BENCHMARKS.md).
echo "building capindex (release, as Scripts/install.sh builds it)…" >&2
swift build -c release --product capindex --static-swift-stdlib >&2
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/capindex"
stamp="$(cat Scripts/bench_data.py Scripts/bench_submissions.py Scripts/bench_ks2.py Scripts/make_demo.py Data/register.csv | sha256sum | cut -c1-16)"
if [ "$(cat "$work/data/.stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "making the benchmark data…" >&2
  rm -rf "$work/data"
  python3 Scripts/bench_data.py "$work/data" >&2
  echo "$stamp" >"$work/data/.stamp"
fi
python3 Scripts/bench.py "$bin" "$work"
