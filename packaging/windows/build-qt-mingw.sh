#!/usr/bin/env bash
# Builds Qt 6.4.2 and QtKeychain for 64-bit Windows (win32-g++, MinGW-w64) from Debian's source packages, with
# Debian's own Qt host tools (moc, rcc, uic, lrelease of the same version), into a cache folder outside the repository:
#   ${CLOUDPC_MINGW_CACHE:-~/.cache/cloudpc-mingw}/qt-6.4.2   the Qt to build the product against (packaging/windows/build.sh)
# Parts, in order: qtbase (Core, Gui, Widgets, Network and what they need, and Test for the unit tests; no SQL,
# DBus, PrintSupport, Concurrent),
# qtsvg, qtnetworkauth, qtkeychain (Windows Credential Manager backend). The emulator needs no Qt HttpServer
# (nor so Qt WebSockets): it has its own HTTP/1.1 server on QTcpServer.
# A part already built with the same source version and options is skipped (stamp files); each part's time is printed.
# Heavy steps run under `nice -n 10` with at most CLOUDPC_JOBS (default 2) jobs.
#
# Usage: packaging/windows/build-qt-mingw.sh          build what is missing
#        packaging/windows/build-qt-mingw.sh --check [PART...]  exit 0 if every part (or each PART) is built,
#                                                               1 otherwise (builds nothing)
#        packaging/windows/build-qt-mingw.sh --prefix print the Qt prefix
set -euo pipefail
shopt -s inherit_errexit
here="$(cd "$(dirname "$0")" && pwd)"
cache="${CLOUDPC_MINGW_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cloudpc-mingw}"
prefix="$cache/qt-6.4.2"
jobs="${CLOUDPC_JOBS:-2}"
toolchain="$here/mingw-w64-x86_64.cmake"
parts=(qtbase qtsvg qtnetworkauth qtkeychain)
declare -A source_package=([qtbase]=qt6-base [qtsvg]=qt6-svg [qtnetworkauth]=qt6-networkauth [qtkeychain]=qtkeychain)
# The versions the product's native build uses (Debian 12): the Windows Qt is the same Qt.
declare -A source_version=([qtbase]=6.4.2+dfsg-10 [qtsvg]=6.4.2-2 [qtnetworkauth]=6.4.2-1 [qtkeychain]=0.13.2-5)

# Options of each part (the stamp records them: a change rebuilds that part).
common=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix")
qtbase_options=(
    "${common[@]}" -DCMAKE_TOOLCHAIN_FILE="$toolchain"
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DQT_QMAKE_TARGET_MKSPEC=win32-g++
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF
    # Only what the product needs, and Test, so that its unit tests can run under Wine too.
    -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_printsupport=OFF -DFEATURE_concurrent=OFF -DFEATURE_testlib=ON
    -DFEATURE_openssl=OFF -DFEATURE_icu=OFF
    # Qt's bundled third-party code instead of libraries that MinGW does not have.
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_freetype=OFF
    -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF -DFEATURE_system_doubleconversion=OFF
    # Debian's tarball drops src/3rdparty/wintab (not DFSG-free), which tablet events on Windows need.
    -DFEATURE_tabletevent=OFF
    # OpenGL stays on (dynamic, loaded at run time): FEATURE_opengl=OFF does not compile the windows platform plugin in 6.4.2.
)
# Add-on modules: Qt's own toolchain file of the Qt just built, which finds the host tools and loads ours (named
# again, so that the cache keeps working when the repository moves).
qt_toolchain=(-DCMAKE_TOOLCHAIN_FILE="$prefix/lib/cmake/Qt6/qt.toolchain.cmake" -DQT_CHAINLOAD_TOOLCHAIN_FILE="$toolchain")
addon_options=("${common[@]}" "${qt_toolchain[@]}" -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF)
qtsvg_options=("${addon_options[@]}")
qtnetworkauth_options=("${addon_options[@]}")
qtkeychain_options=("${common[@]}" "${qt_toolchain[@]}" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF -DBUILD_SHARED_LIBS=ON)

stamp_of() { echo "$cache/stamps/$1.done"; }
stamp_text() { # two lines: the source package, the options (with the toolchain file's contents, not its place)
    local -n options="${1}_options"
    local text="${options[*]}"
    printf '%s %s\n%s toolchain %s\n' "${source_package[$1]}" "${source_version[$1]}" "${text//$here\//}" \
        "$(md5sum <"$toolchain" | cut -c1-12)"
}
is_built() { [ -f "$(stamp_of "$1")" ] && [ "$(head -n 2 "$(stamp_of "$1")")" = "$(stamp_text "$1")" ]; }

case "${1:-}" in
    --prefix) echo "$prefix"; exit 0 ;;
    --check)
        shift
        checked=("$@")
        [ "${#checked[@]}" -gt 0 ] || checked=("${parts[@]}")
        for part in "${checked[@]}"; do
            [ -n "${source_package[$part]:-}" ] || { echo "build-qt-mingw: no part named $part" >&2; exit 2; }
            is_built "$part" || { echo "build-qt-mingw: $part is not built in $cache"; exit 1; }
        done
        echo "build-qt-mingw: ${checked[*]} built in $prefix"; exit 0 ;;
    "") ;;
    *) echo "usage: $0 [--check|--prefix]" >&2; exit 2 ;;
esac

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

# Source packages come from the Debian archive this machine is configured for: add deb-src next to its deb lines.
enable_deb_src() {
    if apt-cache showsrc qt6-base 2>/dev/null | grep -q '^Package: qt6-base'; then return; fi
    local list=/etc/apt/sources.list.d/cloudpc-deb-src.sources
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | "${as_root[@]}" tee "$list" >/dev/null
    elif [ -f /etc/apt/sources.list ]; then
        list=/etc/apt/sources.list.d/cloudpc-deb-src.list
        sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | "${as_root[@]}" tee "$list" >/dev/null
    else
        echo "build-qt-mingw: no Debian archive configured in /etc/apt" >&2; exit 1
    fi
    echo "build-qt-mingw: enabled source packages in $list"
    "${as_root[@]}" apt-get update -qq
}

# Unpacks (with Debian's patches applied) into $cache/src/<package>-<upstream version>; prints that folder.
fetch_source() {
    local package="${source_package[$1]}" version="${source_version[$1]}"
    local dir="$cache/src/$package-${version%-*}" # dpkg-source unpacks into <package>-<upstream version>
    if [ ! -f "$dir/.unpacked" ]; then
        enable_deb_src
        mkdir -p "$cache/src"
        if ! (cd "$cache/src" && rm -rf "$dir" && apt-get source -qq "$package=$version" >&2); then
            echo "build-qt-mingw: $1: the Debian archive configured here did not give the source package" \
                 "$package $version (apt-get source failed, see above)" >&2
            exit 1
        fi
        touch "$dir/.unpacked"
    fi
    echo "$dir"
}

build_part() {
    local part="$1" start=$SECONDS
    local -n options="${part}_options"
    if is_built "$part"; then
        echo "build-qt-mingw: $part already built ($(sed -n 3p "$(stamp_of "$part")"))"
        return
    fi
    echo "build-qt-mingw: $part: fetching ${source_package[$part]} ${source_version[$part]}"
    local src build="$cache/build/$part"
    src="$(fetch_source "$part")"
    # An interrupted build goes on where it stopped: the build folder is kept, and configured again only when
    # the options changed (CMake takes changed options into its cache; configuring qtbase alone takes minutes).
    mkdir -p "$build"
    if [ -f "$build/build.ninja" ] && [ "$(cat "$build/.options" 2>/dev/null)" = "$(stamp_text "$part")" ]; then
        echo "build-qt-mingw: $part: going on with the build configured in $build"
    else
        echo "build-qt-mingw: $part: configuring (log: $build/configure.log)"
        if ! nice -n 10 cmake -S "$src" -B "$build" "${options[@]}" >"$build/configure.log" 2>&1; then
            tail -n 40 "$build/configure.log" >&2; echo "build-qt-mingw: $part: configure failed" >&2; exit 1
        fi
        stamp_text "$part" >"$build/.options"
    fi
    echo "build-qt-mingw: $part: building with $jobs jobs (log: $build/build.log)"
    if ! nice -n 10 cmake --build "$build" -j "$jobs" >"$build/build.log" 2>&1; then
        grep -E -m 20 'error|Error' "$build/build.log" >&2 || tail -n 40 "$build/build.log" >&2
        echo "build-qt-mingw: $part: build failed" >&2; exit 1
    fi
    cmake --install "$build" >"$build/install.log" 2>&1
    local took=$((SECONDS - start))
    mkdir -p "$cache/stamps"
    { stamp_text "$part"; echo "took $((took / 60)) min $((took % 60)) s"; } >"$(stamp_of "$part")"
    echo "build-qt-mingw: $part: done in $((took / 60)) min $((took % 60)) s"
}

command -v x86_64-w64-mingw32-g++-posix >/dev/null && command -v dpkg-source >/dev/null && [ -x /usr/lib/qt6/libexec/moc ] || {
    echo "build-qt-mingw: run 'bash packaging/install-deps.sh windows' first" >&2; exit 1; }
total_start=$SECONDS
for part in "${parts[@]}"; do build_part "$part"; done
total=$((SECONDS - total_start))
echo "build-qt-mingw: Qt for MinGW in $prefix ($(du -sh "$prefix" | cut -f1)); this run took $((total / 60)) min $((total % 60)) s"
