#!/usr/bin/env bash
# Configures and builds the project into ./build (incremental after the first run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${EVB_BUILD_DIR:-$root/build}"
jobs="$(nproc 2>/dev/null || echo 2)"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${EVB_BUILD_TYPE:-RelWithDebInfo}" \
        ${EVB_CMAKE_ARGS:-}
fi
cmake --build "$build" --parallel "$jobs"
