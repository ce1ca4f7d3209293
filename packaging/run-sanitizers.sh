#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (gcc) into build/asan and runs every test
# (unit, integration, GUI offscreen, keychain, the fuzz corpus replay); undefined behaviour aborts the test.
# The integration tests run with LeakSanitizer on (suppressions: tests/sanitizers/lsan.supp); the others without
# leak checking, where Qt's global caches of widgets, fonts and styles could read as leaks on other setups.
# Extra arguments go to both ctest runs (e.g. -R tst_graphpaging).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh test
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLOUDPC_SANITIZE=address,undefined \
      -DCLOUDPC_WERROR=ON -DCLOUDPC_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/asan -j "$(nproc)"
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/runtime" && chmod 700 "$sandbox/runtime"
export HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
export QT_QPA_PLATFORM=offscreen UBSAN_OPTIONS=print_stacktrace=1
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
dbus-run-session -- bash -c '
    echo -n cloudpc-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    echo "run-sanitizers: ASan + UBSan, every test but the integration ones"
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
        ctest --test-dir build/asan --output-on-failure -j "$(nproc)" -E clang_format -LE integration "$@"
    echo "run-sanitizers: ASan + UBSan + LeakSanitizer, the integration tests"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        ctest --test-dir build/asan --output-on-failure -j "$(nproc)" -E clang_format -L integration "$@"
' run-sanitizers "$@"
