#!/usr/bin/env bash
# Smoke test of the Windows build (packaging/windows/build.sh) under Wine, on a virtual X server:
#   1. cloudpcctl.exe --demo cloudpcs list --format json prints the demo tenant (a JSON array of Cloud PCs);
#   2. cloudpc-console.exe --demo shows its window: a picture of the window (its own --screenshot) and of the
#      Wine desktop it is on (build-windows/smoke/);
#   3. the MSI installs with msiexec /qn into the Wine prefix, the installed console starts and shows the demo
#      tenant, the installed cloudpcctl.exe answers --version, and msiexec /x removes it all again.
# The Wine prefix is build-windows/wine (made on the first run, about 40 s). Usage: packaging/windows/smoke-wine.sh
set -euo pipefail
shopt -s inherit_errexit
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
bash packaging/install-deps.sh windows >/dev/null
out="$PWD/build-windows"
stage="$out/stage"
msi="$(ls "$out"/cloudpc-console-*-x64.msi 2>/dev/null | head -n 1)"
[ -x "$stage/cloudpcctl.exe" ] && [ -n "$msi" ] || { echo "smoke-wine: run packaging/windows/build.sh first" >&2; exit 1; }
smoke="$out/smoke"
rm -rf "$smoke" && mkdir -p "$smoke"

export WINEPREFIX="$out/wine" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono or Gecko installer prompts when the prefix is made
# Every Cloud PC Console file the programs write (settings, audit log) goes into the prefix's user profile.

display=""
for n in $(seq 90 110); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$smoke/xvfb.log" 2>&1 &
xvfb=$!
export DISPLAY="$display"
cleanup() {
    wineserver -k 2>/dev/null || true # this prefix's server only
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
sleep 2
failures=0
pass() { echo "smoke-wine: PASS $*"; }
fail() { echo "smoke-wine: FAIL $*"; failures=$((failures + 1)); }
winpath() { winepath -w "$1"; } # Z:\… (Wine maps the Unix root to Z:)

started=$SECONDS
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    echo "smoke-wine: making the Wine prefix $WINEPREFIX"
fi
timeout 300 wineboot --init >"$smoke/wineboot.log" 2>&1 || { cat "$smoke/wineboot.log" >&2; exit 1; }
wineserver -w
echo "smoke-wine: Wine prefix ready ($((SECONDS - started)) s)"

# 1. cloudpcctl lists the demo tenant.
if timeout 180 wine "$stage/cloudpcctl.exe" --demo cloudpcs list --format json >"$smoke/cloudpcs.json" 2>"$smoke/cloudpcctl.err" &&
    rows="$(python3 -c 'import json,sys; rows=json.load(open(sys.argv[1])); assert isinstance(rows, list) and rows and all("id" in r for r in rows); print(len(rows), "Cloud PCs, first:", rows[0].get("displayName") or rows[0]["id"])' "$smoke/cloudpcs.json")"; then
    pass "cloudpcctl.exe --demo cloudpcs list --format json: $rows"
else
    fail "cloudpcctl.exe --demo cloudpcs list --format json (see $smoke/cloudpcctl.err)"; head -c 600 "$smoke/cloudpcs.json"; cat "$smoke/cloudpcctl.err"
fi

# 2. The console shows its window: its own picture of it, then the Wine desktop (with Windows' window frame).
shoot_console() { # EXE PNG
    timeout 180 wine "$1" --demo --screenshot "$(winpath "$2")" >"$2.log" 2>&1 || true
    [ -s "$2" ] && [ "$(identify -format '%w' "$2" 2>/dev/null || echo 0)" -gt 400 ]
}
if shoot_console "$stage/cloudpc-console.exe" "$smoke/console.png"; then
    pass "cloudpc-console.exe --demo painted its window: $smoke/console.png ($(identify -format '%wx%h' "$smoke/console.png"))"
else
    fail "cloudpc-console.exe --demo --screenshot (see $smoke/console.png.log)"; cat "$smoke/console.png.log"
fi
wine explorer /desktop=CloudPcConsole,1280x800 "$stage/cloudpc-console.exe" --demo >"$smoke/desktop.log" 2>&1 &
desktop=$!
for _ in $(seq 1 60); do # until the window is up: the demo tenant's rows are on screen
    sleep 2
    import -window root "$smoke/desktop.png" 2>/dev/null || continue
    [ "$(convert "$smoke/desktop.png" -format '%k' info: 2>/dev/null || echo 0)" -gt 300 ] && sleep 3 && break
done
import -window root "$smoke/desktop.png"
kill "$desktop" 2>/dev/null || true
wineserver -k || true
wineserver -w || true
if [ "$(convert "$smoke/desktop.png" -format '%k' info:)" -gt 300 ]; then # a bare Wine desktop is one colour
    pass "the console's window on the Wine desktop: $smoke/desktop.png"
else
    fail "no window on the Wine desktop ($smoke/desktop.png)"
fi

# 3. The MSI: install, start the installed programs, uninstall.
installed="$WINEPREFIX/drive_c/Program Files/Cloud PC Console"
if timeout 300 wine msiexec /i "$(winpath "$msi")" /qn '/l*v' "$(winpath "$smoke/msiexec-install.log")" >/dev/null 2>&1 &&
    [ -f "$installed/cloudpc-console.exe" ] && [ -f "$installed/platforms/qwindows.dll" ]; then
    pass "msiexec /i $(basename "$msi") /qn: $(find "$installed" -type f | wc -l) files in C:\\Program Files\\Cloud PC Console"
else
    fail "msiexec /i (see $smoke/msiexec-install.log)"
fi
if version="$(timeout 120 wine "$installed/cloudpcctl.exe" --version 2>&1 | tr -d '\r')" && [ -n "$version" ]; then
    pass "installed cloudpcctl.exe --version: $version"
else
    fail "installed cloudpcctl.exe --version"
fi
if shoot_console "$installed/cloudpc-console.exe" "$smoke/installed-console.png"; then
    pass "the installed cloudpc-console.exe --demo started and painted: $smoke/installed-console.png"
else
    fail "the installed console did not start (see $smoke/installed-console.png.log)"; cat "$smoke/installed-console.png.log"
fi
if timeout 300 wine msiexec /x "$(winpath "$msi")" /qn >/dev/null 2>&1 && [ ! -e "$installed/cloudpc-console.exe" ]; then
    pass "msiexec /x removed it"
else
    fail "msiexec /x left $installed/cloudpc-console.exe"
fi

if [ "$failures" -ne 0 ]; then
    echo "smoke-wine: $failures check(s) failed ($((SECONDS - started)) s)"
    exit 1
fi
echo "smoke-wine: every check passed ($((SECONDS - started)) s)"
