#!/usr/bin/env bash
# Cross-builds the unit tests that need only qtbase (packaging/windows/unit-tests/: the audit log and its platform
# calls, the value types, the CLI's argument parsing) with MinGW against the Qt of build-qt-mingw.sh, warnings as
# errors, and runs each under Wine. Needs only the qtbase part of the Qt cache.
# Usage: packaging/windows/unit-tests.sh      (build in build-windows/unit-tests, Wine prefix build-windows/wine)
set -euo pipefail
shopt -s inherit_errexit
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
bash packaging/install-deps.sh windows >/dev/null
jobs="${CLOUDPC_JOBS:-2}"
out="$PWD/build-windows"
if ! bash "$here/build-qt-mingw.sh" --check qtbase; then
    echo "unit-tests.sh: build qtbase for MinGW first: bash packaging/windows/build-qt-mingw.sh" >&2
    exit 1
fi
qt="$(bash "$here/build-qt-mingw.sh" --prefix)"
build="$out/unit-tests"
mkdir -p "$build"
echo "unit-tests.sh: cross-building (log: $build/build.log)"
nice -n 10 cmake -S "$here/unit-tests" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$here/mingw-w64-x86_64.cmake" -DCLOUDPC_MINGW_QT_PREFIX="$qt" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake >"$build/build.log" 2>&1 ||
    { cat "$build/build.log" >&2; exit 1; }
nice -n 10 cmake --build "$build" -j "$jobs" >>"$build/build.log" 2>&1 ||
    { grep -E -A5 'error|warning' "$build/build.log" | head -n 60 >&2; exit 1; }

export WINEPREFIX="$out/wine" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# The DLLs from where they were built: Qt, and the MinGW runtime.
export WINEPATH="Z:$qt/bin;Z:/usr/lib/gcc/x86_64-w64-mingw32/12-posix;Z:/usr/x86_64-w64-mingw32/lib"
unset DISPLAY # console programs: no X server needed
timeout 300 wineboot --init >"$build/wineboot.log" 2>&1 || { cat "$build/wineboot.log" >&2; exit 1; }
passed=0
failed=0
for test in "$build"/tst_*.exe; do
    name="$(basename "$test" .exe)"
    # Qt Test's own log file: under Wine its standard output does not reach a redirect. A run counts only with
    # its totals written and none failed (an exit code alone would pass a test that never ran).
    rm -f "$build/$name.log"
    if timeout 300 wine "$test" -o "Z:$build/$name.log,txt" >"$build/$name.out" 2>&1 &&
        grep -aq '^Totals: [0-9]* passed, 0 failed' "$build/$name.log"; then
        passed=$((passed + 1))
        echo "unit-tests.sh: PASS $name ($(grep -E '^Totals:' "$build/$name.log" | tr -d '\r'))"
    else
        failed=$((failed + 1))
        echo "unit-tests.sh: FAIL $name"
        grep -E '^(FAIL!|   Loc:|Totals:)' "$build/$name.log" | tr -d '\r' | sed 's/^/    /'
    fi
done
wineserver -k 2>/dev/null || true
echo "windows unit tests under Wine: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
