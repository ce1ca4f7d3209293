#!/usr/bin/env bash
# Builds and runs the following benchmark (tests/bench/bench_follow.cpp): reprovisions submitted through
# OperationRunner and followed to their end by ActFollower against the standalone emulator (a process of its
# own, so that only the console side's stalls count) on a compressed clock; prints
# the Graph requests following spent, the peak requests per second, the time from the emulator's last change
# to the item's state, and the longest event-loop stall.
# Usage: run-follow-benchmark.sh [items] [emulated seconds per real second] [failure share]
#        (defaults 1000 60 0.1)
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh bench
build=${BUILD_DIR:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLOUDPC_BUILD_BENCHMARKS=ON >/dev/null
ninja -C "$build" bench_follow
export QT_LOGGING_RULES="cloudpc.*.debug=false;cloudpc.*.info=false"
"$build/tests/bench/bench_follow" "${1:-1000}" "${2:-60}" "${3:-0.1}"
