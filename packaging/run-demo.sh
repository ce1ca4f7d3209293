#!/usr/bin/env bash
# Installs what is missing, builds, and starts Cloud PC Console on the demo tenant (the built-in Graph emulator).
# Extra arguments go to cloudpc-console (e.g. --demo-size 5000).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh demo
packaging/build.sh release -DCLOUDPC_BUILD_TESTS=OFF
console=build/release/app/cloudpc-console

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$console" --demo "$@"
fi
# No display (a server, a container): run on a virtual one and save a picture of the window instead.
shot="$PWD/build/release/demo-screenshot.png"
echo "run-demo: no display found; starting on a virtual X server and saving a screenshot to $shot"
xvfb-run -a -s "-screen 0 1440x900x24" "$console" --demo --screenshot "$shot" "$@"
echo "run-demo: the demo ran; screenshot saved to $shot"
