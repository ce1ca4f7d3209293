#!/usr/bin/env bash
# Builds and runs the console view benchmarks (tests/bench/bench_views.cpp): 100,000 Cloud PCs loaded from
# the emulator into the real Cloud PCs view, one filter keystroke, resident bytes per row, and cold start of
# `cloudpc-console --demo`; then the real MainWindow: the Overview recounting and selecting among 100,000 Cloud PCs,
# and a language switch with 5,000. Usage: run-view-benchmarks.sh [rows] [page size]  (defaults 100000 100)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$build" bench_views cloudpc-console
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_LOGGING_RULES="cloudpc.*.debug=false;qt.qpa.*=false"
"$build/tests/bench/bench_views" "${1:-100000}" "${2:-100}"
