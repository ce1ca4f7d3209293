#!/usr/bin/env bash
# Cross-builds cloudpc-console.exe, cloudpcctl.exe and cloudpc-emulator.exe for 64-bit Windows with MinGW-w64,
# against the Qt of packaging/windows/build-qt-mingw.sh, with warnings as errors; stages them with every DLL and
# Qt plugin they load, and builds the MSI with wixl from packaging/msi/cloudpc-console.wxs.in.
#   build-windows/mingw/                 the cross-build (tests off)
#   build-windows/host/                  a native build of the icon renderer: the .ico, and every icon as PNG
#                                        (the cross-build has no Qt SVG and compiles these in instead)
#   build-windows/stage/                 what the MSI installs, as laid out in Program Files
#   build-windows/cloudpc-console-<version>-x64.msi
# Usage: packaging/windows/build.sh (after build-qt-mingw.sh; CLOUDPC_JOBS, default 2, jobs under nice -n 10)
set -euo pipefail
shopt -s inherit_errexit
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
bash packaging/install-deps.sh windows >/dev/null
jobs="${CLOUDPC_JOBS:-2}"
out="$PWD/build-windows"
if ! bash "$here/build-qt-mingw.sh" --check; then
    echo "build.sh: build Qt for MinGW first: bash packaging/windows/build-qt-mingw.sh" >&2
    exit 1
fi
qt="$(bash "$here/build-qt-mingw.sh" --prefix)"
start=$SECONDS

# The .ico and the PNG renders of the icons come from the project's icon renderer, which runs at build time:
# built for this machine.
mkdir -p "$out"
echo "build.sh: rendering the icons (native build in $out/host)"
nice -n 10 cmake -S . -B "$out/host" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLOUDPC_BUILD_TESTS=OFF >"$out/host.log" 2>&1 ||
    { cat "$out/host.log" >&2; exit 1; }
nice -n 10 cmake --build "$out/host" -j "$jobs" --target cloudpc-icons cloudpc-icon-pngs >>"$out/host.log" 2>&1 ||
    { tail -n 30 "$out/host.log" >&2; exit 1; }

echo "build.sh: cross-building (log: $out/mingw.log)"
nice -n 10 cmake -S . -B "$out/mingw" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$here/mingw-w64-x86_64.cmake" -DCLOUDPC_MINGW_QT_PREFIX="$qt" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCLOUDPC_ICON_PNG_DIR="$out/host/packaging/icon-pngs" \
    -DCLOUDPC_BUILD_TESTS=OFF -DCLOUDPC_WERROR=ON >"$out/mingw.log" 2>&1 || { cat "$out/mingw.log" >&2; exit 1; }
programs=(cloudpc-console cloudpcctl cloudpc-emulator)
nice -n 10 cmake --build "$out/mingw" -j "$jobs" --target "${programs[@]}" >>"$out/mingw.log" 2>&1 ||
    { grep -E -A5 'error|warning' "$out/mingw.log" | head -n 60 >&2; exit 1; }

# Stage: the programs, the Qt plugins they load at run time, then every DLL these import, recursively.
stage="$out/stage"
rm -rf "$stage" && mkdir -p "$stage"
for program in "${programs[@]}"; do
    x86_64-w64-mingw32-strip -o "$stage/$program.exe" "$out/mingw/app/$program.exe"
done
plugins=(
    platforms/qwindows.dll          # the windows platform plugin: no window without it
    tls/qschannelbackend.dll        # TLS through Windows' own Schannel, for Graph and sign-in
    styles/qwindowsvistastyle.dll   # the native Windows look (else Qt's built-in "Windows" style)
)
for plugin in "${plugins[@]}"; do
    mkdir -p "$stage/$(dirname "$plugin")"
    x86_64-w64-mingw32-strip -o "$stage/$plugin" "$qt/plugins/$plugin"
done
dll_dirs=("$qt/bin" /usr/lib/gcc/x86_64-w64-mingw32/12-posix /usr/x86_64-w64-mingw32/lib)
windows_dlls=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows # what Windows itself provides, as Wine has it
imports() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^\s*DLL Name: //p'; }
queue=("$stage"/*.exe "${plugins[@]/#/$stage/}")
declare -A seen=()
while [ "${#queue[@]}" -gt 0 ]; do
    file="${queue[0]}"
    queue=("${queue[@]:1}")
    for dll in $(imports "$file"); do
        key="${dll,,}"
        [ -n "${seen[$key]:-}" ] && continue
        seen[$key]=1
        found=""
        for dir in "${dll_dirs[@]}"; do
            [ -f "$dir/$dll" ] && found="$dir/$dll" && break
        done
        if [ -n "$found" ]; then
            x86_64-w64-mingw32-strip -o "$stage/$dll" "$found"
            queue+=("$stage/$dll")
        elif [[ "$key" == api-ms-win-* || "$key" == ext-ms-win-* ]]; then
            : # an API set: a name Windows (8 and later) resolves to its own DLLs, never a file to ship
        elif [ -z "$(find "$windows_dlls" -maxdepth 1 -iname "$dll" -print -quit)" ]; then
            echo "build.sh: $file imports $dll, found neither in Qt, MinGW nor among Windows' DLLs" >&2
            exit 1
        fi
    done
done
cp "$out/host/packaging/msi/cloudpc-console.ico" "$stage/"

# The MSI names every file it installs: what was staged and what it names must be the same set.
wxs="$out/mingw/packaging/msi/cloudpc-console.wxs"
named="$(grep -oE '(Source|SourceFile)="[^"]+"' "$wxs" | sed -E 's/^[A-Za-z]+="(.*)"$/\1/' | sort)"
staged="$(cd "$stage" && find . -type f | sed 's|^\./||' | sort)"
if [ "$named" != "$staged" ]; then
    echo "build.sh: the staged files and the files $wxs names differ (< named, > staged):" >&2
    diff <(echo "$named") <(echo "$staged") >&2 || true
    exit 1
fi
version="$(sed -n 's/.*Version="\([0-9.]*\)".*/\1/p' "$wxs" | head -n 1)"
msi="$out/cloudpc-console-$version-x64.msi"
rm -f "$msi"
(cd "$stage" && wixl --arch x64 -o "$msi" "$wxs")
took=$((SECONDS - start))
echo "build.sh: staged $(find "$stage" -type f | wc -l) files ($(du -sh "$stage" | cut -f1)) in $stage"
echo "build.sh: $msi ($(stat -c %s "$msi") bytes, $(du -h "$msi" | cut -f1)); took $((took / 60)) min $((took % 60)) s"
