#!/usr/bin/env bash
# Builds and runs the Graph listing benchmark (tests/bench/bench_graphlist.cpp): every Cloud PC of a standalone
# cloudpc-emulator listed through GraphClient, against a plain curl loop over the same nextLinks; prints both
# times, their ratio and resident memory per Cloud PC.
# Usage: run-graph-benchmark.sh [cloud PCs] [page size] [runs]  (defaults 100000 100 3)
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh bench
build=${BUILD_DIR:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$build" bench_graphlist cloudpc-emulator
export QT_LOGGING_RULES="cloudpc.*.debug=false"
"$build/tests/bench/bench_graphlist" "${1:-100000}" "${2:-100}" "${3:-3}"
