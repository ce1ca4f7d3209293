#!/usr/bin/env bash
# Builds and runs the overview benchmark (tests/bench/bench_overview.cpp): FleetOverview taking in the demo
# tenant's Cloud PCs page by page; prints the per-page update time (median and max), the time to build the
# results a tab shows per page, and a full recount.
# Usage: run-overview-benchmark.sh [cloud PCs] [page size]  (defaults 100000 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh bench
build=${BUILD_DIR:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$build" bench_overview
export QT_LOGGING_RULES="cloudpc.*.debug=false"
"$build/tests/bench/bench_overview" "${1:-100000}" "${2:-1000}"
