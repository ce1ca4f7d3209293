#!/usr/bin/env bash
# The Windows build end to end, on Debian 12: the packages (install-deps.sh windows), Qt 6.4.2 (qtbase) for MinGW
# from Debian's source package (build-qt-mingw.sh; cached in ~/.cache/cloudpc-mingw, skipped when built), the unit
# tests under Wine (unit-tests.sh), the cross-build of the three programs and the MSI (build.sh), and the smoke
# test under Wine (smoke-wine.sh). Each step's time is printed at the end.
# Usage: packaging/windows/check.sh            everything, building Qt when it is not cached
#        packaging/windows/check.sh --cached   the same, but never build Qt: fail when it is not cached (CI)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
times=()
failed=()
step() { # NAME COMMAND...: runs it, records its time; a failure is recorded and returned
    local name="$1" start=$SECONDS rc=0
    shift
    echo "=== windows/check.sh: $name ($(date -u +%H:%M:%S))"
    "$@" || rc=$?
    local took=$((SECONDS - start))
    times+=("$(printf '%-42s %3d min %2d s%s' "$name" $((took / 60)) $((took % 60)) "$([ $rc -eq 0 ] || echo ', FAILED')")")
    [ $rc -eq 0 ] || failed+=("$name")
    return $rc
}
summary() {
    printf '  %s\n' "${times[@]}"
    echo "  total $((SECONDS / 60)) min $((SECONDS % 60)) s"
}

step "packages (install-deps.sh windows)" bash packaging/install-deps.sh windows || { summary; exit 1; }
if [ "${1:-}" = "--cached" ]; then
    bash "$here/build-qt-mingw.sh" --check || { summary; exit 1; }
else
    step "Qt for MinGW (build-qt-mingw.sh)" bash "$here/build-qt-mingw.sh" || { summary; exit 1; }
fi
step "unit tests under Wine (unit-tests.sh)" bash "$here/unit-tests.sh"
step "cross-build and MSI (build.sh)" bash "$here/build.sh" &&
    step "smoke test under Wine (smoke-wine.sh)" bash "$here/smoke-wine.sh"

summary
if [ "${#failed[@]}" -ne 0 ]; then
    echo "=== windows/check.sh: FAILED: ${failed[*]}"
    exit 1
fi
echo "=== windows/check.sh: passed"
