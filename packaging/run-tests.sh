#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test (ctest): unit, integration
# (against the Graph emulator over loopback sockets), GUI (offscreen) and keychain tests (a real gnome-keyring
# on a private D-Bus session).
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
    ctest --test-dir build/tests --output-on-failure -j "$(nproc)" "$@"
' run-tests "$@"
