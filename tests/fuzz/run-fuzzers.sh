#!/usr/bin/env bash
# Replays the corpora through every fuzz target of a BALISE_FUZZ build, then fuzzes each for a bounded
# time. Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET [WORK_DIR]
# FUZZ_TARGETS (default: all six) chooses targets; FUZZ_RUNS=N fuzzes each for N executions instead of
# a time (SECONDS_PER_TARGET then only bounds it; 0 = no bound), as the long campaigns of
# tests/RELIABILITY.md do. FUZZ_FORK=N runs the fuzzing as N worker processes of one libFuzzer run
# (-fork=N; a worker's timeout or out-of-memory stops the run, as a crash does). A WORK_DIR used before
# goes on from the corpus it grew.
# Fails on the first crash, leak, timeout or undefined behaviour; the input that caused it is left in
# WORK_DIR/artifacts-TARGET/ (add it to the corpus as a regression case). Prints each target's
# executions, for tests/RELIABILITY.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${1:?build dir}
SECONDS_PER_TARGET=${2:-30}
WORK=${3:-$(mktemp -d)}
DATA=tests/data

# Project files to damage: two real projects saved with 512-byte pages (43 and 88 KB, so that the
# fuzzer's mutations reach every table), and the raw cases of the malformed corpus.
seeds_project="$WORK/seeds-project_file"
mkdir -p "$seeds_project"
cp "$DATA"/fuzz_seeds/project_file/*.balise "$DATA"/malformed/project_file/*.balise "$seeds_project/"

seeds_of() {
    case "$1" in
        template_reader) echo "$DATA/template_corpus $DATA/malformed/template_archive" ;;
        project_file) echo "$seeds_project" ;;
        *) echo "$DATA/malformed/$1" ;;
    esac
    # What the long campaigns grew, minimised (tests/RELIABILITY.md): replayed here, and a new campaign
    # starts from the coverage they reached instead of from the seeds.
    if [ -d "$DATA/fuzz_corpus/$1" ]; then echo "$DATA/fuzz_corpus/$1"; fi
}

# Allocation stacks are only needed to explain a report, and recording them costs a third of the
# executions: a report found this way is replayed with them (ASAN_OPTIONS unset) to be read.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
if [ -n "${FUZZ_RUNS:-}" ]; then
    budget=(-runs="$FUZZ_RUNS" -max_total_time="$SECONDS_PER_TARGET")
else
    budget=(-max_total_time="$SECONDS_PER_TARGET")
fi
if [ -n "${FUZZ_FORK:-}" ]; then
    budget+=(-fork="$FUZZ_FORK" -ignore_timeouts=0 -ignore_ooms=0)
fi
for target in ${FUZZ_TARGETS:-template_reader measurement_csv framework_csv answers_csv project_json project_file}; do
    fuzzer="$BUILD/tests/fuzz/${target}_fuzzer"
    artifacts="$WORK/artifacts-$target/"
    corpus="$WORK/corpus-$target"
    mkdir -p "$artifacts" "$corpus"
    # shellcheck disable=SC2046
    files=$(find $(seeds_of "$target") -type f | sort)
    echo "== $target: replaying $(echo "$files" | wc -l) corpus files"
    # shellcheck disable=SC2086
    "$fuzzer" -artifact_prefix="$artifacts" -rss_limit_mb=4096 -timeout=60 $files > "$WORK/replay-$target.log" 2>&1 ||
        { tail -40 "$WORK/replay-$target.log"; exit 1; }
    echo "== $target: fuzzing for ${FUZZ_RUNS:+$FUZZ_RUNS executions, at most }$SECONDS_PER_TARGET s"
    # shellcheck disable=SC2046
    # Room for a real project's pages; CSV files stay small, so that mutations stay fast (under ASan a
    # 64 KB CSV costs ten times a 4 KB one, and finds nothing a short file would not).
    case "$target" in
        project_file) max_len=131072 ;;
        measurement_csv | framework_csv | answers_csv) max_len=8192 ;;
        *) max_len=65536 ;;
    esac
    "$fuzzer" "$corpus" $(seeds_of "$target") "${budget[@]}" -max_len=$max_len \
        -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$artifacts" \
        > "$WORK/fuzz-$target.log" 2>&1 || { tail -60 "$WORK/fuzz-$target.log"; exit 1; }
    # (In fork mode the workers print the stats of their own jobs; the run's own count is its last
    # status line, "#EXECUTIONS: … time: SECONDS".)
    { grep -E '^stat::(number_of_executed_units|average_exec_per_sec)|^Done' "$WORK/fuzz-$target.log" || true; } |
        sed "s/^/   /"
    if [ -n "${FUZZ_FORK:-}" ]; then grep -E '^#[0-9]+: ' "$WORK/fuzz-$target.log" | tail -1 | sed "s/^/   /"; fi
done
