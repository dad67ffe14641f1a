#!/usr/bin/env bash
# Builds capindex in release mode and installs the one binary: PREFIX/bin/capindex.
#   Scripts/install.sh [PREFIX]        (default PREFIX: /usr/local)
# The shipped register, framework, statistical neighbours and demo data are built into
# the binary, and the Swift runtime is linked statically, so the installed program needs
# neither this folder nor the Swift toolchain: only the system's SQLite, libcrypto and
# zlib, which every Debian machine of ours has. CAPINDEX_DATA may still point at a
# region's own register, framework or neighbours.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product capindex --static-swift-stdlib
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/capindex"
install -d "$prefix/bin"
install -m 0755 "$bin" "$prefix/bin/capindex"
echo "installed $prefix/bin/capindex, version $("$prefix/bin/capindex" --version)"
