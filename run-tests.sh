#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless:
# offscreen Qt, a private D-Bus session and an unlocked gnome-keyring.
#
# Without arguments (what CI runs) three stages follow one another:
#   1. the normal build and the suite (./build);
#   2. an AddressSanitizer + UndefinedBehaviorSanitizer build and the suite again
#      (./build-asan); any memory error, leak in our code or undefined behaviour fails;
#   3. the libFuzzer targets of tests/fuzz, each for EVB_FUZZ_SECONDS (30 by default).
# Extra arguments go to ctest and run only stage 1 (for example: -R tst_ArmClient).
# EVB_QUICK=1 also runs only stage 1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${EVB_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"
"$root/tools/ensure-deps.sh"

run_suite() {
    QT_QPA_PLATFORM=offscreen dbus-run-session -- "$root/tools/with-keyring.sh" \
        ctest --test-dir "$1" --output-on-failure --timeout "$2" -j "$jobs" "${@:3}"
}

stage() { printf '\n=== %s (%s)\n' "$1" "$(date +%T)"; }

"$root/tools/build.sh"
if [ $# -gt 0 ] || [ "${EVB_QUICK:-0}" = 1 ]; then
    run_suite "$build" 300 "$@"
    exit
fi
stage "test suite"
run_suite "$build" 300

stage "sanitizer build (AddressSanitizer + UndefinedBehaviorSanitizer)"
asan_build="${EVB_ASAN_BUILD_DIR:-$root/build-asan}"
EVB_BUILD_DIR="$asan_build" EVB_CMAKE_ARGS="${EVB_CMAKE_ARGS:-} -DEVB_SANITIZE=ON" \
    "$root/tools/build.sh"
stage "test suite under the sanitizers"
# Leaks are reported at exit; the suppressions name only third-party libraries that keep
# caches for the life of the process (fontconfig, D-Bus, GLib), never code of ours.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
run_suite "$asan_build" 900

stage "fuzzing"
"$root/tools/fuzz.sh"
stage "all stages passed"
