#!/usr/bin/env bash
# Checks the MSI authoring quickly, without a Windows build: wixl builds an .msi from the configured .wxs, with
# placeholder files standing in for the Windows binaries. packaging/windows/build.sh builds the real MSI from the
# MinGW cross-build (see README, "Windows").
# Usage: packaging/msi/check-msi.sh BUILD_DIR
set -euo pipefail
build="$(readlink -f "$1")"
wxs="$build/packaging/msi/cloudpc-console.wxs"
stage="$build/packaging/msi/stage"
rm -rf "$stage" && mkdir -p "$stage"
# Every File/@Source and Icon/@SourceFile the authoring names gets a placeholder.
grep -oE '(Source|SourceFile)="[^"]+"' "$wxs" | sed -E 's/^[A-Za-z]+="(.*)"$/\1/' | while read -r file; do
    mkdir -p "$stage/$(dirname "$file")"
    printf 'placeholder for %s\n' "$file" > "$stage/$file"
done
cp "$build/packaging/msi/cloudpc-console.ico" "$stage/" # the real icon, rendered by the build
msi="$build/packaging/msi/cloudpc-console.msi"
(cd "$stage" && wixl --arch x64 -o "$msi" "$wxs")
echo "check-msi: $msi ($(stat -c %s "$msi") bytes)"
