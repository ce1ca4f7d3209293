#!/usr/bin/env bash
# Builds the release and everything that can be packaged here: the .deb (CPack), the AppImage (with its runtime,
# built and tested first, and the AppDir it is made of), and the MSI authoring check (wixl). Output in
# build/release/packages/.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh package
packaging/build.sh release -DCLOUDPC_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr
out=build/release/packages
mkdir -p "$out"
(cd build/release && cpack -G DEB -B "$PWD/packages" >/dev/null)
rm -rf "$out/_CPack_Packages"

# The AppImage: the runtime (packaging/appimage/runtime, its own C project) and its test, the AppDir, the image.
cmake -S packaging/appimage/runtime -B build/appimage-runtime -G Ninja >/dev/null
cmake --build build/appimage-runtime
ctest --test-dir build/appimage-runtime --output-on-failure
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/release/CMakeCache.txt)
packaging/appimage/build-appdir.sh build/release "$out/CloudPcConsole.AppDir"
packaging/appimage/build-appimage.sh build/appimage-runtime/runtime "$out/CloudPcConsole.AppDir" \
    "$out/CloudPcConsole-$version-x86_64.AppImage"
packaging/msi/check-msi.sh build/release
cp build/release/packaging/msi/cloudpc-console.msi "$out/"
ls -la "$out"
