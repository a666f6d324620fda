#!/usr/bin/env bash
# Installs what is missing, builds Balise (Release), builds the sample project from samples/, and
# opens the workbench on it. Without a display it runs the main job headless instead: creates the
# sample project and prints its summary and its checks, saying where the files are.
set -euo pipefail
cd "$(dirname "$0")"
source cmake/setup-debian.sh
balise_install_packages

BUILD_DIR=${BUILD_DIR:-build-release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBALISE_BUILD_TESTS=OFF
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
BALISE="$BUILD_DIR/app/balise"

OUT_DIR=${OUT_DIR:-out}
mkdir -p "$OUT_DIR"
PROJECT="$OUT_DIR/microgrid.balise"
# The sample is rebuilt from its CSV files each time, so it always matches samples/.
rm -f "$PROJECT" "$PROJECT.lock"
"$BALISE" new "$PROJECT" --framework samples/microgrid/framework.csv \
    --name "Val d'Ardoise — micro-réseaux" \
    --territory "Communauté de communes du Val d'Ardoise" --kind rural --population 48200
"$BALISE" import "$PROJECT" samples/microgrid/services.csv
"$BALISE" import "$PROJECT" samples/microgrid/measurements.csv

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "No display: the workbench cannot open here, so here is the sample project instead."
    echo
    "$BALISE" info "$PROJECT"
    echo
    "$BALISE" validate "$PROJECT" || true
    echo
    "$BALISE" evaluate "$PROJECT"
    echo
    "$BALISE" analyze "$PROJECT" --uncertainty 1000 --weight-noise 0.25 --draw-aggregation
    echo
    echo "Sample project: $(realpath "$PROJECT")"
    echo "Program:        $(realpath "$BALISE")"
    echo "Open it on a desktop with: $BALISE $PROJECT"
    exit 0
fi
BALISE_SAMPLE_PROJECT="$(realpath "$PROJECT")" exec "$BALISE" "$PROJECT"
