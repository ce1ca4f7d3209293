#!/usr/bin/env bash
# Builds the release and everything that can be packaged here: the .deb (CPack), the AppDir, and the MSI
# authoring check (wixl). Output in build/release/packages/.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh package
packaging/build.sh release -DCLOUDPC_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr
out=build/release/packages
mkdir -p "$out"
(cd build/release && cpack -G DEB -B "$PWD/packages" >/dev/null)
rm -rf "$out/_CPack_Packages"
packaging/appimage/build-appdir.sh build/release "$out/CloudPcConsole.AppDir"
packaging/msi/check-msi.sh build/release
cp build/release/packaging/msi/cloudpc-console.msi "$out/"
ls -la "$out"
