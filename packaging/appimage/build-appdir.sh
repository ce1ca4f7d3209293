#!/usr/bin/env bash
# Builds an AppDir (the tree an AppImage is made of) from an installed build: the three programs (stripped), the Qt
# libraries and the plugins they load, qt.conf, AppRun, the desktop file, icon and AppStream metadata where AppImage
# tools look for them.
# Usage: packaging/appimage/build-appdir.sh BUILD_DIR APPDIR
set -euo pipefail
build="$1"
appdir="$2"
app_id=io.github.cloudpcconsole.CloudPcConsole
qt_plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins

rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --prefix /usr --strip >/dev/null

# Plugins Qt loads for the console, and no others: the X11 and offscreen platforms (Wayland ones where installed;
# without them Qt falls back to X11/XWayland), xcb's GL integrations, SVG icons, the image formats of qtbase (the
# ones of qt6-image-formats-plugins, TIFF, WebP, MNG and the like, pulled in libraries the console never reads),
# TLS, network information and input methods. Left out: eglfs, linuxfb, vnc, minimal and vkkhrdisplay platforms
# and their input and device plugins (generic/, egldeviceintegrations/), which only matter without a desktop.
plugins=(
    platforms/libqxcb.so platforms/libqoffscreen.so 'platforms/libqwayland-*.so'
    'xcbglintegrations/*.so'
    iconengines/libqsvgicon.so
    imageformats/libqsvg.so imageformats/libqico.so imageformats/libqjpeg.so imageformats/libqgif.so
    'tls/*.so' 'networkinformation/*.so' 'platforminputcontexts/*.so'
    'wayland-shell-integration/*.so' 'wayland-decoration-client/*.so' 'wayland-graphics-integration-client/*.so'
)
for pattern in "${plugins[@]}"; do
    for plugin in $qt_plugins/$pattern; do
        [ -f "$plugin" ] || continue
        dir="$appdir/usr/plugins/$(basename "$(dirname "$plugin")")"
        mkdir -p "$dir"
        cp -a "$plugin" "$dir/"
    done
done
[ -f "$appdir/usr/plugins/platforms/libqxcb.so" ] || { echo "build-appdir: no xcb platform plugin" >&2; exit 1; }

# Libraries: everything the programs and plugins link to, except what every desktop Linux has and must
# not be bundled (C runtime, GL, X11 and libxcb itself, fontconfig/freetype, D-Bus, glib). The xcb utility and
# extension libraries Qt's xcb plugin uses (icccm, image, keysyms, render-util, xinerama, xkb, ...) are bundled:
# not every desktop installs them all.
exclude='^(libc|libm|libdl|librt|libpthread|libstdc\+\+|libgcc_s|ld-linux-x86-64|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libX11|libX11-xcb|libXext|libXrender|libXau|libXdmcp|libXi|libXfixes|libxcb|libxcb-dri2|libxcb-dri3|libxcb-glx|libxcb-present|libfontconfig|libfreetype|libdbus-1|libglib-2\.0|libgobject-2\.0|libgthread-2\.0|libgio-2\.0|libgmodule-2\.0|libz|libexpat|libuuid|libresolv|libnsl|libutil)\.so'
# Only what is reached without going through an excluded library: the libraries behind the system's own
# (libsystemd and libgcrypt behind libdbus-1, say) stay the system's, matching it.
mkdir -p "$appdir/usr/lib"
mapfile -t queue < <(find "$appdir/usr/bin" "$appdir/usr/plugins" -type f \( -perm -u+x -o -name '*.so*' \))
declare -A bundled=()
while [ "${#queue[@]}" -gt 0 ]; do
    elf="${queue[0]}"
    queue=("${queue[@]:1}")
    declare -A found=()
    while read -r name path; do found[$name]="$path"; done < <(ldd "$elf" 2>/dev/null | awk '/=> \// { print $1, $3 }')
    for name in $(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        if [[ "$name" =~ $exclude ]] || [ -n "${bundled[$name]:-}" ]; then continue; fi
        [ -n "${found[$name]:-}" ] || { echo "build-appdir: $elf needs $name, which is not installed" >&2; exit 1; }
        bundled[$name]=1
        cp -L "${found[$name]}" "$appdir/usr/lib/$name"
        queue+=("$appdir/usr/lib/$name")
    done
    unset found
done

# OpenSSL 3, which Qt's TLS backend loads at run time (dlopen, so no NEEDED entry names it): AppRun uses the
# system's where there is one, which gets the system's security updates, and this copy only where there is none.
mkdir -p "$appdir/usr/lib/openssl"
for lib in libssl.so.3 libcrypto.so.3; do
    cp -L "/usr/lib/x86_64-linux-gnu/$lib" "$appdir/usr/lib/openssl/"
done

# Qt's own translations for the console's languages (its own are compiled in), where qt.conf points.
mkdir -p "$appdir/usr/share/cloudpc-console/translations"
for qm in /usr/share/qt6/translations/qtbase_de.qm /usr/share/qt6/translations/qtbase_fr.qm; do
    if [ -f "$qm" ]; then cp "$qm" "$appdir/usr/share/cloudpc-console/translations/"; fi
done

cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = share/cloudpc-console/translations
CONF

cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
# Starts the console. Started through a link named cloudpcctl or cloudpc-emulator (ARGV0, set by the AppImage
# runtime, or $0), or with that name as the first argument (CloudPcConsole.AppImage cloudpcctl ...), that program.
here="$(dirname "$(readlink -f "$0")")"
libs="$here/usr/lib"
for dir in /usr/lib/x86_64-linux-gnu /lib/x86_64-linux-gnu /usr/lib64 /lib64 /usr/lib /lib ""; do
    [ -z "$dir" ] && libs="$libs:$here/usr/lib/openssl" # no system OpenSSL 3: the bundled one
    [ -n "$dir" ] && [ -e "$dir/libssl.so.3" ] && break
done
export LD_LIBRARY_PATH="$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$here/usr/plugins"
program=cloudpc-console
case "$(basename "${ARGV0:-$0}")" in
    cloudpcctl*) program=cloudpcctl ;;
    cloudpc-emulator*) program=cloudpc-emulator ;;
    *)
        case "${1:-}" in
            cloudpcctl | cloudpc-emulator | cloudpc-console)
                program="$1"
                shift
                ;;
        esac
        ;;
esac
exec "$here/usr/bin/$program" "$@"
RUN
chmod +x "$appdir/AppRun"

# Desktop file, icon and AppStream metadata where the AppImage specification and its tools look: one .desktop
# file and the icon at the top, .DirIcon, and usr/share/metainfo/$ID.appdata.xml (the .deb's .metainfo.xml name
# is the newer one, but AppImage tools read .appdata.xml).
cp "$appdir/usr/share/applications/$app_id.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/"
ln -sf "$app_id.png" "$appdir/.DirIcon"
mv "$appdir/usr/share/metainfo/$app_id.metainfo.xml" "$appdir/usr/share/metainfo/$app_id.appdata.xml"
echo "build-appdir: $appdir ($(du -sh "$appdir" | cut -f1))"
