#!/usr/bin/env bash
# Builds an AppDir (the tree an AppImage is made of) from an installed build: the three programs, the Qt libraries
# and plugins they load, qt.conf, AppRun, the desktop file and the icon.
# Usage: packaging/appimage/build-appdir.sh BUILD_DIR APPDIR
set -euo pipefail
build="$1"
appdir="$2"
app_id=io.github.cloudpcconsole.CloudPcConsole
qt_plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins

rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --prefix /usr >/dev/null

# Plugins the console needs: platforms (xcb, wayland, offscreen), SVG icons and images, TLS backends,
# network information, xcb GL integration.
mkdir -p "$appdir/usr/plugins"
for dir in platforms imageformats iconengines tls networkinformation xcbglintegrations wayland-shell-integration \
           wayland-decoration-client wayland-graphics-integration-client platforminputcontexts; do
    [ -d "$qt_plugins/$dir" ] && cp -a "$qt_plugins/$dir" "$appdir/usr/plugins/"
done

# Libraries: everything the programs and plugins link to, except what every desktop Linux has and must
# not be bundled (C runtime, GL, X11/xcb, fontconfig/freetype, D-Bus, glib).
exclude='^(libc|libm|libdl|librt|libpthread|libstdc\+\+|libgcc_s|ld-linux|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libX|libxcb|libfontconfig|libfreetype|libdbus-1|libglib-2|libgobject-2|libgthread-2|libgio-2|libz\.|libexpat|libuuid|libresolv|libnsl|libutil)'
mkdir -p "$appdir/usr/lib"
mapfile -t elves < <(find "$appdir/usr/bin" "$appdir/usr/plugins" -type f \( -perm -u+x -o -name '*.so*' \))
for elf in "${elves[@]}"; do
    ldd "$elf" 2>/dev/null | awk '/=> \// { print $3 }'
done | sort -u | while read -r lib; do
    name=$(basename "$lib")
    if ! [[ "$name" =~ $exclude ]]; then
        cp -L "$lib" "$appdir/usr/lib/$name"
    fi
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
# Starts the console; started through a link named cloudpcctl or cloudpc-emulator, that program instead.
here="$(dirname "$(readlink -f "$0")")"
export LD_LIBRARY_PATH="$here/usr/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$here/usr/plugins"
program=cloudpc-console
case "$(basename "${ARGV0:-$0}")" in
    cloudpcctl*) program=cloudpcctl ;;
    cloudpc-emulator*) program=cloudpc-emulator ;;
esac
exec "$here/usr/bin/$program" "$@"
RUN
chmod +x "$appdir/AppRun"
cp "$appdir/usr/share/applications/$app_id.desktop" "$appdir/"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/"
ln -sf "$app_id.png" "$appdir/.DirIcon"
echo "build-appdir: $appdir ($(du -sh "$appdir" | cut -f1))"
