#!/usr/bin/env bash
# Makes a type 2 AppImage: the AppDir as a squashfs image (mksquashfs, zstd) appended to the runtime of
# packaging/appimage/runtime. Checks what AppImage tools look for first: AppRun, one .desktop file and .DirIcon
# at the top, and valid AppStream metadata in usr/share/metainfo/*.appdata.xml.
# Usage: packaging/appimage/build-appimage.sh RUNTIME APPDIR OUTPUT.AppImage
set -euo pipefail
runtime="$1"
appdir="$2"
output="$3"
die() { echo "build-appimage: $*" >&2; exit 1; }

[ "$(od -An -tx1 -j8 -N3 "$runtime" | tr -d ' ')" = 414902 ] || die "$runtime is not an AppImage type 2 runtime"
[ -x "$appdir/AppRun" ] || die "$appdir has no executable AppRun"
mapfile -t desktops < <(find "$appdir" -maxdepth 1 -name '*.desktop')
[ "${#desktops[@]}" -eq 1 ] || die "$appdir must hold exactly one .desktop file at its top"
[ -e "$appdir/.DirIcon" ] || die "$appdir has no .DirIcon"
mapfile -t appdata < <(find "$appdir/usr/share/metainfo" -name '*.appdata.xml' 2>/dev/null)
[ "${#appdata[@]}" -eq 1 ] || die "$appdir must hold one usr/share/metainfo/*.appdata.xml"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "${appdata[0]}" >/dev/null || {
        appstreamcli validate --no-net "${appdata[0]}"
        die "${appdata[0]} is not valid AppStream metadata"
    }
fi

# Same input, same image: file times and the image's own time from the last commit (or SOURCE_DATE_EPOCH).
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$(dirname "$0")" log -1 --format=%ct 2>/dev/null || date +%s)}"
image="$output.squashfs"
rm -f "$image" "$output"
mksquashfs "$appdir" "$image" -root-owned -noappend -no-xattrs -comp zstd -Xcompression-level 19 -quiet \
    >/dev/null
cat "$runtime" "$image" > "$output.part"
rm -f "$image"
chmod 755 "$output.part"
mv "$output.part" "$output"

# The runtime must find the image where it was put.
[ "$("$output" --appimage-offset)" = "$(stat -c %s "$runtime")" ] || die "the runtime does not find its image"
echo "build-appimage: $output ($(du -h --apparent-size "$output" | cut -f1))"
