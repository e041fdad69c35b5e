#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang and runs each for a bounded time
# from its committed seeds (EVB_FUZZ_SECONDS per target, 30 by default). New inputs go to
# a corpus in the build directory, never into the repository. Any crash, leak, timeout or
# undefined behaviour fails the run and leaves the input in the build directory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${EVB_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${EVB_FUZZ_SECONDS:-30}"
cxx="${EVB_FUZZ_CXX:-clang++}"

if [ ! -f "$build/CMakeCache.txt" ]; then
    # Same optional compiler launcher (ccache) as the main build, if one was asked for.
    launcher=""
    case "${EVB_CMAKE_ARGS:-}" in
    *CMAKE_CXX_COMPILER_LAUNCHER=*)
        launcher="$(sed -E 's/.*-DCMAKE_CXX_COMPILER_LAUNCHER=([^ ]+).*/\1/' <<< "$EVB_CMAKE_ARGS")" ;;
    esac
    cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$cxx" ${launcher:+-DCMAKE_CXX_COMPILER_LAUNCHER=$launcher}
fi
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)"

status=0
for seeds in "$root"/tests/fuzz/corpus/*/; do
    name="$(basename "$seeds")"
    work="$build/corpus/$name"
    artifacts="$build/artifacts/$name/"
    mkdir -p "$work" "$artifacts"
    log="$build/fuzz_$name.log"
    if "$build/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$seeds" > "$log" 2>&1; then
        execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
        echo "fuzz_$name: ${seconds} s, ${execs:-?} executions, no findings"
    else
        echo "fuzz_$name: FAILED, see $log and $artifacts" >&2
        grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5 >&2 || true
        status=1
    fi
done
exit "$status"
