#!/usr/bin/env bash
# The packages as a user gets them: builds the .deb with CPack from BUILD_DIR, unpacks it with
# dpkg-deb -x into a temporary root, checks its control fields and that every file is where Debian and
# freedesktop.org look for it, validates the desktop entry, the AppStream metadata, the MIME types and
# the manual page with Debian's own tools when they are installed, runs the unpacked `balise` on the
# sample project, and checks that the .tar.gz holds the same files.
# Usage: check-deb.sh BUILD_DIR SOURCE_DIR. Says what it checks; exits non-zero at the first failure.
set -euo pipefail
BUILD_DIR=$(realpath "$1")
SOURCE_DIR=$(realpath "$2")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

APP_ID=org.example.balise
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")
[ -n "$VERSION" ] || fail "no package version in $BUILD_DIR/CPackConfig.cmake"

# --- Build the package (into the work folder, so that parallel runs do not meet) --------------------
cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB -B "$WORK/package" > "$WORK/cpack.log" 2>&1 ||
    { cat "$WORK/cpack.log"; fail "cpack -G DEB"; }
DEB=$(ls "$WORK"/package/balise_*.deb 2>/dev/null | head -n 1)
[ -f "$DEB" ] || { cat "$WORK/cpack.log"; fail "cpack made no .deb"; }
ok "cpack made $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"

# --- Control fields -------------------------------------------------------------------------------
field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = balise ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)', the project says $VERSION"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
depends=$(field Depends)
for needed in libqt6widgets6 libqt6svg6 libsqlite3-0 qt6-qpa-plugins libqcustomplot2.1-qt6 libboost-serialization; do
    case "$depends" in *"$needed"*) ;; *) fail "Depends lacks $needed: $depends" ;; esac
done
description=$(field Description)
case "$description" in *"local"*"Français"*"collectivités"*) ;; *) fail "the description is not in English and French" ;; esac
ok "control fields: balise $VERSION, section science, depends on Qt, its plugins, SQLite, QCustomPlot and Boost"

# --- Files where they belong --------------------------------------------------------------------------
ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
expect() { [ -s "$ROOT/$1" ] || fail "the package has no $1"; }
expect usr/bin/balise
[ -x "$ROOT/usr/bin/balise" ] || fail "usr/bin/balise is not executable"
expect "usr/share/applications/$APP_ID.desktop"
expect "usr/share/metainfo/$APP_ID.metainfo.xml"
expect "usr/share/mime/packages/$APP_ID.xml"
expect usr/share/man/man1/balise.1.gz
expect usr/share/doc/balise/copyright
expect "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    png="usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    expect "$png"
    file -b "$ROOT/$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a $size×$size PNG"
done
# Nothing of the build (tests, benchmarks, sanitizer runtimes) comes along.
unexpected=$(cd "$ROOT" && find . -type f | grep -v -E '^\./usr/(bin/balise|share/(applications|metainfo|mime/packages|man/man1|doc/balise|icons/hicolor)/)' || true)
[ -z "$unexpected" ] || fail "files that do not belong in the package: $unexpected"
if file -b "$ROOT/usr/bin/balise" | grep -q 'not stripped'; then
    fail "usr/bin/balise keeps its debugging information"
fi
ok "$(cd "$ROOT" && find . -type f | wc -l) files, each where it belongs; the program is stripped"

# --- Validators, where installed (the Debian packages desktop-file-utils, appstream, shared-mime-info, man-db)
if command -v desktop-file-validate > /dev/null; then
    # Hints count too: it must say nothing at all.
    desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop" > "$WORK/desktop.log" 2>&1 ||
        { cat "$WORK/desktop.log"; fail "desktop-file-validate"; }
    [ -s "$WORK/desktop.log" ] && { cat "$WORK/desktop.log"; fail "desktop-file-validate had remarks"; }
    ok "desktop-file-validate"
else
    echo "skipped: desktop-file-validate (install desktop-file-utils)"
fi
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net --pedantic "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" ||
        fail "appstreamcli validate"
    ok "appstreamcli validate"
else
    echo "skipped: appstreamcli validate (install appstream)"
fi
if command -v update-mime-database > /dev/null; then
    # Compiled with freedesktop.org's own types beside it, as on a desktop: a fault in the XML fails here.
    mkdir -p "$WORK/mime/packages"
    cp "$ROOT/usr/share/mime/packages/$APP_ID.xml" "$WORK/mime/packages/"
    [ -f /usr/share/mime/packages/freedesktop.org.xml ] && cp /usr/share/mime/packages/freedesktop.org.xml "$WORK/mime/packages/"
    XDG_DATA_DIRS="$WORK" update-mime-database "$WORK/mime" 2> "$WORK/mime.log" || { cat "$WORK/mime.log"; fail "update-mime-database"; }
    [ -s "$WORK/mime.log" ] && { cat "$WORK/mime.log"; fail "update-mime-database warned"; }
    grep -q '^application/x-balise-project:\*\.balise$' "$WORK/mime/globs" || fail "*.balise is not a project"
    grep -q '^application/x-balise-template:\*\.balise-template$' "$WORK/mime/globs" || fail "*.balise-template is not a template"
    ok "update-mime-database: *.balise and *.balise-template have their types"
else
    echo "skipped: update-mime-database (install shared-mime-info)"
fi
if command -v man > /dev/null; then
    # Every subcommand is in the manual page, and it renders without a warning.
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$ROOT/usr/share/man/man1/balise.1.gz" > "$WORK/man.txt" 2> "$WORK/man.log" ||
        { cat "$WORK/man.log"; fail "man could not render balise(1)"; }
    [ -s "$WORK/man.log" ] && { cat "$WORK/man.log"; fail "man warned on balise(1)"; }
    for command in new info validate import evaluate analyze export templates bench; do
        grep -q "^ *balise $command" "$WORK/man.txt" || fail "balise(1) does not describe balise $command"
    done
    grep -q "$VERSION" "$WORK/man.txt" || fail "balise(1) does not give version $VERSION"
    ok "balise(1) renders without a warning and covers every subcommand"
else
    echo "skipped: man (install man-db)"
fi

# --- The unpacked program runs --------------------------------------------------------------------
BALISE="$ROOT/usr/bin/balise"
[ "$("$BALISE" --version)" = "balise $VERSION" ] || fail "balise --version printed '$("$BALISE" --version)'"
ok "balise --version: $("$BALISE" --version)"
SAMPLE="$SOURCE_DIR/samples/microgrid"
PROJECT="$WORK/sample.balise"
"$BALISE" new "$PROJECT" --framework "$SAMPLE/framework.csv" --name "Micro-réseau" > "$WORK/run.log" 2>&1 ||
    { cat "$WORK/run.log"; fail "balise new"; }
"$BALISE" import "$PROJECT" "$SAMPLE/services.csv" >> "$WORK/run.log" 2>&1 || { cat "$WORK/run.log"; fail "balise import services"; }
"$BALISE" import "$PROJECT" "$SAMPLE/measurements.csv" >> "$WORK/run.log" 2>&1 ||
    { cat "$WORK/run.log"; fail "balise import measurements"; }
env -u DISPLAY -u WAYLAND_DISPLAY "$BALISE" evaluate "$PROJECT" --format csv > "$WORK/scores.csv" 2>> "$WORK/run.log" ||
    { cat "$WORK/run.log"; fail "balise evaluate"; }
head -n 1 "$WORK/scores.csv" | grep -q '^period,service,node,level,score,coverage,light,rank$' ||
    fail "balise evaluate wrote no score table"
rows=$(grep -c ',_overall,overall,' "$WORK/scores.csv" || true)
[ "$rows" -ge 1 ] || fail "balise evaluate gave no overall score"
ok "the unpacked balise builds the sample project and scores it headless ($rows overall scores)"

# --- The .tar.gz holds the same installation ------------------------------------------------------
cpack --config "$BUILD_DIR/CPackConfig.cmake" -G TGZ -B "$WORK/tgz" > "$WORK/cpack-tgz.log" 2>&1 ||
    { cat "$WORK/cpack-tgz.log"; fail "cpack -G TGZ"; }
TGZ=$(ls "$WORK"/tgz/balise-*.tar.gz 2>/dev/null | head -n 1)
[ -f "$TGZ" ] || fail "cpack made no .tar.gz"
deb_files=$(cd "$ROOT/usr" && find . -type f | sort)
tgz_files=$(tar -tzf "$TGZ" | grep -v '/$' | sed 's|^[^/]*/|./|' | sort)
[ "$deb_files" = "$tgz_files" ] || { diff <(echo "$deb_files") <(echo "$tgz_files") || true; fail "the .tar.gz and the .deb differ"; }
ok "cpack made $(basename "$TGZ"), with the same $(echo "$tgz_files" | wc -l) files"
echo "The packages are complete."
