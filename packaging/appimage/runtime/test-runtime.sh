#!/usr/bin/env bash
# Test of the AppImage runtime on a small AppImage made here: its options, the environment and arguments AppRun
# gets, exit statuses, extraction (all and by pattern), extract-and-run, the FUSE mount (as root, and as an
# unprivileged user through fusermount3 where both are possible) and that nothing stays mounted or behind after
# exit, and what it says for a damaged image and when FUSE fails.
# Usage: test-runtime.sh RUNTIME WORKDIR
set -euo pipefail
runtime="$(readlink -f "$1")"
rm -rf "$2"
mkdir -p "$2/tmp"
work="$(cd "$2" && pwd)"
chmod 1777 "$work" "$work/tmp"
export TMPDIR="$work/tmp"
passed=0
failed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
bad() { echo "FAILED: $1"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what="$1"
    shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}

# The AppDir: AppRun reports what it sees, then exits with the status given in $EXIT_WITH.
appdir="$work/Test App.AppDir"
mkdir -p "$appdir/usr/share/data" "$appdir/usr/bin"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
echo "APPIMAGE=$APPIMAGE"
echo "APPDIR=$APPDIR"
echo "ARGV0=$ARGV0"
echo "OWD=$OWD"
for a in "$@"; do echo "ARG=$a"; done
echo "DATA=$(cat "$APPDIR/usr/share/data/hello.txt")"
echo "LINK=$(cat "$APPDIR/hello-link")"
if grep -q " $APPDIR " /proc/self/mountinfo; then echo "MOUNTED=yes"; else echo "MOUNTED=no"; fi
exit "${EXIT_WITH:-0}"
RUN
chmod 755 "$appdir/AppRun"
echo "hello from the image" > "$appdir/usr/share/data/hello.txt"
head -c 300000 /dev/urandom > "$appdir/usr/bin/blob" # more than one squashfs block
chmod 755 "$appdir/usr/bin/blob"
ln -s usr/share/data/hello.txt "$appdir/hello-link"
mksquashfs "$appdir" "$work/image.sqfs" -root-owned -noappend -comp zstd -quiet >/dev/null
image="$work/Test App.AppImage"
cat "$runtime" "$work/image.sqfs" > "$image"
chmod 755 "$image"
runtime_size=$(stat -c %s "$runtime")

# Options of the runtime itself.
check "--appimage-offset is the runtime's size ($runtime_size)" \
    test "$("$image" --appimage-offset)" = "$runtime_size"
check "magic AI\\x02 at offset 8" test "$(od -An -tx1 -j8 -N3 "$image" | tr -d ' ')" = "414902"
if command -v readelf >/dev/null; then
    check "an empty .upd_info section of 1024 bytes (no update information)" \
        sh -c 'readelf -S -W "$1" | grep -qE "\.upd_info +PROGBITS +[0-9a-f]+ +[0-9a-f]+ +0*400 "' _ "$runtime"
fi
check "--appimage-version" sh -c '"$1" --appimage-version | grep -q "AppImage runtime"' _ "$image"
check "--appimage-help lists --appimage-extract-and-run" \
    sh -c '"$1" --appimage-help | grep -q -- --appimage-extract-and-run' _ "$image"
set +e
"$image" --appimage-bogus >/dev/null 2>&1
status=$?
set -e
check "an unknown --appimage- option is refused (exit 2)" test "$status" -eq 2

# --appimage-extract: everything, with modes and links; then only what a pattern matches.
mkdir "$work/x" && cd "$work/x"
"$image" --appimage-extract
check "extract: AppRun executable" test -x squashfs-root/AppRun
check "extract: file content" cmp -s squashfs-root/usr/bin/blob "$appdir/usr/bin/blob"
check "extract: symlink kept" test "$(readlink squashfs-root/hello-link)" = usr/share/data/hello.txt
mkdir "$work/y" && cd "$work/y"
"$image" --appimage-extract 'usr/share/*'
check "extract PATTERN: the match" test -f squashfs-root/usr/share/data/hello.txt
check "extract PATTERN: nothing else" test ! -e squashfs-root/AppRun -a ! -e squashfs-root/usr/bin/blob
cd "$work"

# A run: AppRun's view, arguments with spaces, exit status, and nothing left behind after.
run_and_check() { # run_and_check LABEL EXPECT_MOUNTED ARGV0 COMMAND...
    local label="$1" mounted="$2" argv0="$3"
    shift 3
    local out status
    set +e
    out=$(cd "$work/x" && EXIT_WITH=7 "$@" "one arg" --two 2>&1)
    status=$?
    set -e
    local appdir_seen
    appdir_seen=$(printf '%s\n' "$out" | sed -n 's/^APPDIR=//p')
    check "$label: exit status of AppRun (7)" test "$status" -eq 7
    check "$label: APPIMAGE is the file" grep -qxF "APPIMAGE=$image" <<<"$out"
    check "$label: ARGV0 is the name it was started by" grep -qxF "ARGV0=$argv0" <<<"$out"
    check "$label: OWD is the working directory" grep -qxF "OWD=$work/x" <<<"$out"
    check "$label: arguments passed as they were" \
        test "$(grep '^ARG=' <<<"$out" | tr '\n' '|')" = "ARG=one arg|ARG=--two|"
    check "$label: AppRun reads the image" grep -qxF "DATA=hello from the image" <<<"$out"
    check "$label: symlink in the image" grep -qxF "LINK=hello from the image" <<<"$out"
    check "$label: APPDIR below TMPDIR" test "${appdir_seen#"$TMPDIR"/}" != "$appdir_seen"
    check "$label: mounted while running: $mounted" grep -qxF "MOUNTED=$mounted" <<<"$out"
    # The mount's server unmounts right after the last process holding the image exits: allow it 5 s.
    local gone=no
    for _ in $(seq 50); do
        if ! grep -qF "$TMPDIR/" /proc/self/mountinfo && [ -z "$(ls -A "$TMPDIR")" ]; then
            gone=yes
            break
        fi
        sleep 0.1
    done
    check "$label: nothing mounted or left in TMPDIR after exit" test "$gone" = yes
    [ "$gone" = yes ] || { grep -F "$TMPDIR/" /proc/self/mountinfo || true; ls -la "$TMPDIR"; }
}
run_and_check "--appimage-extract-and-run" no "$image" "$image" --appimage-extract-and-run
run_and_check "APPIMAGE_EXTRACT_AND_RUN=1" no "$image" env APPIMAGE_EXTRACT_AND_RUN=1 "$image"
ln -sf "$image" "$work/linked-name"
run_and_check "started through a link" no "$work/linked-name" env APPIMAGE_EXTRACT_AND_RUN=1 "$work/linked-name"

if [ -c /dev/fuse ] && [ "$(id -u)" -eq 0 ]; then
    run_and_check "FUSE (root)" yes "$image" "$image"
    as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    if ! command -v setpriv >/dev/null || ! command -v fusermount3 >/dev/null; then
        echo "skip: FUSE as an unprivileged user (no setpriv or fusermount3)"
    elif "${as_nobody[@]}" test -r /dev/fuse -a -w /dev/fuse; then
        run_and_check "FUSE (unprivileged, fusermount3)" yes "$image" "${as_nobody[@]}" "$image"
    else
        # This machine keeps /dev/fuse for root: an unprivileged user gets the explanation instead.
        set +e
        out=$("${as_nobody[@]}" "$image" 2>&1)
        status=$?
        set -e
        check "no access to /dev/fuse: exit 127" test "$status" -eq 127
        check "no access to /dev/fuse: says so" grep -q "/dev/fuse is missing or not usable" <<<"$out"
        check "no access to /dev/fuse: says to use --appimage-extract-and-run" \
            grep -q -- "--appimage-extract-and-run" <<<"$out"
        check "no access to /dev/fuse: no mount point left" test -z "$(ls -A "$TMPDIR")"
    fi
    # --appimage-mount: prints the mount point, keeps it until interrupted.
    "$image" --appimage-mount > "$work/mount.out" &
    mounter=$!
    for _ in $(seq 50); do [ -s "$work/mount.out" ] && break; sleep 0.1; done
    mp=$(head -1 "$work/mount.out")
    check "--appimage-mount: AppRun in the mount" test -x "$mp/AppRun"
    kill -TERM "$mounter"
    wait "$mounter" || true
    for _ in $(seq 50); do grep -qF " $mp " /proc/self/mountinfo || break; sleep 0.1; done
    check "--appimage-mount: unmounted after SIGTERM" test ! -e "$mp"
    # A FUSE that cannot mount (/dev/fuse replaced by a regular file, in a private mount namespace).
    if command -v unshare >/dev/null; then
        : > "$work/not-fuse"
        set +e
        out=$(unshare -m sh -c 'mount --bind "$1" /dev/fuse && exec "$2"' _ "$work/not-fuse" "$image" 2>&1)
        status=$?
        set -e
        check "no FUSE: exit 127" test "$status" -eq 127
        check "no FUSE: says to use APPIMAGE_EXTRACT_AND_RUN=1" grep -q "APPIMAGE_EXTRACT_AND_RUN=1" <<<"$out"
        check "no FUSE: says to install fuse3" grep -q "apt install fuse3" <<<"$out"
        check "no FUSE: no mount point left" test -z "$(ls -A "$TMPDIR")"
    fi
else
    echo "skip: FUSE runs (need root and /dev/fuse)"
fi

# A damaged image: cut short, and one whose superblock is overwritten; and the bare runtime.
head -c "$((runtime_size + 4096))" "$image" > "$work/short.AppImage"
cp "$image" "$work/broken.AppImage"
printf 'XXXX' | dd of="$work/broken.AppImage" bs=1 seek="$runtime_size" conv=notrunc status=none
chmod 755 "$work/short.AppImage" "$work/broken.AppImage"
for damaged in short broken; do
    set +e
    out=$(APPIMAGE_EXTRACT_AND_RUN=1 "$work/$damaged.AppImage" 2>&1)
    status=$?
    set -e
    check "$damaged image: exit 127" test "$status" -eq 127
    check "$damaged image: says to download it again" grep -q "download it again" <<<"$out"
    check "$damaged image: nothing left in TMPDIR" test -z "$(ls -A "$TMPDIR")"
done
set +e
out=$("$runtime" 2>&1)
status=$?
set -e
check "bare runtime: says no image is appended" grep -q "no filesystem image appended" <<<"$out"

echo "appimage runtime: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
