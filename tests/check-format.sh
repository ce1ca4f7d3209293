#!/usr/bin/env bash
# Fails when a C++ file is not formatted per .clang-format. Exit 77 (skipped) without clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null 2>&1 || { echo "clang-format not installed"; exit 77; }
mapfile -t files < <(find app ui tests resources packaging -name '*.cpp' -o -name '*.h' | sort)
bad=()
for f in "${files[@]}"; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ "${#bad[@]}" -ne 0 ]; then
    echo "not clang-formatted (run: clang-format -i FILE):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "${#files[@]} files formatted"
