#!/usr/bin/env bash
# Install test of the .deb in a clean Debian root: debootstrap a minimal bookworm into a folder of the build,
# install the package there with apt (which pulls its dependencies from the machine's own Debian mirror), then
# start `cloudpc-console --demo` offscreen and run `cloudpcctl --demo cloudpcs list` inside it.
# Needs root (chroot, mounts). Usage: packaging/install-test.sh [path/to/cloudpc-console.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "install-test: run as root (it uses chroot)" >&2; exit 1; }
deb="${1:-$(ls build/release/packages/cloudpc-console_*.deb 2>/dev/null | head -1)}"
[ -f "$deb" ] || { echo "install-test: no .deb; run packaging/build-packages.sh first" >&2; exit 1; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null

# The mirror this machine already uses (deb822 or one-line sources).
mirror=$(grep -hoE '^URIs: +\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(grep -hoE '^deb +\S+' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -1)
root="$PWD/build/install-test-root"
cache="$PWD/build/install-test-cache"

cleanup() {
    for m in proc dev/pts dev sys; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
    rm -rf "$root"
    mkdir -p "$cache"
    echo "install-test: debootstrap bookworm from $mirror"
    debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" >/dev/null
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t sysfs sys "$root/sys"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/cloudpc-console.deb"

chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive \
    sh -ec '
    apt-get update -qq
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
echo "install-test: passed"
