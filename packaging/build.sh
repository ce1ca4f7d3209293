#!/usr/bin/env bash
# Configures and builds into build/<name> (default: build/release). Extra arguments go to CMake.
# Usage: packaging/build.sh NAME [cmake options…]
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-release}"
shift || true
cmake -S . -B "build/$name" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "build/$name" -j "$(nproc)"
