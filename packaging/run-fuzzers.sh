#!/usr/bin/env bash
# Installs what is missing, builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) into
# build/fuzz, and runs each one for a bounded time over its seed corpus (tests/fuzz/corpus/<target>/, replayed
# first). Fails when any target crashes, trips a sanitizer or an invariant, leaks, hangs or runs out of memory.
#
# Usage: packaging/run-fuzzers.sh [seconds-per-target] [target…]     (default 10 s, every target)
#        packaging/run-fuzzers.sh 0                                   (only replay the seeds)
#        packaging/run-fuzzers.sh --make-corpus                       (rewrite the emulator-* seeds)
# New inputs found along the way go to build/fuzz/work/<target>/ (kept between runs, so a longer run picks
# up where the last one stopped); a crashing input goes to build/fuzz/artifacts/<target>/ with the command
# that replays it. Environment: FUZZ_RSS_LIMIT_MB (default 2048), FUZZ_TIMEOUT (seconds per input, 10).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh fuzz
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DCLOUDPC_FUZZ=ON -DCLOUDPC_BUILD_TESTS=OFF >/dev/null
bin=build/fuzz/tests/fuzz

if [ "${1:-}" = "--make-corpus" ]; then
    cmake --build build/fuzz -j "$(nproc)" --target fuzz-corpus-maker
    rm -f tests/fuzz/corpus/*/emulator-*
    "$bin/fuzz-corpus-maker" tests/fuzz/corpus
    exit 0
fi

seconds="${1:-10}"
shift || true
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [seconds-per-target] [target…] | --make-corpus" >&2; exit 2 ;;
esac
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
fi
cmake --build build/fuzz -j "$(nproc)" --target "${targets[@]}"

# The audit log target writes (and fsyncs) a file per input: keep that in memory when possible.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
symbolizer="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)"
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

passed=0
failed=()
mkdir -p build/fuzz/logs
for target in "${targets[@]}"; do
    seeds="tests/fuzz/corpus/$target"
    work="build/fuzz/work/$target"
    artifacts="build/fuzz/artifacts/$target"
    log="build/fuzz/logs/$target.log"
    mkdir -p "$seeds" "$work" "$artifacts"
    dict="tests/fuzz/$target.dict"
    [ -f "$dict" ] || dict=tests/fuzz/common.dict
    if [ "$seconds" -eq 0 ]; then
        limit=(-runs=0)
    else
        limit=(-max_total_time="$seconds")
    fi
    start=$SECONDS
    if "$bin/$target" "${limit[@]}" -rss_limit_mb="${FUZZ_RSS_LIMIT_MB:-2048}" -timeout="${FUZZ_TIMEOUT:-10}" \
        -dict="$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 "$work" "$seeds" >"$log" 2>&1; then
        runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
        echo "fuzz: $target: ${runs:-?} inputs in $((SECONDS - start)) s, no crash"
        passed=$((passed + 1))
    else
        failed+=("$target")
        echo "fuzz: $target FAILED after $((SECONDS - start)) s; the end of $log:"
        tail -n 60 "$log" | sed 's/^/    /'
        crash="$(ls -t "$artifacts"/* 2>/dev/null | head -1 || true)"
        [ -n "$crash" ] && echo "    replay: $bin/$target $crash"
    fi
done

echo "fuzzers: ${passed} passed, ${#failed[@]} failed"
[ "${#failed[@]}" -eq 0 ]
