#!/usr/bin/env bash
# Installs what is missing, builds Balise with warnings as errors, and runs the whole test suite; then
# runs it again under the French and the C locale, builds Balise with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer and runs the suite once more, and replays and fuzzes every importer for a
# bounded time (tests/RELIABILITY.md). Exits non-zero on any failure.
# BUILD_DIR (default build-test), SANITIZE_DIR (default build-sanitize), JOBS and FUZZ_SECONDS (per
# target, default 30) may be set; BALISE_QUICK=1 stops after the first run of the suite.
set -euo pipefail
cd "$(dirname "$0")"
source cmake/setup-debian.sh
balise_install_packages
balise_ensure_french_locale

BUILD_DIR=${BUILD_DIR:-build-test}
SANITIZE_DIR=${SANITIZE_DIR:-build-sanitize}
JOBS=${JOBS:-$(nproc)}
step() { echo; echo "=== $* ($(date +%H:%M:%S))"; }

step "Build and test"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBALISE_WERROR=ON -DBALISE_BUILD_TESTS=ON
cmake --build "$BUILD_DIR" --parallel "$JOBS"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$JOBS" --timeout 300
if [ "${BALISE_QUICK:-0}" = 1 ]; then
    exit 0
fi

# CTest gives every test LC_ALL=C.UTF-8; these runs call the test programs directly under other locales
# (the crash-safety test, which only repeats itself, is left out).
for locale in fr_FR.UTF-8 C; do
    step "The suite under LANG=$locale"
    for suite in core_tests cli_tests ui_tests; do
        LANG=$locale LC_ALL=$locale "$BUILD_DIR/tests/$suite" '~[crash]' --warn NoTests > "$BUILD_DIR/locale-$locale-$suite.log" 2>&1 ||
            { tail -60 "$BUILD_DIR/locale-$locale-$suite.log"; exit 1; }
        tail -n 2 "$BUILD_DIR/locale-$locale-$suite.log" | sed "s/^/  $suite: /"
    done
done

step "Build with clang, ASan and UBSan (and the fuzz targets)"
CC=clang CXX=clang++ cmake -S . -B "$SANITIZE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBALISE_FUZZ=ON \
    -DBALISE_BUILD_TESTS=ON
cmake --build "$SANITIZE_DIR" --parallel "$JOBS"

step "The suite under ASan and UBSan"
# Any report aborts the test that caused it. Fewer kills than in the first run: each costs more here.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 BALISE_CRASH_KILLS=40 \
    ctest --test-dir "$SANITIZE_DIR" --output-on-failure --parallel "$JOBS" --timeout 600

step "Fuzzing: every corpus replayed, every target fuzzed for ${FUZZ_SECONDS:-30} s"
tests/fuzz/run-fuzzers.sh "$SANITIZE_DIR" "${FUZZ_SECONDS:-30}" "$SANITIZE_DIR/fuzz-work"
