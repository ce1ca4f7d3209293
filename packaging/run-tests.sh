#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (ctest): unit, integration
# (against the Graph emulator over loopback sockets), GUI (offscreen), soak and keychain tests (a real
# gnome-keyring on a private D-Bus session); then token_scan over everything they left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh test
packaging/build.sh tests -DCLOUDPC_WERROR=ON -DCLOUDPC_BUILD_TESTS=ON

# A throwaway home for settings, keyrings and app data, so tests never touch the user's own.
sandbox="$(mktemp -d)"
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/runtime" && chmod 700 "$sandbox/runtime"
export HOME="$sandbox" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config"
export QT_QPA_PLATFORM=offscreen

dbus-run-session -- bash -c '
    echo -n cloudpc-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir build/tests --output-on-failure -j "$(nproc)" -LE tokenscan "$@" || exit
    # Then, with every other test done, token_scan (tests/tokenscan): no file they left in this home and the
    # XDG folders, and nothing in their ctest log, holds a token. This run starts a new LastTest.log, so the
    # scan reads a copy of the one above.
    mkdir -p "$HOME/ctest-logs"
    cp build/tests/Testing/Temporary/LastTest.log "$HOME/ctest-logs/"
    CLOUDPC_TOKEN_SCAN_LOGS="$HOME/ctest-logs" ctest --test-dir build/tests --output-on-failure -L tokenscan "$@"
' run-tests "$@"
