#!/usr/bin/env bash
# Install tests in clean Debian roots: debootstrap a minimal bookworm into a folder of the build once, then test each
# package in a fresh copy of it.
# - The .deb: installed with apt (which pulls its dependencies from the machine's own Debian mirror), then
#   `cloudpc-console --demo` starts offscreen and `cloudpcctl --demo cloudpcs list` runs.
# - The AppImage, in a root without Qt (only the libraries every desktop has, which the AppImage does not bundle),
#   as an unprivileged user and as root: cloudpcctl lists the demo tenant (by first argument and through a link
#   named cloudpcctl), the console draws its window offscreen on the demo tenant, through the FUSE mount where
#   /dev/fuse and fusermount3 allow (checking that nothing stays mounted after), with --appimage-extract-and-run and
#   APPIMAGE_EXTRACT_AND_RUN=1, and from --appimage-extract's squashfs-root; without FUSE it must say what to do.
#   Debian's libappimage reads it as an independent check (packaging/appimage/check-appimage.cpp).
# Needs root (chroot, mounts). Usage: packaging/install-test.sh [path/to/cloudpc-console.deb [path/to/.AppImage]]
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "install-test: run as root (it uses chroot)" >&2; exit 1; }
deb="${1:-$(ls build/release/packages/cloudpc-console_*.deb 2>/dev/null | head -1)}"
appimage="${2:-$(ls build/release/packages/CloudPcConsole-*-x86_64.AppImage 2>/dev/null | head -1)}"
[ -f "$deb" ] || { echo "install-test: no .deb; run packaging/build-packages.sh first" >&2; exit 1; }
[ -f "$appimage" ] || { echo "install-test: no AppImage; run packaging/build-packages.sh first" >&2; exit 1; }
packaging/install-deps.sh package >/dev/null
app_id=io.github.cloudpcconsole.CloudPcConsole
started=$SECONDS

# The mirror this machine already uses (deb822 or one-line sources).
mirror=$(grep -hoE '^URIs: +\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(grep -hoE '^deb +\S+' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -1)
base="$PWD/build/install-test-base"
cache="$PWD/build/install-test-cache"
root=""

unmount_root() {
    [ -n "$root" ] || return 0
    for m in proc dev/pts dev sys; do
        if mountpoint -q "$root/$m"; then umount -l "$root/$m"; fi
    done
}
trap unmount_root EXIT

if [ ! -x "$base/usr/bin/apt-get" ]; then
    rm -rf "$base"
    mkdir -p "$cache"
    echo "install-test: debootstrap bookworm from $mirror"
    debootstrap --variant=minbase --cache-dir="$cache" bookworm "$base" "$mirror" >/dev/null
    cp /etc/resolv.conf "$base/etc/resolv.conf" 2>/dev/null || true
    chroot "$base" sh -c 'apt-get update -qq'
fi

# A fresh copy of the debootstrapped root, with /proc, /dev and /sys: new_root NAME
new_root() {
    unmount_root
    root="$PWD/build/install-test-$1"
    rm -rf "$root"
    cp -a "$base" "$root"
    mount -t proc proc "$root/proc"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    mount -t sysfs sys "$root/sys"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }

# ---- The .deb ----
new_root deb
cp "$deb" "$root/tmp/cloudpc-console.deb"
in_root sh -ec '
    apt-get install -y -qq --no-install-recommends /tmp/cloudpc-console.deb >/dev/null
    test -f /usr/share/applications/io.github.cloudpcconsole.CloudPcConsole.desktop
    test -f /usr/share/metainfo/io.github.cloudpcconsole.CloudPcConsole.metainfo.xml
    test -f /usr/share/icons/hicolor/256x256/apps/io.github.cloudpcconsole.CloudPcConsole.png
    cloudpcctl --version
    rows=$(cloudpcctl --demo --format csv cloudpcs list | wc -l)
    echo "cloudpcctl listed $((rows - 1)) Cloud PCs"
    [ "$rows" -gt 1 ]
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp cloudpc-console --demo --screenshot /tmp/installed.png
    test -s /tmp/installed.png
    echo "cloudpc-console started and drew its window"
'
cp "$root/tmp/installed.png" build/release/packages/installed-screenshot.png
echo "install-test: .deb passed"

# ---- The AppImage ----
new_root appimage
# What the AppImage takes from the system (build-appdir.sh's exclude list), as a desktop has it: glibc, libstdc++,
# OpenGL/EGL (glvnd), X11 and libxcb, fontconfig and freetype (with a font), glib, D-Bus, zlib, expat. No Qt.
system_libraries=(libgl1 libegl1 libopengl0 libx11-6 libx11-xcb1 libxcb1 libxext6 libxrender1 libfontconfig1
    libfreetype6 libglib2.0-0 libdbus-1-3 zlib1g libexpat1)
in_root apt-get install -y -qq --no-install-recommends "${system_libraries[@]}" >/dev/null
if in_root sh -c 'ls /usr/lib/x86_64-linux-gnu/libQt6* /usr/lib/x86_64-linux-gnu/libqt6keychain* 2>/dev/null' |
    grep -q .; then
    echo "install-test: the AppImage's root has Qt libraries; it would not test what the AppImage bundles" >&2
    exit 1
fi
in_root useradd --create-home --uid 4242 tester
install -m 755 "$appimage" "$root/home/tester/CloudPcConsole.AppImage"
in_root ln -s CloudPcConsole.AppImage /home/tester/cloudpcctl
# As a user runs it: the user's own home and XDG folders, no D-Bus session (no keyring: the demo needs none).
as_user() {
    chroot --userspec=4242:4242 "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester USER=tester \
        XDG_RUNTIME_DIR=/tmp/tester-runtime QT_QPA_PLATFORM=offscreen sh -ec "cd /home/tester; $1"
}
as_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root XDG_RUNTIME_DIR=/tmp/root-runtime \
        QT_QPA_PLATFORM=offscreen sh -ec "cd /home/tester; $1"
}
mkdir -p -m 700 "$root/tmp/tester-runtime" "$root/tmp/root-runtime"
chown 4242:4242 "$root/tmp/tester-runtime"

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...
    local what="$1"
    shift
    if "$@"; then echo "ok: $what"; passed=$((passed + 1)); else echo "FAILED: $what"; failed=$((failed + 1)); fi
}
# Counts the Cloud PCs a CSV listing printed (header line excluded); fails when there are none.
lists_demo() { local rows; rows=$(grep -c . "$1"); echo "  $((rows - 1)) Cloud PCs"; [ "$rows" -gt 10 ]; }
# A screenshot of the console's window: a PNG of at least 600x400 that is not one flat colour.
drew_window() {
    python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
pos, idat = 8, b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
raw = zlib.decompress(idat)
print(f"  {width}x{height}, {len(set(raw))} distinct byte values")
assert width >= 600 and height >= 400, "too small for the main window"
assert len(set(raw)) > 16, "one flat colour: nothing drawn"
PY
}
screenshot_test() { # screenshot_test LABEL AS_FUNCTION COMMAND_PREFIX
    rm -f "$root/tmp/shot.png"
    check "$1: the console draws its window on the demo tenant" \
        "$2" "$3 --demo --screenshot /tmp/shot.png >/tmp/console.log 2>&1"
    if [ -f "$root/tmp/shot.png" ]; then
        check "$1: the screenshot shows a window" drew_window "$root/tmp/shot.png"
        cp "$root/tmp/shot.png" "build/release/packages/appimage-screenshot-$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-').png"
    else
        check "$1: a screenshot was written" false
        cat "$root/tmp/console.log" || true
    fi
}
not_in() { # not_in TEXT FILE: FILE does not contain TEXT
    if grep -F "$1" "$2"; then return 1; fi
}
nothing_mounted() {
    if grep -q '/\.mount_' "$root/proc/self/mountinfo"; then
        grep '/\.mount_' "$root/proc/self/mountinfo"
        return 1
    fi
    [ -z "$(find "$root/tmp" -maxdepth 1 \( -name '.mount_*' -o -name 'appimage_extracted_*' \))" ]
}
# The mount's server unmounts right after the application exits: allow it 5 s.
unmounted_soon() {
    for _ in $(seq 50); do
        if nothing_mounted >/dev/null; then return 0; fi
        sleep 0.1
    done
    nothing_mounted
}

# Independent reader: Debian's libappimage.
g++ -std=c++17 -Wall -Wextra -Werror -o build/release/packages/check-appimage packaging/appimage/check-appimage.cpp \
    -lappimage
offset=$("$appimage" --appimage-offset)
check "libappimage reads the AppImage" build/release/packages/check-appimage "$appimage" "$offset" "$app_id"

# Without FUSE for this user (no fusermount3 in this root yet, which an unprivileged mount needs): it says what to do.
set +e
out=$(as_user './CloudPcConsole.AppImage cloudpcctl --version' 2>&1)
status=$?
set -e
check "no FUSE: exit status 127" test "$status" -eq 127
check "no FUSE: says to run with APPIMAGE_EXTRACT_AND_RUN=1" grep -q "APPIMAGE_EXTRACT_AND_RUN=1" <<<"$out"
check "no FUSE: says to install fuse3" grep -q "install fuse3" <<<"$out"
check "no FUSE: leaves no mount point" nothing_mounted

# (b) cloudpcctl, and (c) the console, from an extracted copy (no FUSE needed), as the user.
check "extract-and-run: cloudpcctl --version" as_user './CloudPcConsole.AppImage --appimage-extract-and-run cloudpcctl --version'
as_user 'APPIMAGE_EXTRACT_AND_RUN=1 ./CloudPcConsole.AppImage cloudpcctl --demo --format csv cloudpcs list' \
    > "$root/tmp/list.csv" 2> "$root/tmp/list.err"
check "APPIMAGE_EXTRACT_AND_RUN=1: cloudpcctl lists the demo tenant" lists_demo "$root/tmp/list.csv"
# This root has no OpenSSL: Qt's TLS backend must find the bundled one (else no https to Graph at all).
check "TLS: Qt loads OpenSSL (the bundled copy here)" not_in "Failed to load libssl" "$root/tmp/list.err"
as_user 'APPIMAGE_EXTRACT_AND_RUN=1 ./cloudpcctl --demo --format csv cloudpcs list' > "$root/tmp/list.csv"
check "through a link named cloudpcctl: lists the demo tenant" lists_demo "$root/tmp/list.csv"
check "extract-and-run: cloudpc-emulator starts (--help)" \
    as_user './CloudPcConsole.AppImage --appimage-extract-and-run cloudpc-emulator --help >/dev/null'
screenshot_test "extract-and-run" as_user './CloudPcConsole.AppImage --appimage-extract-and-run'
screenshot_test "APPIMAGE_EXTRACT_AND_RUN=1" as_user 'APPIMAGE_EXTRACT_AND_RUN=1 ./CloudPcConsole.AppImage'
check "extract-and-run: the extracted copy is removed after" nothing_mounted

# (d) --appimage-extract yields the AppDir, which runs on its own.
check "--appimage-extract" as_user './CloudPcConsole.AppImage --appimage-extract >/dev/null'
for f in AppRun "$app_id.desktop" "$app_id.png" .DirIcon usr/bin/cloudpc-console usr/bin/cloudpcctl \
    usr/bin/cloudpc-emulator usr/bin/qt.conf usr/plugins/platforms/libqxcb.so "usr/share/metainfo/$app_id.appdata.xml"; do
    check "squashfs-root/$f" test -e "$root/home/tester/squashfs-root/$f"
done
as_user 'squashfs-root/AppRun cloudpcctl --demo --format csv cloudpcs list' > "$root/tmp/list.csv"
check "squashfs-root/AppRun cloudpcctl lists the demo tenant" lists_demo "$root/tmp/list.csv"
check "the extracted AppStream metadata is valid (appstreamcli)" \
    appstreamcli validate --no-net "$root/home/tester/squashfs-root/usr/share/metainfo/$app_id.appdata.xml"

# Through the FUSE mount, with fusermount3 installed as a user would have it: as the user where /dev/fuse lets them,
# else as root (who mounts without fusermount3).
if [ -c /dev/fuse ]; then
    in_root apt-get install -y -qq --no-install-recommends fuse3 >/dev/null
    runner=as_root
    if as_user 'test -r /dev/fuse -a -w /dev/fuse'; then runner=as_user; fi
    echo "  FUSE runs: $runner"
    "$runner" './CloudPcConsole.AppImage cloudpcctl --demo --format csv cloudpcs list' > "$root/tmp/list.csv"
    check "FUSE: cloudpcctl lists the demo tenant" lists_demo "$root/tmp/list.csv"
    check "FUSE: nothing stays mounted after cloudpcctl" unmounted_soon
    "$runner" './cloudpcctl --demo --format csv cloudpcs list' > "$root/tmp/list.csv"
    check "FUSE: through the link named cloudpcctl" lists_demo "$root/tmp/list.csv"
    check "FUSE: --appimage-mount mounts the AppDir until interrupted" "$runner" '
        rm -f /tmp/mp
        ./CloudPcConsole.AppImage --appimage-mount >/tmp/mp &
        pid=$!
        for i in $(seq 50); do [ -s /tmp/mp ] && break; sleep 0.1; done
        mp=$(cat /tmp/mp)
        grep -q " $mp " /proc/self/mountinfo && test -x "$mp/AppRun" && test -x "$mp/usr/bin/cloudpcctl"
        kill $pid
        wait $pid || true'
    check "FUSE: nothing stays mounted after --appimage-mount" unmounted_soon
    screenshot_test "FUSE" "$runner" './CloudPcConsole.AppImage'
    check "FUSE: nothing stays mounted after the console" unmounted_soon
else
    echo "  skip: FUSE runs (no /dev/fuse on this machine)"
fi

echo "install-test: AppImage $(du -h --apparent-size "$appimage" | cut -f1), $passed passed, $failed failed"
echo "install-test: took $((SECONDS - started)) s"
[ "$failed" -eq 0 ] || exit 1
echo "install-test: passed"
