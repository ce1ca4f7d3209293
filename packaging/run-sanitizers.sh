#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (gcc) into build/asan and runs every test.
# Leak checking is off here (Qt's global caches read as leaks); undefined behaviour aborts the test.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh test
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLOUDPC_SANITIZE=address,undefined \
      -DCLOUDPC_WERROR=ON >/dev/null
cmake --build build/asan -j "$(nproc)"
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/runtime" && chmod 700 "$sandbox/runtime"
export HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
dbus-run-session -- bash -c '
    echo -n cloudpc-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir build/asan --output-on-failure -j "$(nproc)" -E clang_format "$@"
' run-sanitizers "$@"
