#!/usr/bin/env bash
# Installs what is missing, builds Balise with warnings as errors, and runs the whole test suite.
# Exits non-zero on any failure. BUILD_DIR (default build-test) and JOBS may be set.
set -euo pipefail
cd "$(dirname "$0")"
source cmake/setup-debian.sh
balise_install_packages

BUILD_DIR=${BUILD_DIR:-build-test}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBALISE_WERROR=ON -DBALISE_BUILD_TESTS=ON
cmake --build "$BUILD_DIR" --parallel "$JOBS"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 300
