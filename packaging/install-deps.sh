#!/usr/bin/env bash
# Installs what a Debian 12 machine needs to build (and, with "test", to test) Cloud PC Console.
# Only packages that are missing are installed; nothing is downloaded from outside Debian's archive.
# Usage: packaging/install-deps.sh [build|test|demo|package|bench|fuzz|windows]
set -euo pipefail

purpose="${1:-build}"
build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins
)
# qt6-translations-l10n: Qt's own strings (dialog buttons, context menus) in the console's languages, loaded when
# present; tst_translations checks them.
test_packages=(xvfb xauth dbus dbus-x11 gnome-keyring clang-format libsecret-tools qt6-translations-l10n)
demo_packages=(xvfb xauth qt6-translations-l10n)
# The AppImage: its runtime links Debian's static squashfuse, libfuse 3 and compression libraries; mksquashfs
# makes the image, appstreamcli checks its metadata, libappimage-dev is the independent reader install-test.sh
# checks it with, fuse3 (fusermount3) lets the runtime's test mount it as an unprivileged user.
# debootstrap makes install-test.sh's clean root; python3 reads its screenshots.
package_packages=(dpkg-dev fakeroot wixl file
    gcc libsquashfuse-dev libfuse3-dev libzstd-dev liblzma-dev liblz4-dev liblzo2-dev zlib1g-dev squashfs-tools
    appstream libappimage-dev fuse3 debootstrap python3)
bench_packages=(curl)
# libFuzzer and the sanitizer runtimes come with clang's runtime package; llvm-14 brings llvm-symbolizer.
fuzz_packages=(clang-14 libclang-rt-14-dev llvm-14)
# The Windows build (packaging/windows/): the MinGW-w64 cross compiler (posix threads, which Qt 6 needs),
# dpkg-dev to unpack Debian's Qt source packages, wixl for the MSI, and Wine on a virtual X server (ImageMagick
# for its screenshots) for the smoke test.
windows_packages=(g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 dpkg-dev wixl wine wine64 xvfb xauth
                  imagemagick python3)

packages=("${build_packages[@]}")
case "$purpose" in
    build) ;;
    test) packages+=("${test_packages[@]}") ;;
    demo) packages+=("${demo_packages[@]}") ;;
    package) packages+=("${package_packages[@]}") ;;
    bench) packages+=("${bench_packages[@]}") ;;
    fuzz) packages+=("${fuzz_packages[@]}") ;;
    windows) packages+=("${windows_packages[@]}") ;;
    *) echo "usage: $0 [build|test|demo|package|bench|fuzz|windows]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: everything needed for '$purpose' is installed"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "install-deps: these packages are missing and this is not root (no sudo): ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
